#include "GuiHarness.h"

#include "FailurePage.h"
#include "HeaderBar.h"
#include "MobileReloadForm.h"
#include "PendingPage.h"
#include "ProcessingPage.h"
#include "ProductBrowser.h"
#include "ReviewPage.h"
#include "SaleFormPage.h"
#include "SuccessPage.h"
#include "DenominationPicker.h"
#include "payment/Failpoint.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;

// What the cashier sees for each way a sale can end: 200 Failed with remarks, HTTP 400 back to
// the form (input kept, same refid on the corrected retry), pending at the deadline, Refund,
// and the duplicate warning on the review page.
class TestSaleOutcomes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiHarness> h;

    void start(int deadlineMs = 8000)
    {
        GuiHarness::Options o;
        o.deadlineMs = deadlineMs;
        h = std::make_unique<GuiHarness>(o);
        QString error;
        QVERIFY2(h->start(&error), qPrintable(error));
    }

    MobileReloadForm *reload(const QString &code, const QString &number, qint64 sen)
    {
        if (!h->window().beginSale(code))
            return nullptr;
        auto *form = qobject_cast<MobileReloadForm *>(h->window().formPage()->form());
        if (!form)
            return nullptr;
        QTest::keyClicks(form->numberEdit(), number);
        if (!h->chooseDenomination(sen))
            return nullptr;
        return form;
    }

private slots:
    void cleanup() { h.reset(); }

    // The sale row is committed and reading it back fails: the cashier sees the pending page
    // with the refid (never "nothing was sent", which would invite a second sale), and the
    // journal-error box opens without blocking the window; recovery later sends it once.
    void readBackFailureShowsThePendingSaleWithItsRefid()
    {
        if (!Failpoint::compiledIn())
            QSKIP("needs -DKAUNTER_FAILPOINTS=ON (the dev and ci presets)");
        qputenv("KAUNTER_FAILPOINT", "read-after-commit");
        start();
        qunsetenv("KAUNTER_FAILPOINT");
        QVERIFY(reload(u"D"_s, u"0123456789"_s, 1000));
        QVERIFY(h->payAndConfirm());
        QCOMPARE(h->window().screen(), MainWindow::Screen::Pending);
        const std::optional<SaleRecord> sale = h->lastSale();
        QVERIFY(sale);
        QCOMPARE(sale->state, SaleState::New);
        QVERIFY(h->window().pendingPage()->refidText().contains(sale->refid));
        QCOMPARE(h->sim().topupRequestCount(sale->refid), 0);
        // Queued and window-modal: the box shows up after the slot returned.
        QTRY_VERIFY(h->window().findChild<QMessageBox *>() != nullptr);
        auto *box = h->window().findChild<QMessageBox *>();
        QVERIFY(box->text().contains(sale->refid));
        QVERIFY(!box->text().contains(u"Nothing was sent"_s));
        box->accept();

        // Recovery (the engine is not armed any more once rebuilt; here the same engine's
        // recovery pass) sends it once: one transaction for one customer.
        h->engine().recoverAll();
        QTRY_COMPARE_WITH_TIMEOUT(h->journal().sale(sale->refid)->state, SaleState::Succesful, 10000);
        QCOMPARE(h->sim().transactionCount(), 1);
        QCOMPARE(h->journal().history(10).size(), 1);
    }

    void failedWithRemarks()
    {
        start();
        QVERIFY(reload(u"D"_s, u"60123450048"_s, 1000));
        QVERIFY(h->payAndConfirm());
        QCOMPARE(h->window().screen(), MainWindow::Screen::Processing);
        QVERIFY(h->waitForScreen(MainWindow::Screen::Failure));
        FailurePage *p = h->window().failurePage();
        QCOMPARE(p->titleText(), u"Sale failed"_s);
        QVERIFY(p->remarksLabel()->isVisible());
        QVERIFY(p->remarksCaption()->isVisible());
        QCOMPARE(p->remarksLabel()->text(), u"Transaction rejected by provider"_s);
        QCOMPARE(p->reasonText(), u"Rejected by the operator."_s);
        QVERIFY(p->nextStepText().contains(u"new sale"_s));
        QCOMPARE(h->lastSale()->state, SaleState::Failed);

        // Selling again is a new sale with a new refid, inputs carried over for checking.
        const QString first = h->lastSale()->refid;
        QTest::mouseClick(p->sellAgainButton(), Qt::LeftButton);
        QCOMPARE(h->window().screen(), MainWindow::Screen::Form);
        auto *form = qobject_cast<MobileReloadForm *>(h->window().formPage()->form());
        QVERIFY(form);
        QCOMPARE(form->numberEdit()->text(), u"60123450048"_s);
        QVERIFY(h->window().formPage()->correcting().isEmpty());
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Failure));
        QVERIFY(h->lastSale()->refid != first);
    }

    void rejectedKeepsInputAndReusesRefid()
    {
        start();
        h->sim().setBalance(0);   // 400 + Failed "Insufficient balance": no transaction
        QVERIFY(reload(u"D"_s, u"0123456789"_s, 3000));
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Form));
        SaleFormPage *page = h->window().formPage();
        QVERIFY(page->rejectedMessage().contains(u"Insufficient balance"_s));
        auto *form = qobject_cast<MobileReloadForm *>(page->form());
        QVERIFY(form);
        QCOMPARE(form->numberEdit()->text(), u"0123456789"_s);   // input kept
        QCOMPARE(form->amountPicker()->amountSen(), std::optional<qint64>(3000));
        const auto rejected = h->lastSale();
        QVERIFY(rejected);
        QCOMPARE(rejected->state, SaleState::Rejected);
        QCOMPARE(page->correcting(), rejected->refid);
        QCOMPARE(h->sim().transactionCount(), 0);

        h->sim().setBalance(5000);
        QVERIFY(page->payButton()->isEnabled());
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        const auto sold = h->lastSale();
        QCOMPARE(sold->refid, rejected->refid);   // same refid: the 400 created nothing
        QCOMPARE(h->journal().history(10).size(), 1);
        QCOMPARE(h->sim().transactionCount(), 1);
        QCOMPARE(h->sim().transactionStatus(sold->refid), u"Succesful"_s);
    }

    void pendingAtDeadline()
    {
        start(900);
        QVERIFY(reload(u"D"_s, Simulator::stuckAccount(), 1000));
        QVERIFY(h->payAndConfirm());
        ProcessingPage *proc = h->window().processingPage();
        QTRY_VERIFY(proc->statusText() == u"Accepted"_s || proc->statusText() == u"Processing"_s);
        QVERIFY(!proc->elapsedText().isEmpty());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Pending, 10000));
        const auto sale = h->lastSale();
        QVERIFY(sale && !sale->isFinal());
        PendingPage *p = h->window().pendingPage();
        QCOMPARE(p->refidText(), sale->refid);
        QTest::mouseClick(p->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), sale->refid);
        QCOMPARE(h->window().header()->pendingCount(), 1);
        QTest::mouseClick(p->doneButton(), Qt::LeftButton);
        QCOMPARE(h->window().screen(), MainWindow::Screen::Products);
        QCOMPARE(h->window().header()->pendingCount(), 1);   // still counted in the header
    }

    void backgroundKeepsTheSalePending()
    {
        start();
        h->sim().setTiming(400, 400);
        QVERIFY(reload(u"D"_s, u"0123456789"_s, 1000));
        QVERIFY(h->payAndConfirm());
        QCOMPARE(h->window().screen(), MainWindow::Screen::Processing);
        QTest::mouseClick(h->window().processingPage()->backgroundButton(), Qt::LeftButton);
        QCOMPARE(h->window().screen(), MainWindow::Screen::Products);
        const QString refid = h->lastSale()->refid;
        QTRY_VERIFY_WITH_TIMEOUT(h->journal().sale(refid)->state == SaleState::Succesful, 10000);
        QCOMPARE(h->window().screen(), MainWindow::Screen::Products);   // no screen jump
    }

    void refundShownAsVoided()
    {
        start();
        QVERIFY(reload(u"D"_s, Simulator::refundLaterAccount(), 1000));
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        const QString refid = h->lastSale()->refid;
        QVERIFY(h->engine().requery(refid));
        QVERIFY(h->waitForScreen(MainWindow::Screen::Failure));
        FailurePage *p = h->window().failurePage();
        QCOMPARE(p->sale().state, SaleState::Refund);
        QCOMPARE(p->titleText(), u"Sale voided (refunded)"_s);
        QVERIFY(p->nextStepText().contains(u"money back"_s));
    }

    void duplicateWarningOnReview()
    {
        start();
        QVERIFY(reload(u"D"_s, u"0123456789"_s, 1000));
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        QTest::mouseClick(h->window().successPage()->newSaleButton(), Qt::LeftButton);
        QVERIFY(reload(u"D"_s, u"012 345 6789"_s, 1000));
        QTest::mouseClick(h->window().formPage()->payButton(), Qt::LeftButton);
        QCOMPARE(h->window().screen(), MainWindow::Screen::Review);
        QVERIFY(h->window().reviewPage()->duplicateWarningShown());
        QVERIFY(h->window().reviewPage()->duplicateWarning().contains(h->lastSale()->refid));
        QCOMPARE(h->window().reviewPage()->accountText(), u"012 345 6789"_s);
        QCOMPARE(h->window().reviewPage()->amountText(), u"RM 10.00"_s);
        // a different amount is not a duplicate
        QTest::mouseClick(h->window().reviewPage()->backButton(), Qt::LeftButton);
        QVERIFY(h->chooseDenomination(3000));
        QTest::mouseClick(h->window().formPage()->payButton(), Qt::LeftButton);
        QVERIFY(!h->window().reviewPage()->duplicateWarningShown());
    }

    void keyboardOnlySale()
    {
        start();
        MainWindow &w = h->window();
        w.activateWindow();
        w.browser()->focusSearch();
        QTest::keyClicks(w.browser()->searchEdit(), u"digi prepaid"_s);
        QTest::keyClick(w.browser()->searchEdit(), Qt::Key_Return);
        QCOMPARE(w.screen(), MainWindow::Screen::Form);
        QCOMPARE(w.formPage()->product().code, u"D"_s);
        auto *form = qobject_cast<MobileReloadForm *>(w.formPage()->form());
        QVERIFY(form);
        form->numberEdit()->setFocus();
        QTest::keyClicks(form->numberEdit(), u"0123456789"_s);
        QTest::keyClick(form->numberEdit(), Qt::Key_Tab);   // first denomination (RM 10)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(form->amountPicker()->amountSen(), std::optional<qint64>(1000));
        QTest::keyClick(form->numberEdit(), Qt::Key_Return);
        QCOMPARE(w.screen(), MainWindow::Screen::Review);
        QTest::keyClick(w.reviewPage(), Qt::Key_Return);
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        QTest::keyClick(w.successPage(), Qt::Key_Escape);
        QCOMPARE(w.screen(), MainWindow::Screen::Products);
    }
};

QTEST_MAIN(TestSaleOutcomes)
#include "tst_saleoutcomes.moc"

#include "GuiHarness.h"

#include "BillPresentmentView.h"
#include "DenominationPicker.h"
#include "FormField.h"
#include "GenericProductForm.h"
#include "MobileDataForm.h"
#include "MobileReloadForm.h"
#include "ReviewPage.h"
#include "SaleFormPage.h"
#include "ShareText.h"
#include "SuccessPage.h"
#include "validation/Money.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using Field = SuccessPage::Field;

// Every product family sold end to end through the real widgets against the in-process
// simulator, checking what the success screen shows (and, as important, does not show).
class TestSaleFlows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiHarness> h;

    // Shown means label and value both visible; absent means both hidden (no empty label).
    static void verifyShown(SuccessPage *p, Field f, const QString &expected)
    {
        QVERIFY2(p->label(f)->isVisible(), qPrintable(p->label(f)->text()));
        QVERIFY(p->value(f)->isVisible());
        QCOMPARE(p->value(f)->property("exact").toString(), expected);
    }
    static void verifyAbsent(SuccessPage *p, Field f)
    {
        QVERIFY2(p->label(f)->isHidden(), qPrintable(p->label(f)->text()));
        QVERIFY(p->value(f)->isHidden());
        QVERIFY(p->value(f)->text().isEmpty());
        if (QPushButton *copy = p->copyButton(f))
            QVERIFY(copy->isHidden());
    }

    void sellPhoneProduct(const QString &code, const QString &number, qint64 sen)
    {
        QVERIFY(h->window().beginSale(code));
        QCOMPARE(h->window().screen(), MainWindow::Screen::Form);
        auto *edit = h->window().formPage()->form()->findChild<QLineEdit *>(u"accountEdit"_s);
        QVERIFY(edit);
        QTest::keyClicks(edit, number);
        if (sen > 0)
            QVERIFY(h->chooseDenomination(sen));
        QTRY_VERIFY(h->window().formPage()->payButton()->isEnabled());
        QVERIFY(h->payAndConfirm());
    }

private slots:
    void init()
    {
        h = std::make_unique<GuiHarness>();
        QString error;
        QVERIFY2(h->start(&error), qPrintable(error));
    }
    void cleanup() { h.reset(); }

    void reloadWithSerial()
    {
        sellPhoneProduct(u"D"_s, u"012-345 6789"_s, 1000);
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        const auto sale = h->lastSale();
        QVERIFY(sale && sale->sn);
        QCOMPARE(sale->account, u"0123456789"_s);
        QCOMPARE(sale->amount, u"10.00"_s);
        SuccessPage *p = h->window().successPage();
        verifyShown(p, Field::Sn, *sale->sn);
        verifyShown(p, Field::Refid, sale->refid);
        verifyShown(p, Field::Account, u"0123456789"_s);
        verifyAbsent(p, Field::Pin);
        verifyAbsent(p, Field::Expiry);
        verifyAbsent(p, Field::Note);
        verifyAbsent(p, Field::Voucher);
        QVERIFY(p->voucherButton()->isHidden());
        QTest::mouseClick(p->copyButton(Field::Sn), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), *sale->sn);
        QTest::mouseClick(p->copyButton(Field::Refid), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), sale->refid);
    }

    void reloadWithoutSerial()
    {
        // U Mobile answers Succesful with sn "": no serial label, no value, no copy button.
        sellPhoneProduct(u"U"_s, u"0181234567"_s, 500);
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        const auto sale = h->lastSale();
        QVERIFY(sale);
        QCOMPARE(sale->state, SaleState::Succesful);
        QVERIFY(!sale->sn);
        SuccessPage *p = h->window().successPage();
        verifyAbsent(p, Field::Sn);
        verifyAbsent(p, Field::Pin);
        verifyAbsent(p, Field::Expiry);
        verifyAbsent(p, Field::Note);
        verifyAbsent(p, Field::Voucher);
        verifyShown(p, Field::Amount, u"RM 5.00"_s);
    }

    void giftCardEveryField()
    {
        sellPhoneProduct(u"GC"_s, u"0198765432"_s, 5000);
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        const auto sale = h->lastSale();
        QVERIFY(sale && sale->sn && sale->pin && sale->expiry && sale->note && sale->voucherlink);
        SuccessPage *p = h->window().successPage();
        verifyShown(p, Field::Sn, *sale->sn);
        verifyShown(p, Field::Pin, *sale->pin);
        verifyShown(p, Field::Expiry, *sale->expiry);
        verifyShown(p, Field::Note, *sale->note);
        verifyShown(p, Field::Voucher, *sale->voucherlink);
        QVERIFY(p->voucherButton()->isVisible());
        QCOMPARE(p->value(Field::Pin)->objectName(), u"pinValue"_s);   // large monospaced style
        QTest::mouseClick(p->copyButton(Field::Pin), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), *sale->pin);
        QTest::mouseClick(p->copyButton(Field::Sn), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), *sale->sn);

        // Share text: returned fields only, never the cost or balance.
        const QString text = ShareText::text(*sale, u"Grab Gift Code"_s);
        QVERIFY(text.contains(*sale->pin));
        QVERIFY(text.contains(*sale->sn));
        QVERIFY(!text.contains(u"cost"_s, Qt::CaseInsensitive));
        const QUrl wa = ShareText::url(ShareText::Channel::WhatsApp, *sale, u"Grab Gift Code"_s);
        QCOMPARE(wa.host(), u"wa.me"_s);
        QCOMPARE(QUrlQuery(wa).queryItemValue(u"text"_s, QUrl::FullyDecoded), text);
        const QUrl mail = ShareText::url(ShareText::Channel::Email, *sale, u"Grab Gift Code"_s);
        QCOMPARE(mail.scheme(), u"mailto"_s);
        QCOMPARE(QUrlQuery(mail).queryItemValue(u"body"_s, QUrl::FullyDecoded), text);
        const QUrl sms = ShareText::url(ShareText::Channel::Sms, *sale, u"Grab Gift Code"_s);
        QCOMPARE(sms.scheme(), u"sms"_s);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"receipt.pdf"_s);
        QString error;
        QVERIFY2(p->printTo(pdf, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 500);
    }

    void esimSinglePricePreselected()
    {
        QVERIFY(h->window().beginSale(u"ESIMSG"_s));
        auto *form = qobject_cast<GenericProductForm *>(h->window().formPage()->form());
        QVERIFY(form);
        QCOMPARE(form->amountPicker()->amountSen(), std::optional<qint64>(1500));
        QTest::keyClicks(form->accountEdit(), u"0123456789"_s);
        QTRY_VERIFY(h->window().formPage()->payButton()->isEnabled());
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        const auto sale = h->lastSale();
        QVERIFY(sale && sale->pin);
        QVERIFY(sale->pin->startsWith(u"LPA:"_s));
        verifyShown(h->window().successPage(), Field::Pin, *sale->pin);
    }

    void mobileDataPlanForTheNumber()
    {
        QVERIFY(h->window().beginSale(u"HI"_s));
        auto *form = qobject_cast<MobileDataForm *>(h->window().formPage()->form());
        QVERIFY(form);
        QVERIFY(!h->window().formPage()->payButton()->isEnabled());
        QTest::keyClicks(form->numberEdit(), u"0178855286"_s);
        QTRY_VERIFY(form->planList()->isVisible() && form->planList()->count() > 0);
        QVERIFY(!h->window().formPage()->payButton()->isEnabled());   // no plan chosen yet
        form->planList()->setCurrentRow(0);
        QVERIFY(h->window().formPage()->payButton()->isEnabled());
        const QString planCode = form->planList()->item(0)->data(Qt::UserRole).toString();
        QVERIFY(planCode.contains(u' '));   // long human-readable code, sent byte for byte
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        const auto sale = h->lastSale();
        QVERIFY(sale);
        QCOMPARE(sale->extras.value(u"subproduct_code"_s).toString(), planCode);
        QVERIFY(sale->requestBody.contains(planCode.toUtf8()));
    }

    void billWithPresentment()
    {
        QVERIFY(h->window().beginSale(u"TNB"_s));
        auto *form = qobject_cast<GenericProductForm *>(h->window().formPage()->form());
        QVERIFY(form && form->usesPresentment());
        QVERIFY(form->amountPicker()->isOpenAmount());
        QTest::keyClicks(form->accountEdit(), u"220012345678"_s);
        auto *view = form->findChild<BillPresentmentView *>();
        QVERIFY(view);
        QTRY_VERIFY(view->fieldCount() > 0);
        // The outstanding amount is suggested when the biller returns one.
        QTRY_VERIFY(form->amountPicker()->amountSen().has_value());
        QVERIFY(h->window().formPage()->payButton()->isEnabled());
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        const auto sale = h->lastSale();
        QVERIFY(sale);
        QCOMPARE(sale->account, u"220012345678"_s);
        verifyAbsent(h->window().successPage(), Field::Sn);   // bills return no serial
    }

    void billAccountRefusedByPresentment()
    {
        QVERIFY(h->window().beginSale(u"TNB"_s));
        auto *form = qobject_cast<GenericProductForm *>(h->window().formPage()->form());
        QVERIFY(form);
        QTest::keyClicks(form->accountEdit(), Simulator::invalidBillAccount());
        form->amountPicker()->setAmountSen(5000);
        QTRY_VERIFY(!form->missingInput().isEmpty() && !form->missingInput().startsWith(u"Waiting"_s));
        QTest::qWait(700);   // past the presentment debounce and answer
        QVERIFY(!h->window().formPage()->payButton()->isEnabled());
        QVERIFY(h->journal().history(10).isEmpty());   // nothing sent for invalid input
    }

    void invalidInputKeepsPayDisabled_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<qint64>("sen");
        QTest::newRow("too short") << u"012345678"_s << qint64(1000);
        QTest::newRow("landline") << u"03-2345 6789"_s << qint64(1000);
        QTest::newRow("voip 015") << u"015-4601 2345"_s << qint64(1000);
        QTest::newRow("no amount") << u"0123456789"_s << qint64(0);
    }
    void invalidInputKeepsPayDisabled()
    {
        QFETCH(QString, number);
        QFETCH(qint64, sen);
        QVERIFY(h->window().beginSale(u"D"_s));
        auto *form = qobject_cast<MobileReloadForm *>(h->window().formPage()->form());
        QVERIFY(form);
        QTest::keyClicks(form->numberEdit(), number);
        if (sen)
            QVERIFY(h->chooseDenomination(sen));
        QVERIFY(!h->window().formPage()->payButton()->isEnabled());
        QVERIFY(!form->missingInput().isEmpty());
        QTest::mouseClick(h->window().formPage()->payButton(), Qt::LeftButton);
        QCOMPARE(h->window().screen(), MainWindow::Screen::Form);
        if (sen) {
            // the inline error appears once the cashier leaves the field
            emit form->numberEdit()->editingFinished();
            QVERIFY(form->numberField()->hasError());
        }
        QCOMPARE(h->sim().transactionCount(), 0);
    }

    void commonDenominationsFirst()
    {
        QVERIFY(h->window().beginSale(u"D"_s));
        auto *form = qobject_cast<MobileReloadForm *>(h->window().formPage()->form());
        QVERIFY(form);
        const auto buttons = form->amountPicker()->buttons();
        QVERIFY(buttons.size() >= 3);
        QCOMPARE(buttons.at(0)->objectName(), u"denomination_10.00"_s);
        QCOMPARE(buttons.at(1)->objectName(), u"denomination_30.00"_s);
        QCOMPARE(buttons.at(2)->objectName(), u"denomination_50.00"_s);
        for (QPushButton *b : buttons)
            QVERIFY(b->minimumSizeHint().height() >= 44 || b->sizeHint().height() >= 44);
    }
};

QTEST_MAIN(TestSaleFlows)
#include "tst_saleflows.moc"

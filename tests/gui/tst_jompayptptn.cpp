#include "GuiHarness.h"

#include "DenominationPicker.h"
#include "FormField.h"
#include "JomPayForm.h"
#include "MaskedIdEdit.h"
#include "PtptnForm.h"
#include "ReviewPage.h"
#include "SaleFormPage.h"
#include "SuccessPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace Qt::StringLiterals;

// JomPAY (biller search, Ref-2 when required, presentment, payer ID with the AMLA check and
// masking) and PTPTN (IC lookup, accounts from the lookup) through the real forms.
class TestJomPayPtptn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiHarness> h;

    JomPayForm *openJomPay()
    {
        if (!h->window().beginSale(u"JOMPAY"_s))
            return nullptr;
        return qobject_cast<JomPayForm *>(h->window().formPage()->form());
    }

private slots:
    void init()
    {
        h = std::make_unique<GuiHarness>();
        QString error;
        QVERIFY2(h->start(&error), qPrintable(error));
    }
    void cleanup() { h.reset(); }

    void billerSearchWhileTyping_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expectedFirst");
        QTest::newRow("name") << u"tenaga"_s << u"5454"_s;
        QTest::newRow("name upper") << u"TENAGA NAS"_s << u"5454"_s;
        QTest::newRow("exact code") << u"9639"_s << u"9639"_s;
        QTest::newRow("code prefix") << u"888"_s << u"8888"_s;
        QTest::newRow("acronym the placeholder suggests") << u"TNB"_s << u"5454"_s;
    }
    void billerSearchWhileTyping()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expectedFirst);
        JomPayForm *f = openJomPay();
        QVERIFY(f);
        QTest::keyClicks(f->billerSearch(), typed);
        QVERIFY(f->billerResults()->count() > 0);   // synchronous: no waiting while typing
        QCOMPARE(f->billerResults()->item(0)->data(Qt::UserRole).toString(), expectedFirst);
        QVERIFY(f->billerResults()->count() <= JomPayForm::MaxResults);
    }

    // Nothing matches: the field says so and the biller chosen before is let go (Pay off).
    void noMatchSaysSoAndClearsTheBiller()
    {
        JomPayForm *f = openJomPay();
        QVERIFY(f);
        QTest::keyClicks(f->billerSearch(), u"5454"_s);
        QCOMPARE(f->billerCode(), u"5454"_s);
        f->billerSearch()->clear();
        QTest::keyClicks(f->billerSearch(), u"zzqqxx"_s);
        QCOMPARE(f->billerResults()->count(), 0);
        QVERIFY(f->billerCode().isEmpty());
        QVERIFY(f->billerField()->error().contains(u"zzqqxx"_s));
        QVERIFY(!h->window().formPage()->payButton()->isEnabled());
        // Typing something that matches again clears the message.
        f->billerSearch()->clear();
        QTest::keyClicks(f->billerSearch(), u"9639"_s);
        QCOMPARE(f->billerCode(), u"9639"_s);
        QVERIFY(f->billerField()->error().isEmpty());
    }

    void jompaySale()
    {
        JomPayForm *f = openJomPay();
        QVERIFY(f);
        SaleFormPage *page = h->window().formPage();
        QTest::keyClicks(f->billerSearch(), u"5454"_s);
        QCOMPARE(f->billerCode(), u"5454"_s);
        QVERIFY(f->ref2Field()->isHidden());   // TNB does not need Ref-2
        QTest::keyClicks(f->ref1Edit(), u"2200 1234 5678"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!f->isPresenting() && f->amountPicker()->amountSen().has_value(), 5000);
        f->idEdit()->setFocus();
        QTest::keyClicks(f->idEdit(), u"900101-14-5678"_s);
        QVERIFY(!page->payButton()->isEnabled());   // AMLA confirmation still missing
        f->amlaCheck()->setFocus();                 // focus leaves the IC: it is masked
        QCOMPARE(f->idEdit()->text(), u"XXXXXX-XX-5678"_s);
        QCOMPARE(f->idEdit()->value(), u"900101-14-5678"_s);
        QVERIFY(f->idEdit()->isMasked());
        QTest::mouseClick(f->amlaCheck(), Qt::LeftButton, {}, QPoint(12, f->amlaCheck()->height() / 2));
        QVERIFY(f->amlaCheck()->isChecked());
        QVERIFY2(page->payButton()->isEnabled(), qPrintable(f->missingInput()));
        QTest::mouseClick(page->payButton(), Qt::LeftButton);
        QCOMPARE(h->window().screen(), MainWindow::Screen::Review);
        QCOMPARE(h->window().reviewPage()->accountText(), u"2200 1234 5678"_s);
        // The review shows the masked IC only.
        const auto labels = h->window().reviewPage()->findChildren<QLabel *>();
        bool masked = false;
        for (QLabel *l : labels) {
            QVERIFY(!l->text().contains(u"900101"_s));
            masked = masked || l->text() == u"XXXXXX-XX-5678"_s;
        }
        QVERIFY(masked);
        QTest::mouseClick(h->window().reviewPage()->confirmButton(), Qt::LeftButton);
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        const auto sale = h->lastSale();
        QCOMPARE(sale->extras.value(u"biller_code"_s).toString(), u"5454"_s);
        QCOMPARE(sale->extras.value(u"ic_number"_s).toString(), u"900101145678"_s);
        QCOMPARE(sale->account, u"220012345678"_s);
        QVERIFY(sale->sn && sale->sn->startsWith(u"JP"_s));
    }

    void amlaConfirmationResetsWhenIdChanges()
    {
        JomPayForm *f = openJomPay();
        QVERIFY(f);
        f->idEdit()->setFocus();
        QTest::keyClicks(f->idEdit(), u"900101145678"_s);
        f->amlaCheck()->setFocus();       // leaves the field: masked
        QVERIFY(f->idEdit()->isMasked());
        f->amlaCheck()->setChecked(true);
        f->idEdit()->setFocus();          // fresh entry: masked value kept until typing
        QVERIFY(f->idEdit()->text().isEmpty());
        QCOMPARE(f->idEdit()->value(), u"900101145678"_s);
        QTest::keyClicks(f->idEdit(), u"E12345678"_s);
        QVERIFY(!f->amlaCheck()->isChecked());
        QVERIFY(!f->missingInput().isEmpty());
        f->passportRadio()->setChecked(true);
        QVERIFY(!f->amlaCheck()->isChecked());
    }

    void ref2RequiredByBiller()
    {
        JomPayForm *f = openJomPay();
        QVERIFY(f);
        SaleFormPage *page = h->window().formPage();
        QTest::keyClicks(f->billerSearch(), u"100001"_s);   // simulator: codes ending in 1 need Ref-2
        QCOMPARE(f->billerCode(), u"100001"_s);
        QVERIFY(f->ref2Field()->isVisible());
        QTest::keyClicks(f->ref1Edit(), u"ACC12345"_s);
        f->amountPicker()->setAmountSen(5000);
        f->idEdit()->setValue(u"900101145678"_s);
        f->amlaCheck()->setChecked(true);
        QTest::qWait(600);
        QVERIFY(!page->payButton()->isEnabled());
        QVERIFY(f->missingInput().contains(u"Ref-2"_s));
        QTest::keyClicks(f->ref2Edit(), u"INV-2025-0001"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page->payButton()->isEnabled(), 5000);
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        QCOMPARE(h->lastSale()->extras.value(u"ref2"_s).toString(), u"INV-2025-0001"_s);
    }

    void invalidIcBlocksPay_data()
    {
        QTest::addColumn<QString>("ic");
        QTest::newRow("month 13") << u"901301-14-5678"_s;
        QTest::newRow("PB 00") << u"900101-00-5678"_s;
        QTest::newRow("11 digits") << u"90010114567"_s;
    }
    void invalidIcBlocksPay()
    {
        QFETCH(QString, ic);
        JomPayForm *f = openJomPay();
        QVERIFY(f);
        QTest::keyClicks(f->billerSearch(), u"5454"_s);
        QTest::keyClicks(f->ref1Edit(), u"220012345678"_s);
        f->amountPicker()->setAmountSen(1000);
        f->idEdit()->setFocus();
        QTest::keyClicks(f->idEdit(), ic);
        f->amlaCheck()->setFocus();
        f->amlaCheck()->setChecked(true);
        QTest::qWait(600);
        QVERIFY(!h->window().formPage()->payButton()->isEnabled());
        QCOMPARE(f->idEdit()->text(), ic);   // an invalid entry stays visible to be corrected
        QVERIFY(!f->idEdit()->isMasked());
    }

    void ptptnSale()
    {
        QVERIFY(h->window().beginSale(u"PTPTN"_s));
        auto *f = qobject_cast<PtptnForm *>(h->window().formPage()->form());
        QVERIFY(f);
        f->icEdit()->setFocus();
        QTest::keyClicks(f->icEdit(), u"900101-14-5678"_s);
        QVERIFY(f->lookupButton()->isEnabled());
        QTest::mouseClick(f->lookupButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!f->isLookingUp() && f->accountList()->count() > 0, 5000);
        // 900101145678 -> K 11145678, S 900101145678, SP 31145678
        int k = -1;
        for (int i = 0; i < f->accountList()->count(); ++i) {
            if (f->accountList()->item(i)->data(Qt::UserRole).toString() == u"K"_s)
                k = i;
        }
        QVERIFY(k >= 0);
        f->accountList()->setCurrentRow(k);
        QTest::keyClicks(f->amountPicker()->amountEdit(), u"150"_s);
        QVERIFY2(h->window().formPage()->payButton()->isEnabled(), qPrintable(f->missingInput()));
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        const auto sale = h->lastSale();
        QCOMPARE(sale->account, u"11145678"_s);
        QCOMPARE(sale->amount, u"150.00"_s);
        QCOMPARE(sale->extras.value(u"subproduct_code"_s).toString(), u"K"_s);
        QCOMPARE(sale->extras.value(u"ic_number"_s).toString(), u"900101145678"_s);
    }

    void ptptnAccountsBelongToTheLookedUpIc()
    {
        QVERIFY(h->window().beginSale(u"PTPTN"_s));
        auto *f = qobject_cast<PtptnForm *>(h->window().formPage()->form());
        QVERIFY(f);
        f->icEdit()->setValue(u"900101145678"_s);
        QTest::mouseClick(f->lookupButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(f->accountList()->count() > 0, 5000);
        f->accountList()->setCurrentRow(0);
        f->icEdit()->setValue(u"850615361233"_s);   // another person: accounts dropped
        QCOMPARE(f->accountList()->count(), 0);
        QVERIFY(!h->window().formPage()->payButton()->isEnabled());
    }
};

QTEST_MAIN(TestJomPayPtptn)
#include "tst_jompayptptn.moc"

#include "GuiHarness.h"

#include "DenominationPicker.h"
#include "JomPayForm.h"
#include "MaskedIdEdit.h"
#include "MobileDataForm.h"
#include "MobileReloadForm.h"
#include "ProductBrowser.h"
#include "ProductListModel.h"
#include "PtptnForm.h"
#include "ReviewPage.h"
#include "SaleFormPage.h"
#include "GenericProductForm.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>
#include <algorithm>

using namespace Qt::StringLiterals;

// Renders every screen with real data to PNG (QWidget::grab) so a person can look at them:
// KAUNTER_SCREENSHOT_DIR, default the working directory. Each image must be non-blank.
class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiHarness> h;
    QDir m_dir;
    QStringList m_written;

    void shoot(const QString &name)
    {
        QTest::qWait(50);   // let layouts settle and pending paints run
        const QImage img = h->window().grab().toImage();
        QVERIFY(!img.isNull());
        // not blank: more than a handful of distinct colours
        QSet<QRgb> colours;
        for (int y = 0; y < img.height() && colours.size() < 20; y += 7)
            for (int x = 0; x < img.width() && colours.size() < 20; x += 7)
                colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() >= 5, qPrintable(name));
        const QString path = m_dir.filePath(name + u".png"_s);
        QVERIFY2(img.save(path), qPrintable(path));
        m_written.append(path);
    }

    void sell(const QString &code, const QString &account, qint64 sen)
    {
        QVERIFY(h->window().beginSale(code));
        auto *edit = h->window().formPage()->form()->findChild<QLineEdit *>(u"accountEdit"_s);
        QVERIFY(edit);
        QTest::keyClicks(edit, account);
        QVERIFY(h->chooseDenomination(sen));
        QTRY_VERIFY(h->window().formPage()->payButton()->isEnabled());
    }

private slots:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("KAUNTER_SCREENSHOT_DIR", QDir::currentPath());
        QVERIFY(QDir().mkpath(dir));
        m_dir = QDir(dir);
        GuiHarness::Options o;
        o.deadlineMs = 900;
        h = std::make_unique<GuiHarness>(o);
        QString error;
        QVERIFY2(h->start(&error), qPrintable(error));
        h->window().resize(1180, 760);
    }
    void cleanupTestCase()
    {
        h.reset();
        qInfo("%lld screenshots in %s", qlonglong(m_written.size()), qPrintable(m_dir.absolutePath()));
    }

    void browser()
    {
        MainWindow &w = h->window();
        w.browser()->showFamily(ProductFamily::MobileReload);
        // TT is under an interruption in the simulator: greyed with the reason
        const int row = w.browser()->model()->rowOfCode(u"TT"_s);
        QVERIFY(row >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.browser()->model()->index(row).data(ProductListModel::InterruptedRole).toBool(), 5000);
        w.browser()->listView()->setCurrentIndex(w.browser()->model()->index(row));
        shoot(u"01-browser-reload"_s);
        w.browser()->searchEdit()->setText(u"esim"_s);
        shoot(u"02-browser-search"_s);
        w.browser()->searchEdit()->clear();
        w.browser()->showFamily(ProductFamily::GiftCards);
        shoot(u"03-browser-giftcards"_s);
    }

    void browserNarrow()
    {
        // Eight quick keys with the longest names and the longest group selected, at the
        // smaller screens a till may have: names are elided after their F-key, the selected
        // group's bold label is whole.
        MainWindow &w = h->window();
        QList<Product> products = h->catalogue().catalogue().products();
        std::stable_sort(products.begin(), products.end(),
                         [](const Product &a, const Product &b) { return a.name.size() > b.name.size(); });
        for (int i = 0; i < ProductBrowser::QuickKeyCount && i < products.size(); ++i)
            QVERIFY(w.beginSale(products.at(i).code));
        w.showScreen(MainWindow::Screen::Products);
        w.browser()->showFamily(ProductFamily::GiftCards);
        w.resize(800, 600);
        shoot(u"04-browser-800px"_s);
        w.resize(1024, 768);
        shoot(u"05-browser-1024px"_s);
        w.resize(1180, 760);
        shoot(u"06-browser-quick-keys"_s);
    }

    void forms()
    {
        MainWindow &w = h->window();
        QVERIFY(w.beginSale(u"D"_s));
        shoot(u"10-form-reload-empty"_s);
        auto *reload = qobject_cast<MobileReloadForm *>(w.formPage()->form());
        QTest::keyClicks(reload->numberEdit(), u"012345"_s);
        emit reload->numberEdit()->editingFinished();
        shoot(u"11-form-reload-invalid"_s);
        reload->numberEdit()->setText(u"012-345 6789"_s);
        QVERIFY(h->chooseDenomination(3000));
        shoot(u"12-form-reload-ready"_s);

        QVERIFY(w.beginSale(u"TT"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.formPage()->interruptionShown(), 5000);
        shoot(u"13-form-reload-interruption"_s);

        QVERIFY(w.beginSale(u"HI"_s));
        auto *data = qobject_cast<MobileDataForm *>(w.formPage()->form());
        QTest::keyClicks(data->numberEdit(), u"0178855287"_s);
        QTRY_VERIFY_WITH_TIMEOUT(data->planList()->count() > 0, 5000);
        data->planList()->setCurrentRow(1);
        shoot(u"14-form-data-plans"_s);

        QVERIFY(w.beginSale(u"JOMPAY"_s));
        auto *jp = qobject_cast<JomPayForm *>(w.formPage()->form());
        QTest::keyClicks(jp->billerSearch(), u"tenaga"_s);
        jp->billerResults()->setCurrentRow(0);
        QTest::keyClicks(jp->ref1Edit(), u"220012345678"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!jp->isPresenting() && jp->amountPicker()->amountSen(), 5000);
        jp->idEdit()->setFocus();
        QTest::keyClicks(jp->idEdit(), u"900101145678"_s);
        jp->amlaCheck()->setFocus();
        shoot(u"15-form-jompay-amla-missing"_s);
        jp->amlaCheck()->setChecked(true);
        shoot(u"16-form-jompay-ready"_s);

        QVERIFY(w.beginSale(u"JOMPAY"_s));
        jp = qobject_cast<JomPayForm *>(w.formPage()->form());
        QTest::keyClicks(jp->billerSearch(), u"100001"_s);
        QTest::keyClicks(jp->ref1Edit(), u"ACC12345"_s);
        emit jp->ref2Edit()->editingFinished();
        shoot(u"17-form-jompay-ref2-required"_s);

        QVERIFY(w.beginSale(u"PTPTN"_s));
        auto *pt = qobject_cast<PtptnForm *>(w.formPage()->form());
        pt->icEdit()->setValue(u"900101145678"_s);
        QTest::mouseClick(pt->lookupButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pt->accountList()->count() > 0, 5000);
        pt->accountList()->setCurrentRow(0);
        QTest::keyClicks(pt->amountPicker()->amountEdit(), u"100"_s);
        shoot(u"18-form-ptptn"_s);

        QVERIFY(w.beginSale(u"TNB"_s));
        auto *bill = qobject_cast<GenericProductForm *>(w.formPage()->form());
        QTest::keyClicks(bill->accountEdit(), u"220012345678"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bill->amountPicker()->amountSen().has_value(), 5000);
        shoot(u"19-form-bill-presentment"_s);

        QVERIFY(w.beginSale(u"GC"_s));
        shoot(u"20-form-giftcard"_s);
    }

    void reviewAndProcessing()
    {
        MainWindow &w = h->window();
        sell(u"D"_s, u"0123456789"_s, 1000);
        QTest::mouseClick(w.formPage()->payButton(), Qt::LeftButton);
        shoot(u"30-review"_s);
        h->sim().setTiming(3000, 3000);
        QTest::mouseClick(w.reviewPage()->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        QTest::qWait(400);
        shoot(u"31-processing"_s);
        QVERIFY(h->waitForScreen(MainWindow::Screen::Pending, 10000));
        shoot(u"32-pending"_s);
        h->sim().setTiming(60, 120);
        sell(u"D"_s, u"0123456789"_s, 1000);
        QTest::mouseClick(w.formPage()->payButton(), Qt::LeftButton);
        shoot(u"33-review-duplicate-warning"_s);
    }

    void outcomes()
    {
        MainWindow &w = h->window();
        sell(u"GC"_s, u"0198765432"_s, 5000);
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        shoot(u"40-success-every-field"_s);
        sell(u"U"_s, u"0181234567"_s, 1000);
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        shoot(u"41-success-no-serial"_s);
        sell(u"D"_s, u"60123450048"_s, 1000);
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Failure));
        shoot(u"42-failed"_s);
        sell(u"D"_s, Simulator::refundLaterAccount(), 1000);
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        QVERIFY(h->engine().requery(h->lastSale()->refid));
        QVERIFY(h->waitForScreen(MainWindow::Screen::Failure));
        shoot(u"43-refund"_s);
        h->sim().setBalance(0);
        sell(u"D"_s, u"0123456789"_s, 5000);
        QVERIFY(h->payAndConfirm());
        QVERIFY(h->waitForScreen(MainWindow::Screen::Form));
        shoot(u"44-rejected-back-to-form"_s);
        h->sim().setBalance(30);
        h->catalogue().refreshBalance();
        QTest::qWait(300);
        w.showScreen(MainWindow::Screen::Products);
        shoot(u"45-header-low-balance"_s);
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"

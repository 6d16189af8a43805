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
#include "SaleFixtures.h"
#include "print/EscPosRaster.h"
#include "print/ReceiptImage.h"
#include "receipt/Receipt.h"

#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QScopeGuard>
#include <QTranslator>
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

    // One sale per receipt outcome the issue lists, under a shop with every header field.
    // The shop's name is in the language's own script, so the slip shows that script even
    // while the receipt's words still fall back to English.
    static std::pair<SaleRecord, Receipt::Context> receiptOutcome(const QString &outcome, const QString &language)
    {
        SaleRecord s = SaleFixtures::voucherSale();
        s.terminalId = u"KT3F9A2C"_s;
        Receipt::Context c;
        c.merchantName = language == "zh_CN"_L1 ? u"亚成杂货店 Kedai Ah Seng"_s
                         : language == "ta"_L1  ? u"அமுதா ஸ்டோர்ஸ் Kedai Amutha"_s
                                                : u"Kedai Runcit Ah Seng"_s;
        c.shopAddress = u"12 Jalan Besar\n43000 Kajang, Selangor"_s;
        c.shopRegistration = u"202301012345 (1234567-X)"_s;
        c.footer = u"Terima kasih!"_s;
        c.cashierName = u"Siti Aminah"_s;
        if (outcome == "success-no-sn-pin"_L1) {
            s.sn.reset();
            s.pin.reset();
        } else if (outcome == "failed"_L1) {
            s.state = SaleState::Failed;
            s.remarks = u"Invalid phone number for this operator"_s;
        } else if (outcome == "refund"_L1) {
            s.state = SaleState::Refund;
            s.remarks = u"Refunded by operator"_s;
        } else if (outcome == "pending"_L1) {
            s.state = SaleState::Processing;
        } else if (outcome == "reprint"_L1) {
            c.copy = Receipt::CopyKind::Copy;
            c.revealPin = false;
        }
        return {s, c};
    }

    // Line keys each outcome must print, and those it must not.
    static std::pair<QStringList, QStringList> receiptKeys(const QString &outcome)
    {
        const QStringList always{u"merchant"_s, u"shop_address"_s, u"shop_registration"_s, u"status"_s,
                                 u"product"_s, u"amount"_s, u"account"_s, u"refid"_s, u"time"_s,
                                 u"terminal"_s, u"cashier"_s, u"footer"_s};
        const QStringList delivery{u"sn"_s, u"pin"_s, u"expiry"_s, u"voucherlink"_s, u"note"_s};
        const QStringList never{u"training"_s, u"ic"_s, u"ref2"_s, u"biller"_s, u"subproduct"_s};
        if (outcome == "success"_L1)
            return {always + delivery, never + QStringList{u"copy"_s, u"voided"_s, u"remarks"_s, u"pending_advice"_s}};
        if (outcome == "success-no-sn-pin"_L1)
            return {always + QStringList{u"expiry"_s, u"voucherlink"_s, u"note"_s},
                    never + QStringList{u"sn"_s, u"pin"_s, u"copy"_s, u"voided"_s, u"remarks"_s}};
        if (outcome == "failed"_L1)
            return {always + QStringList{u"remarks"_s},
                    never + delivery + QStringList{u"copy"_s, u"voided"_s, u"pending_advice"_s}};
        if (outcome == "refund"_L1)
            return {always + QStringList{u"voided"_s, u"remarks"_s},
                    never + delivery + QStringList{u"copy"_s, u"pending_advice"_s}};
        if (outcome == "pending"_L1)
            return {always + QStringList{u"pending_advice"_s},
                    never + delivery + QStringList{u"copy"_s, u"voided"_s, u"remarks"_s}};
        return {always + delivery + QStringList{u"copy"_s},   // reprint: PIN line hidden, not absent
                never + QStringList{u"voided"_s, u"remarks"_s, u"pending_advice"_s}};
    }

    static int inkedPixels(const QImage &img, const QRect &box)
    {
        int inked = 0;
        const QRect r = box.intersected(img.rect());
        for (int y = r.top(); y <= r.bottom(); ++y) {
            const uchar *line = img.constScanLine(y);
            for (int x = r.left(); x <= r.right(); ++x)
                inked += line[x] < 128 ? 1 : 0;
        }
        return inked;
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

    // A receipt for every outcome in every language at both paper widths, from the translations
    // compiled for kaunter (the build's .qm files). Absent fields take no line; nothing blank.
    void receipts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("mm");
        for (const char *language : {"en", "ms", "zh_CN", "ta"}) {
            for (const char *outcome : {"success", "success-no-sn-pin", "failed", "refund", "pending", "reprint"}) {
                for (int mm : {58, 80})
                    QTest::addRow("%s-%s-%d", language, outcome, mm)
                        << QString::fromLatin1(language) << QString::fromLatin1(outcome) << mm;
            }
        }
    }
    void receipts()
    {
        QFETCH(QString, language);
        QFETCH(QString, outcome);
        QFETCH(int, mm);
        QTranslator translator;
        const QString qm = QStringLiteral(KAUNTER_QM_DIR "/kaunter_") + language + u".qm"_s;
        QVERIFY2(translator.load(qm), qPrintable(qm));
        // Qt refuses to install a translator that holds no translation at all (a language
        // nobody has translated yet): the receipt is then English, which is the fallback.
        if (translator.isEmpty())
            qInfo("%s: no translations in %s yet, English fallback", qPrintable(language), qPrintable(qm));
        else
            QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

        // The receipt's fonts cover the language's script (else its words print as boxes).
        const ReceiptImage::Options options;
        const QFontDatabase::WritingSystem script = language == "zh_CN"_L1 ? QFontDatabase::SimplifiedChinese
                                                    : language == "ta"_L1  ? QFontDatabase::Tamil
                                                                           : QFontDatabase::Latin;
        const bool covered = std::any_of(options.families.cbegin(), options.families.cend(), [script](const QString &f) {
            return QFontDatabase::writingSystems(f).contains(script);
        });
        QVERIFY2(covered, qPrintable(u"no installed receipt font covers "_s + language));

        const auto [sale, context] = receiptOutcome(outcome, language);
        const Receipt receipt = Receipt::fromSale(sale, context);
        QHash<QString, QRect> regions;
        const auto width = mm == 58 ? EscPosRaster::PaperWidth::Mm58 : EscPosRaster::PaperWidth::Mm80;
        const QImage img = ReceiptImage::render(receipt, EscPosRaster::dots(width), options, &regions);
        QCOMPARE(img.width(), EscPosRaster::dots(width));
        const auto [present, absent] = receiptKeys(outcome);
        for (const QString &key : present) {
            QVERIFY2(receipt.has(key) && regions.contains(key), qPrintable(key));
            QVERIFY2(inkedPixels(img, regions.value(key)) > 20, qPrintable(key + u" is blank"_s));
        }
        for (const QString &key : absent)
            QVERIFY2(!receipt.has(key) && !regions.contains(key), qPrintable(key));
        if (outcome == "reprint"_L1) {
            QCOMPARE(receipt.value(u"pin"_s), Receipt::hiddenPin());
            QVERIFY(!receipt.plainText(48).contains(*sale.pin));
            QVERIFY(!receipt.plainText(48).contains(*sale.voucherlink));
        }
        // Not blank: a dozen lines at least, ink on at least 2% of the slip.
        QVERIFY(img.height() > 12 * options.pixelSize);
        QVERIFY2(inkedPixels(img, img.rect()) > img.width() * img.height() / 50, qPrintable(outcome));

        const QString path = m_dir.filePath(u"receipts-%1-%2-%3.png"_s.arg(language, outcome).arg(mm));
        QVERIFY2(img.save(path), qPrintable(path));
        m_written.append(path);
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

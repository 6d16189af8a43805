#include "SaleFixtures.h"
#include "journal/Journal.h"
#include "receipt/ReceiptContextBuilder.h"
#include "shift/ShiftLedger.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The context every receipt of the till is built with: shop from the settings, cashier of the
// open shift, training mark, and which print it is (original with the PIN, COPY with the PIN
// hidden unless a supervisor unlocked it). The catalogue's names are tested in tst_history
// against the real catalogue service.
class TestReceiptContextBuilder : public QObject
{
    Q_OBJECT

private slots:
    void printOccasions_data()
    {
        QTest::addColumn<bool>("reprint");
        QTest::addColumn<bool>("unlocked");
        QTest::addColumn<bool>("copy");
        QTest::addColumn<bool>("pinShown");
        QTest::newRow("after the sale") << false << false << false << true;
        QTest::newRow("after the sale, unlock ignored") << false << true << false << true;
        QTest::newRow("reprint") << true << false << true << false;
        QTest::newRow("reprint, supervisor unlocked") << true << true << true << true;
    }
    void printOccasions()
    {
        QFETCH(bool, reprint);
        QFETCH(bool, unlocked);
        QFETCH(bool, copy);
        QFETCH(bool, pinShown);
        const SaleRecord sale = SaleFixtures::voucherSale();
        const ReceiptContextBuilder builder;
        const auto occasion = reprint ? ReceiptContextBuilder::Occasion::Reprint
                                      : ReceiptContextBuilder::Occasion::AfterSale;
        const Receipt r = builder.receiptFor(sale, occasion, unlocked);
        QCOMPARE(r.has(u"copy"_s), copy);
        QCOMPARE(r.value(u"pin"_s) == *sale.pin, pinShown);
        QCOMPARE(r.plainText(48).contains(*sale.pin), pinShown);
        QCOMPARE(r.plainText(48).contains(*sale.voucherlink), pinShown);
    }

    void shopCashierAndTraining()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Settings settings(dir.filePath(u"kaunter.ini"_s));
        settings.setValue(Settings::Key::ShopName, u"Kedai Runcit Ah Seng"_s);
        settings.setValue(Settings::Key::ReceiptFooter, u"Terima kasih"_s);
        ManualClock clock;
        Journal journal(clock);
        QVERIFY2(journal.open(dir.path()), qPrintable(journal.errorString()));
        ReceiptContextBuilder::Sources sources;
        sources.settings = &settings;
        sources.journal = &journal;
        sources.clock = &clock;
        sources.training = true;
        const ReceiptContextBuilder builder(sources);
        const SaleRecord sale = SaleFixtures::voucherSale();

        // No shift open: no cashier line.
        Receipt r = builder.receiptFor(sale, ReceiptContextBuilder::Occasion::AfterSale);
        QVERIFY(!r.has(u"cashier"_s));
        QCOMPARE(r.value(u"merchant"_s), u"Kedai Runcit Ah Seng"_s);
        QCOMPARE(r.value(u"footer"_s), u"Terima kasih"_s);
        QVERIFY(r.has(u"training"_s));

        ShiftLedger ledger(journal, clock);
        QVERIFY2(ledger.open(u"Siti Aminah"_s, 10000), qPrintable(ledger.errorString()));
        r = builder.receiptFor(sale, ReceiptContextBuilder::Occasion::Reprint);
        QCOMPARE(r.value(u"cashier"_s), u"Siti Aminah"_s);

        // The shift closed: no cashier again (the receipt names who is at the till now).
        QVERIFY2(ledger.close(10000), qPrintable(ledger.errorString()));
        r = builder.receiptFor(sale, ReceiptContextBuilder::Occasion::Reprint);
        QVERIFY(!r.has(u"cashier"_s));
    }

    // Without a catalogue the receipt prints codes alone and the caller's product name only
    // when the API named none.
    void noCatalogueNoNames()
    {
        SaleRecord sale = SaleFixtures::voucherSale();
        sale.product = u"JOMPAY"_s;
        sale.productName.reset();
        sale.extras = QJsonObject{{u"biller_code"_s, u"5454"_s}};
        const ReceiptContextBuilder builder;
        const Receipt r = builder.receiptFor(sale, ReceiptContextBuilder::Occasion::AfterSale, false, u"JomPAY"_s);
        QCOMPARE(r.value(u"product"_s), u"JomPAY"_s);
        QCOMPARE(r.value(u"biller"_s), u"5454"_s);
        QVERIFY(!r.has(u"biller_name"_s));
    }
};

QTEST_GUILESS_MAIN(TestReceiptContextBuilder)
#include "tst_receiptcontextbuilder.moc"

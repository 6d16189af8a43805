#include "SaleFixtures.h"
#include "receipt/Receipt.h"

#include <QScopeGuard>
#include <QtTest>

#include <ctime>

using SaleFixtures::voucherSale;

class TestReceipt : public QObject
{
    Q_OBJECT

private slots:
    void successShowsEveryReturnedField()
    {
        const Receipt r = Receipt::fromSale(voucherSale(), {});
        QCOMPARE(r.value(QStringLiteral("sn")), QStringLiteral("106648697"));
        QCOMPARE(r.value(QStringLiteral("pin")), QStringLiteral("MPHE39G3WL"));
        QCOMPARE(r.value(QStringLiteral("expiry")), QStringLiteral("16/11/2025"));
        QCOMPARE(r.value(QStringLiteral("amount")), QStringLiteral("RM 5.00"));
        QCOMPARE(r.value(QStringLiteral("product")), QStringLiteral("Grab Gift Code"));
        // The terminal's local time (main() runs the tests at UTC+8, as a till in Malaysia).
        QCOMPARE(r.value(QStringLiteral("time")), QStringLiteral("28/11/2026 13:09:34"));
        QVERIFY(r.has(QStringLiteral("voucherlink")));
        QVERIFY(r.has(QStringLiteral("note")));
        QVERIFY(!r.has(QStringLiteral("remarks")));
    }

    // The same rule as the screens: the terminal's zone, whatever it is (the receipt once
    // printed 10:17 GMT+8 while the screen of a UTC machine showed 02:17).
    void timeIsTheTerminalsLocalTime()
    {
        const QByteArray zone = qgetenv("TZ");
        const auto restore = qScopeGuard([&] {
            qputenv("TZ", zone);
            tzset();
        });
        qputenv("TZ", "UTC0");
        tzset();
        QCOMPARE(Receipt::fromSale(voucherSale(), {}).value(QStringLiteral("time")),
                 QStringLiteral("28/11/2026 05:09:34"));
        qputenv("TZ", "JST-9");   // POSIX rule: no tz database needed
        tzset();
        QCOMPARE(Receipt::fromSale(voucherSale(), {}).value(QStringLiteral("time")),
                 QStringLiteral("28/11/2026 14:09:34"));
    }

    // A field the API did not return leaves no label and no line behind.
    void absentFieldsLeaveNoTrace_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::newRow("sn") << QStringLiteral("sn") << QStringLiteral("Serial no.");
        QTest::newRow("pin") << QStringLiteral("pin") << QStringLiteral("PIN");
        QTest::newRow("expiry") << QStringLiteral("expiry") << QStringLiteral("Expires");
        QTest::newRow("voucherlink") << QStringLiteral("voucherlink") << QStringLiteral("Voucher");
        QTest::newRow("note") << QStringLiteral("note") << QString();
    }
    void absentFieldsLeaveNoTrace()
    {
        QFETCH(QString, key);
        QFETCH(QString, label);
        SaleRecord s = voucherSale();
        if (key == QLatin1String("sn")) s.sn.reset();
        if (key == QLatin1String("pin")) s.pin.reset();
        if (key == QLatin1String("expiry")) s.expiry.reset();
        if (key == QLatin1String("voucherlink")) s.voucherlink.reset();
        if (key == QLatin1String("note")) s.note.reset();
        const Receipt r = Receipt::fromSale(s, {});
        QVERIFY(!r.has(key));
        if (!label.isEmpty()) {
            QVERIFY(!r.plainText().contains(label + QLatin1Char(':')));
            QVERIFY(!r.shareText().contains(label + QLatin1Char(':')));
        }
    }

    void failureShowsRemarksNotDeliveryFields()
    {
        SaleRecord s = voucherSale();
        s.state = SaleState::Failed;
        s.statusCode = 48;
        s.remarks = QStringLiteral("Transaction rejected by provider");
        const Receipt r = Receipt::fromSale(s, {});
        QCOMPARE(r.value(QStringLiteral("remarks")), QStringLiteral("Transaction rejected by provider"));
        QVERIFY(!r.has(QStringLiteral("pin")));
        QVERIFY(!r.has(QStringLiteral("sn")));
        QCOMPARE(r.value(QStringLiteral("status")), Receipt::statusTitle(SaleState::Failed));
    }

    void icIsMaskedEverywhere_data()
    {
        QTest::addColumn<QString>("ic");
        QTest::addColumn<QString>("masked");
        QTest::newRow("mykad") << QStringLiteral("900101145678") << QStringLiteral("XXXXXX-XX-5678");
        QTest::newRow("passport") << QStringLiteral("E12345678") << QStringLiteral("XXXXX5678");
    }
    void icIsMaskedEverywhere()
    {
        QFETCH(QString, ic);
        QFETCH(QString, masked);
        SaleRecord s = voucherSale();
        s.product = QStringLiteral("JOMPAY");
        s.extras = QJsonObject{{QStringLiteral("biller_code"), QStringLiteral("5454")},
                               {QStringLiteral("ic_number"), ic}};
        const Receipt r = Receipt::fromSale(s, {});
        QCOMPARE(r.value(QStringLiteral("ic")), masked);
        QCOMPARE(r.value(QStringLiteral("biller")), QStringLiteral("5454"));
        QVERIFY(!r.plainText().contains(ic));
        QVERIFY(!r.shareText().contains(ic));
        QVERIFY(r.plainText().contains(masked));
    }

    void accountThatIsTheIcIsMasked()
    {
        SaleRecord s = voucherSale();
        s.product = QStringLiteral("PTPTN");
        s.account = QStringLiteral("900101145678");   // SSPN: the account is the IC itself
        s.extras = QJsonObject{{QStringLiteral("subproduct_code"), QStringLiteral("S")},
                               {QStringLiteral("ic_number"), QStringLiteral("900101145678")}};
        const Receipt r = Receipt::fromSale(s, {});
        QCOMPARE(r.value(QStringLiteral("account")), QStringLiteral("XXXXXX-XX-5678"));
        QCOMPARE(Receipt::displayAccount(s), QStringLiteral("XXXXXX-XX-5678"));
        QVERIFY(!r.shareText().contains(QStringLiteral("900101145678")));
        s.account = QStringLiteral("12345678");       // a loan account is not personal data
        QCOMPARE(Receipt::displayAccount(s), QStringLiteral("12345678"));
    }

    void pendingSaysDoNotRepeat()
    {
        SaleRecord s = voucherSale();
        s.state = SaleState::Unknown;
        const Receipt r = Receipt::fromSale(s, {});
        QVERIFY(!r.has(QStringLiteral("pin")));
        QVERIFY(r.plainText().contains(s.refid));
        QCOMPARE(r.value(QStringLiteral("status")), Receipt::statusTitle(SaleState::Unknown));
    }

    void plainTextFitsThePaper_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("58 mm") << 32;
        QTest::newRow("80 mm") << 48;
    }
    void plainTextFitsThePaper()
    {
        QFETCH(int, width);
        SaleRecord s = voucherSale();
        s.voucherlink.reset();   // a URL is the one value allowed to run past the edge
        s.note.reset();
        const Receipt r = Receipt::fromSale(s, {QStringLiteral("Kedai Runcit Ali"), {}, true});
        const QStringList lines = r.plainText(width).split(QLatin1Char('\n'));
        for (const QString &line : lines)
            QVERIFY2(line.size() <= width, qPrintable(line));
        QVERIFY(r.plainText(width).contains(QStringLiteral("TRAINING")));
    }

    void expiryFormatting_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("shown");
        QTest::newRow("date") << QStringLiteral("20251116") << QStringLiteral("16/11/2025");
        QTest::newRow("odd text kept") << QStringLiteral("30 days") << QStringLiteral("30 days");
    }
    void expiryFormatting()
    {
        QFETCH(QString, raw);
        QFETCH(QString, shown);
        QCOMPARE(Receipt::formatExpiry(raw), shown);
    }
};

int main(int argc, char *argv[])
{
    // A till in Malaysia, whatever zone the machine running the tests is in (a POSIX rule, so
    // no tz database is needed).
    qputenv("TZ", "MYT-8");
    tzset();
    QCoreApplication app(argc, argv);
    TestReceipt test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_receipt.moc"

#include "SaleFixtures.h"
#include "receipt/Receipt.h"
#include "util/Settings.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>

using SaleFixtures::voucherSale;

namespace {

const QString RealPin = QStringLiteral("MPHE39G3WL");

Receipt::Context shopContext()
{
    Receipt::Context c;
    c.merchantName = QStringLiteral("Kedai Runcit Ah Seng");
    c.shopAddress = QStringLiteral("12 Jalan Besar\n43000 Kajang, Selangor");
    c.shopRegistration = QStringLiteral("202301012345 (1234567-X)");
    c.footer = QStringLiteral("Terima kasih!\nThank you");
    c.cashierName = QStringLiteral("Siti");
    return c;
}

// One sale and its context per outcome the receipt has a rule for. `name` is a test row.
std::pair<SaleRecord, Receipt::Context> outcome(const QString &name)
{
    SaleRecord s = voucherSale();
    s.terminalId = QStringLiteral("KT3F9A2C");
    Receipt::Context c = shopContext();
    if (name == QLatin1String("success without sn/pin")) {
        s.sn.reset();
        s.pin.reset();
    } else if (name == QLatin1String("failed")) {
        s.state = SaleState::Failed;
        s.remarks = QStringLiteral("Invalid phone number for this operator");
    } else if (name == QLatin1String("refund")) {
        s.state = SaleState::Refund;   // sn/pin issued before stay in the journal
        s.remarks = QStringLiteral("Refunded by operator");
    } else if (name == QLatin1String("pending")) {
        s.state = SaleState::Processing;
    } else if (name == QLatin1String("needs decision")) {
        s.state = SaleState::NeedsDecision;
    } else if (name == QLatin1String("reprint")) {
        c.copy = Receipt::CopyKind::Copy;
        c.revealPin = false;
    } else if (name == QLatin1String("reprint unlocked")) {
        c.copy = Receipt::CopyKind::Copy;   // a supervisor unlocked the PIN for this copy
    } else if (name == QLatin1String("pin hidden")) {
        c.revealPin = false;
    } else if (name == QLatin1String("no shop details")) {
        c = {};
        c.footer = QStringLiteral(" \n ");   // white space is no footer
        c.cashierName = QStringLiteral("  ");
        s.terminalId.clear();
    } else if (name == QLatin1String("mobile data")) {
        s.product = QStringLiteral("CEL");
        s.extras = QJsonObject{{QStringLiteral("subproduct_code"), QStringLiteral("CEL_5GB_30D")}};
        c.subproductName = QStringLiteral("Internet 5GB 30 days");
    } else if (name == QLatin1String("mobile data, plan unknown")) {
        s.product = QStringLiteral("CEL");
        s.extras = QJsonObject{{QStringLiteral("subproduct_code"), QStringLiteral("CEL_5GB_30D")}};
    } else if (name == QLatin1String("jompay")) {
        s.product = QStringLiteral("JOMPAY");
        s.extras = QJsonObject{{QStringLiteral("biller_code"), QStringLiteral("5454")},
                               {QStringLiteral("ic_number"), QStringLiteral("900101145678")}};
        c.billerName = QStringLiteral("Tenaga Nasional Berhad");
    } else if (name == QLatin1String("jompay, biller unknown")) {
        s.product = QStringLiteral("JOMPAY");
        s.extras = QJsonObject{{QStringLiteral("biller_code"), QStringLiteral("5454")},
                               {QStringLiteral("ic_number"), QStringLiteral("900101145678")}};
    } else if (name == QLatin1String("ptptn")) {
        s.product = QStringLiteral("PTPTN");
        s.extras = QJsonObject{{QStringLiteral("subproduct_code"), QStringLiteral("SSPN-P")},
                               {QStringLiteral("ic_number"), QStringLiteral("900101145678")}};
        c.subproductName = QStringLiteral("SSPN Prime");
    }
    return {s, c};
}

QStringList keys(const Receipt &r)
{
    QStringList out;
    for (const Receipt::Line &l : r.lines())
        out << l.key;
    return out;
}

} // namespace

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

    // Every outcome: which lines are there and which are not. A key listed as present must
    // be there; a key listed as absent must not be, and leave no label behind.
    void outcomeLines_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QStringList header{QStringLiteral("merchant"), QStringLiteral("shop_address"),
                                 QStringLiteral("shop_registration"), QStringLiteral("footer")};
        const QStringList sale{QStringLiteral("status"), QStringLiteral("product"), QStringLiteral("amount"),
                               QStringLiteral("account"), QStringLiteral("refid"), QStringLiteral("time"),
                               QStringLiteral("terminal"), QStringLiteral("cashier")};
        const QStringList delivery{QStringLiteral("sn"), QStringLiteral("pin"), QStringLiteral("expiry"),
                                   QStringLiteral("voucherlink"), QStringLiteral("note")};
        const QString copy = QStringLiteral("copy"), voided = QStringLiteral("voided");
        const QString remarks = QStringLiteral("remarks"), advice = QStringLiteral("pending_advice");
        const auto row = [](const char *name, const QStringList &present, const QStringList &absent) {
            QTest::newRow(name) << QString::fromLatin1(name) << present << absent;
        };
        row("success", header + sale + delivery, {copy, voided, remarks, advice});
        row("success without sn/pin", header + sale + QStringList{QStringLiteral("expiry"), QStringLiteral("note")},
            {QStringLiteral("sn"), QStringLiteral("pin"), copy, voided, remarks, advice});
        row("failed", header + sale + QStringList{remarks}, delivery + QStringList{copy, voided, advice});
        row("refund", header + sale + QStringList{voided, remarks}, delivery + QStringList{copy, advice});
        row("pending", header + sale + QStringList{advice}, delivery + QStringList{copy, voided, remarks});
        row("needs decision", header + sale + QStringList{advice}, delivery + QStringList{copy, voided, remarks});
        row("reprint", header + sale + delivery + QStringList{copy}, {voided, remarks, advice});
        row("reprint unlocked", header + sale + delivery + QStringList{copy}, {voided});
        row("pin hidden", header + sale + delivery, {copy, voided});
        row("no shop details", {QStringLiteral("status"), QStringLiteral("refid")},
            header + QStringList{QStringLiteral("terminal"), QStringLiteral("cashier"), copy, voided});
        row("mobile data", sale + QStringList{QStringLiteral("subproduct"), QStringLiteral("subproduct_code")},
            {QStringLiteral("biller"), QStringLiteral("biller_name"), QStringLiteral("ic")});
        row("mobile data, plan unknown", sale + QStringList{QStringLiteral("subproduct")},
            {QStringLiteral("subproduct_code"), QStringLiteral("biller")});
        row("jompay", sale + QStringList{QStringLiteral("biller_name"), QStringLiteral("biller"), QStringLiteral("ic")},
            {QStringLiteral("subproduct"), QStringLiteral("subproduct_code")});
        row("jompay, biller unknown", sale + QStringList{QStringLiteral("biller"), QStringLiteral("ic")},
            {QStringLiteral("biller_name"), QStringLiteral("subproduct")});
        row("ptptn", sale + QStringList{QStringLiteral("subproduct"), QStringLiteral("subproduct_code"),
                                        QStringLiteral("ic")},
            {QStringLiteral("biller"), QStringLiteral("biller_name")});
    }
    void outcomeLines()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const auto [sale, context] = outcome(name);
        const Receipt r = Receipt::fromSale(sale, context);
        for (const QString &key : present)
            QVERIFY2(r.has(key), qPrintable(key + QStringLiteral(" missing; lines: ") + keys(r).join(u' ')));
        for (const QString &key : absent)
            QVERIFY2(!r.has(key), qPrintable(key + QStringLiteral(" present")));
        // No line is empty: an absent field leaves nothing behind.
        for (const Receipt::Line &l : r.lines())
            QVERIFY2(!l.value.trimmed().isEmpty(), qPrintable(l.key));
    }

    // What the product's own words say, and under which label.
    void productWords_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("value");
        QTest::newRow("plan name") << "mobile data" << "subproduct" << "Plan" << "Internet 5GB 30 days";
        QTest::newRow("plan code") << "mobile data" << "subproduct_code" << "Plan code" << "CEL_5GB_30D";
        QTest::newRow("plan code only") << "mobile data, plan unknown" << "subproduct" << "Plan" << "CEL_5GB_30D";
        QTest::newRow("biller name") << "jompay" << "biller_name" << "Biller" << "Tenaga Nasional Berhad";
        QTest::newRow("biller code") << "jompay" << "biller" << "Biller code" << "5454";
        QTest::newRow("ptptn") << "ptptn" << "subproduct" << "Account type" << "SSPN Prime";
        QTest::newRow("ptptn code") << "ptptn" << "subproduct_code" << "Account type code" << "SSPN-P";
        QTest::newRow("terminal") << "success" << "terminal" << "Terminal" << "KT3F9A2C";
        QTest::newRow("cashier") << "success" << "cashier" << "Cashier" << "Siti";
        QTest::newRow("registration") << "success" << "shop_registration" << ""
                                      << "Reg. no. 202301012345 (1234567-X)";
        QTest::newRow("address kept as lines") << "success" << "shop_address" << ""
                                               << "12 Jalan Besar\n43000 Kajang, Selangor";
        QTest::newRow("copy") << "reprint" << "copy" << "" << "COPY";
        QTest::newRow("voided") << "refund" << "voided" << "" << "VOIDED";
    }
    void productWords()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QFETCH(QString, label);
        QFETCH(QString, value);
        const auto [sale, context] = outcome(name);
        const Receipt r = Receipt::fromSale(sale, context);
        QCOMPARE(r.value(key), value);
        for (const Receipt::Line &l : r.lines()) {
            if (l.key == key)
                QCOMPARE(l.label, label);
        }
    }

    // COPY and VOIDED are banners above everything else; the footer is last.
    void bannersFirstFooterLast()
    {
        auto [sale, context] = outcome(QStringLiteral("refund"));
        context.copy = Receipt::CopyKind::Copy;
        const Receipt r = Receipt::fromSale(sale, context);
        QCOMPARE(r.lines().at(0).key, QStringLiteral("copy"));
        QCOMPARE(r.lines().at(0).kind, Receipt::Kind::Banner);
        QCOMPARE(r.lines().at(1).key, QStringLiteral("voided"));
        QCOMPARE(r.lines().at(1).kind, Receipt::Kind::Banner);
        QCOMPARE(r.lines().at(2).key, QStringLiteral("merchant"));
        QCOMPARE(r.lines().constLast().key, QStringLiteral("footer"));
        QVERIFY(r.plainText().contains(QStringLiteral("*** COPY ***")));
        QVERIFY(r.shareText().startsWith(QStringLiteral("COPY\nVOIDED\n")));
    }

    // A hidden PIN is the same 8 dots whatever the PIN; the PIN's text (and the voucher link,
    // which redeems the voucher as well) appear in no line and no output.
    void hiddenPinNeverAppears_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("reprint") << "reprint";
        QTest::newRow("pin hidden") << "pin hidden";
    }
    void hiddenPinNeverAppears()
    {
        QFETCH(QString, name);
        const auto [sale, context] = outcome(name);
        const Receipt r = Receipt::fromSale(sale, context);
        QCOMPARE(r.value(QStringLiteral("pin")), Receipt::hiddenPin());
        QCOMPARE(Receipt::hiddenPin(), QString(8, QChar(0x2022)));
        for (const Receipt::Line &l : r.lines()) {
            for (const QString &text : {l.label, l.value}) {
                QVERIFY2(!text.contains(RealPin), qPrintable(l.key));
                QVERIFY2(!text.contains(RealPin.right(4)), qPrintable(l.key));
                QVERIFY2(!text.contains(*sale.voucherlink), qPrintable(l.key));
            }
            QVERIFY2(l.kind != Receipt::Kind::Link, "no QR code of the voucher link");
        }
        QVERIFY(!r.plainText().contains(RealPin));
        QVERIFY(!r.shareText().contains(RealPin));
        QVERIFY(r.has(QStringLiteral("sn")));   // the serial number still names the voucher
        // Unlocked, the same sale shows it.
        Receipt::Context unlocked = context;
        unlocked.revealPin = true;
        QCOMPARE(Receipt::fromSale(sale, unlocked).value(QStringLiteral("pin")), RealPin);
    }

    void pendingSlipSaysWhatToDo_data()
    {
        QTest::addColumn<int>("state");
        for (SaleState st : {SaleState::New, SaleState::Accepted, SaleState::Processing, SaleState::Unknown,
                             SaleState::NeedsDecision})
            QTest::newRow(qPrintable(saleStateName(st))) << int(st);
    }
    void pendingSlipSaysWhatToDo()
    {
        QFETCH(int, state);
        SaleRecord s = voucherSale();
        s.state = SaleState(state);
        const Receipt r = Receipt::fromSale(s, {});
        const QString advice = r.value(QStringLiteral("pending_advice"));
        QVERIFY(advice.contains(s.refid));
        QVERIFY(advice.contains(QStringLiteral("Keep this slip")));
        QVERIFY(advice.contains(QStringLiteral("Do not pay again")));
        QVERIFY(!r.has(QStringLiteral("sn")));
        QVERIFY(!r.has(QStringLiteral("pin")));
        QVERIFY(!r.shareText().contains(RealPin));
        QCOMPARE(r.value(QStringLiteral("status")), Receipt::statusTitle(s.state));
    }

    // The GUI and the CLI fill the shop's lines the same way: from the settings, trimmed.
    void contextFromSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Settings settings(dir.filePath(QStringLiteral("kaunter.ini")));
        Receipt::Context empty = Receipt::contextFromSettings(settings);
        QVERIFY(empty.merchantName.isEmpty() && empty.shopAddress.isEmpty() && empty.footer.isEmpty());
        settings.setValue(Settings::Key::ShopName, QStringLiteral("  Kedai Runcit Ah Seng "));
        settings.setValue(Settings::Key::ShopAddress, QStringLiteral("12 Jalan Besar\n43000 Kajang\n"));
        settings.setValue(Settings::Key::ShopRegistration, QStringLiteral("202301012345"));
        settings.setValue(Settings::Key::ReceiptFooter, QStringLiteral("Thank you"));
        const Receipt::Context c = Receipt::contextFromSettings(settings);
        QCOMPARE(c.merchantName, QStringLiteral("Kedai Runcit Ah Seng"));
        QCOMPARE(c.shopAddress, QStringLiteral("12 Jalan Besar\n43000 Kajang"));
        QCOMPARE(c.shopRegistration, QStringLiteral("202301012345"));
        QCOMPARE(c.footer, QStringLiteral("Thank you"));
        QCOMPARE(c.copy, Receipt::CopyKind::Original);
        QVERIFY(c.revealPin);
        QVERIFY(!c.training);
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
        Receipt::Context c{QStringLiteral("Kedai Runcit Ali"), {}, true};
        c.shopAddress = QStringLiteral("Lot 1234, Jalan Perusahaan Satu, Kawasan Perindustrian\n43000 Kajang");
        c.copy = Receipt::CopyKind::Copy;
        const Receipt r = Receipt::fromSale(s, c);
        const QStringList lines = r.plainText(width).split(QLatin1Char('\n'));
        for (const QString &line : lines)
            QVERIFY2(line.size() <= width, qPrintable(line));
        QVERIFY(r.plainText(width).contains(QStringLiteral("TRAINING")));
        QVERIFY(r.plainText(width).contains(QStringLiteral("43000 Kajang")));
        // The pending slip's advice wraps to the paper too.
        s.state = SaleState::Unknown;
        const QString pending = Receipt::fromSale(s, c).plainText(width);
        QVERIFY(pending.simplified().contains(QStringLiteral("Keep this slip")));   // wrapped
        for (const QString &line : pending.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= width, qPrintable(line));
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

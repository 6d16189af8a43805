#include "catalogue/ProductCatalogue.h"
#include "payment/PaymentEngine.h"
#include "payment/ProductRules.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

// ProductRules: which extras each product family needs and how every field is normalised,
// and the exact request body PaymentEngine builds from the result.
class TestProductRules : public QObject
{
    Q_OBJECT

private slots:
    void family_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("family");
        const auto row = [](const char *code, ProductRules::Family f) {
            QTest::newRow(code) << QString::fromLatin1(code) << int(f);
        };
        row("JOMPAY", ProductRules::Family::JomPay);
        row("jompay", ProductRules::Family::JomPay);
        row(" JOMPAY ", ProductRules::Family::JomPay);
        row("PTPTN", ProductRules::Family::Ptptn);
        row("CEL", ProductRules::Family::MobileData);
        row("DI", ProductRules::Family::MobileData);
        row("HI", ProductRules::Family::MobileData);
        row("UMI", ProductRules::Family::MobileData);
        row("TI", ProductRules::Family::MobileData);
        row("OXI", ProductRules::Family::MobileData);
        row("YESI", ProductRules::Family::MobileData);
        row("D", ProductRules::Family::Other);
        row("TNB", ProductRules::Family::Other);
        row("CELCOM10", ProductRules::Family::Other);
        row("GC", ProductRules::Family::Other);
    }
    void family()
    {
        QFETCH(QString, code);
        QFETCH(int, family);
        QCOMPARE(int(ProductRules::family(code)), family);
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("subproduct");
        QTest::addColumn<QString>("ic");
        QTest::addColumn<bool>("passport");
        QTest::addColumn<QString>("biller");
        QTest::addColumn<QString>("ref2");
        QTest::addColumn<QString>("errorField");   // empty = accepted
        QTest::addColumn<QByteArray>("body");      // for refid "R1" when accepted

        const QString none;
        QTest::newRow("reload") << u"D"_s << u"0123456789"_s << u"10"_s << none << none << false << none << none
                                << QString() << QByteArray(R"({"refid":"R1","product":"D","account":"0123456789","amount":"10.00"})");
        QTest::newRow("product trimmed, upper-cased") << u" d "_s << u" 0123456789 "_s << u"RM 10.5"_s << none << none << false << none << none
                                << QString() << QByteArray(R"({"refid":"R1","product":"D","account":"0123456789","amount":"10.50"})");
        QTest::newRow("staging test account untouched") << u"D"_s << u"60123450052"_s << u"10"_s << none << none << false << none << none
                                << QString() << QByteArray(R"({"refid":"R1","product":"D","account":"60123450052","amount":"10.00"})");
        QTest::newRow("simulator magic account untouched") << u"D"_s << u"60123459001"_s << u"5"_s << none << none << false << none << none
                                << QString() << QByteArray(R"({"refid":"R1","product":"D","account":"60123459001","amount":"5.00"})");
        QTest::newRow("empty product") << u""_s << u"0123456789"_s << u"10"_s << none << none << false << none << none
                                << u"product"_s << QByteArray();
        QTest::newRow("bad product characters") << u"D;"_s << u"0123456789"_s << u"10"_s << none << none << false << none << none
                                << u"product"_s << QByteArray();
        QTest::newRow("empty account") << u"D"_s << u"   "_s << u"10"_s << none << none << false << none << none
                                << u"account"_s << QByteArray();
        QTest::newRow("control character in account") << u"D"_s << u"0123\t456789"_s << u"10"_s << none << none << false << none << none
                                << u"account"_s << QByteArray();
        QTest::newRow("zero amount") << u"D"_s << u"0123456789"_s << u"0"_s << none << none << false << none << none
                                << u"amount"_s << QByteArray();
        QTest::newRow("negative amount") << u"D"_s << u"0123456789"_s << u"-5"_s << none << none << false << none << none
                                << u"amount"_s << QByteArray();
        QTest::newRow("three decimals") << u"D"_s << u"0123456789"_s << u"10.505"_s << none << none << false << none << none
                                << u"amount"_s << QByteArray();
        QTest::newRow("exponent") << u"D"_s << u"0123456789"_s << u"1e3"_s << none << none << false << none << none
                                << u"amount"_s << QByteArray();
        QTest::newRow("jompay ok, ref2 optional") << u"JOMPAY"_s << u" 2200 1234 5678 "_s << u"150"_s << none << u"900101-14-5678"_s << false << u"5454"_s << none
                                << QString() << QByteArray(R"({"refid":"R1","product":"JOMPAY","account":"220012345678","amount":"150.00","extras":{"biller_code":"5454","ic_number":"900101145678"}})");
        QTest::newRow("jompay with ref2") << u"JOMPAY"_s << u"RB00123SA"_s << u"12.30"_s << none << u"900101145678"_s << false << u"26054"_s << u"INV-2025-0001"_s
                                << QString() << QByteArray(R"({"refid":"R1","product":"JOMPAY","account":"RB00123SA","amount":"12.30","extras":{"biller_code":"26054","ref2":"INV-2025-0001","ic_number":"900101145678"}})");
        QTest::newRow("jompay passport payer") << u"JOMPAY"_s << u"RB00123SA"_s << u"12.30"_s << none << u"e12345678"_s << true << u"5454"_s << none
                                << QString() << QByteArray(R"({"refid":"R1","product":"JOMPAY","account":"RB00123SA","amount":"12.30","extras":{"biller_code":"5454","ic_number":"E12345678"}})");
        QTest::newRow("jompay without biller") << u"JOMPAY"_s << u"220012345678"_s << u"10"_s << none << u"900101145678"_s << false << none << none
                                << u"biller"_s << QByteArray();
        QTest::newRow("jompay bad biller") << u"JOMPAY"_s << u"220012345678"_s << u"10"_s << none << u"900101145678"_s << false << u"54A4"_s << none
                                << u"biller"_s << QByteArray();
        QTest::newRow("jompay without IC (AMLA)") << u"JOMPAY"_s << u"220012345678"_s << u"10"_s << none << none << false << u"5454"_s << none
                                << u"ic"_s << QByteArray();
        QTest::newRow("jompay invalid MyKad") << u"JOMPAY"_s << u"220012345678"_s << u"10"_s << none << u"901301-14-5678"_s << false << u"5454"_s << none
                                << u"ic"_s << QByteArray();
        QTest::newRow("jompay bad ref1") << u"JOMPAY"_s << u"ABC#123"_s << u"10"_s << none << u"900101145678"_s << false << u"5454"_s << none
                                << u"account"_s << QByteArray();
        QTest::newRow("jompay ref2 too long") << u"JOMPAY"_s << u"220012345678"_s << u"10"_s << none << u"900101145678"_s << false << u"5454"_s << QString(31, u'A')
                                << u"ref2"_s << QByteArray();
        QTest::newRow("ptptn ok") << u"PTPTN"_s << u"12345678"_s << u"100"_s << u"K"_s << u"900101-14-5678"_s << false << none << none
                                << QString() << QByteArray(R"({"refid":"R1","product":"PTPTN","account":"12345678","amount":"100.00","extras":{"subproduct_code":"K","ic_number":"900101145678"}})");
        QTest::newRow("ptptn without subproduct") << u"PTPTN"_s << u"12345678"_s << u"100"_s << u" "_s << u"900101145678"_s << false << none << none
                                << u"subproduct"_s << QByteArray();
        QTest::newRow("ptptn without IC") << u"PTPTN"_s << u"12345678"_s << u"100"_s << u"K"_s << none << false << none << none
                                << u"ic"_s << QByteArray();
        QTest::newRow("mobile data, subproduct byte for byte") << u"HI"_s << u"0178855286"_s << u"12"_s << u"Everything Unlimited with Unlimited Weekly Pass RM12"_s << none << false << none << none
                                << QString() << QByteArray(R"({"refid":"R1","product":"HI","account":"0178855286","amount":"12.00","extras":{"subproduct_code":"Everything Unlimited with Unlimited Weekly Pass RM12"}})");
        QTest::newRow("mobile data keeps surrounding spaces") << u"CEL"_s << u"0198765432"_s << u"5"_s << u" Plan 5 "_s << none << false << none << none
                                << QString() << QByteArray(R"({"refid":"R1","product":"CEL","account":"0198765432","amount":"5.00","extras":{"subproduct_code":" Plan 5 "}})");
        QTest::newRow("mobile data without subproduct") << u"YESI"_s << u"0198765432"_s << u"5"_s << none << none << false << none << none
                                << u"subproduct"_s << QByteArray();
        QTest::newRow("other product: IC given is validated") << u"D"_s << u"0123456789"_s << u"10"_s << none << u"12345"_s << false << none << none
                                << u"ic"_s << QByteArray();
        QTest::newRow("json escaping") << u"D"_s << u"01234\"56789"_s << u"10"_s << none << none << false << none << none
                                << QString() << QByteArray("{\"refid\":\"R1\",\"product\":\"D\",\"account\":\"01234\\\"56789\",\"amount\":\"10.00\"}");
    }
    void normalize()
    {
        QFETCH(QString, product);
        QFETCH(QString, account);
        QFETCH(QString, amount);
        QFETCH(QString, subproduct);
        QFETCH(QString, ic);
        QFETCH(bool, passport);
        QFETCH(QString, biller);
        QFETCH(QString, ref2);
        QFETCH(QString, errorField);
        QFETCH(QByteArray, body);

        SaleRequest r;
        r.product = product;
        r.account = account;
        r.amount = amount;
        r.subproduct = subproduct;
        r.icNumber = ic;
        r.icIsPassport = passport;
        r.billerCode = biller;
        r.ref2 = ref2;
        SubmitError error;
        const std::optional<SaleRequest> n = ProductRules::normalize(r, &error);
        if (!errorField.isEmpty()) {
            QVERIFY(!n);
            QCOMPARE(error.field, errorField);
            QVERIFY(!error.message.isEmpty());
            return;
        }
        QVERIFY2(n, qPrintable(error.message));
        const QByteArray built = PaymentEngine::buildRequestBody(QStringLiteral("R1"), *n);
        QCOMPARE(built, body);
        // Valid compact JSON whose extras are exactly ProductRules::extras().
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(built, &pe);
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QLatin1String("extras")).toObject(), ProductRules::extras(*n));
    }

    void remarksInBody()
    {
        SaleRequest r;
        r.product = QStringLiteral("D");
        r.account = QStringLiteral("0123456789");
        r.amount = QStringLiteral("5");
        r.remarks = QStringLiteral("  counter 2 ");
        const std::optional<SaleRequest> n = ProductRules::normalize(r, nullptr);
        QVERIFY(n);
        QCOMPARE(PaymentEngine::buildRequestBody(QStringLiteral("T-1"), *n),
                 QByteArray(R"({"refid":"T-1","product":"D","account":"0123456789","amount":"5.00","remarks":"counter 2"})"));
        r.remarks = QString(ProductRules::MaxRemarksLength + 1, u'x');
        SubmitError e;
        QVERIFY(!ProductRules::normalize(r, &e));
        QCOMPARE(e.field, QStringLiteral("remarks"));
    }

    void correctsRefidCarriedOver()
    {
        SaleRequest r;
        r.product = QStringLiteral("D");
        r.account = QStringLiteral("0123456789");
        r.amount = QStringLiteral("5");
        r.correctsRefid = QStringLiteral("ABC-1");
        const std::optional<SaleRequest> n = ProductRules::normalize(r, nullptr);
        QVERIFY(n);
        QCOMPARE(n->correctsRefid, QStringLiteral("ABC-1"));
    }

    // One family model: the catalogue group that picks the sale form also decides the extras.
    // A product code the known-codes table has never heard of, in the mobile-data group, must
    // carry its plan; without a catalogue family (`kaunter pay`) the table decides.
    void catalogueFamily_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("group");       // empty: no catalogue (kaunter pay)
        QTest::addColumn<QString>("subproduct");
        QTest::addColumn<int>("family");          // ProductRules::familyOf
        QTest::addColumn<QString>("errorField");  // empty = accepted
        const auto row = [](const char *name, const char *code, const char *group,
                            const char *sub, ProductFamily f, const char *field) {
            QTest::newRow(name) << QString::fromLatin1(code) << QString::fromLatin1(group)
                                << QString::fromLatin1(sub) << int(f) << QString::fromLatin1(field);
        };
        row("new data code without plan", "MAXISDATA", "Mobile Data", "", ProductFamily::MobileData, "subproduct");
        row("new data code, blank plan", "MAXISDATA", "Mobile Data", "  ", ProductFamily::MobileData, "subproduct");
        row("new data code with plan", "MAXISDATA", "Mobile Data", "Plan 5", ProductFamily::MobileData, "");
        row("known data code in catalogue", "HI", "Mobile Data", "", ProductFamily::MobileData, "subproduct");
        row("new ptptn code needs plan first", "PTPTN2", "PTPTN", "", ProductFamily::Ptptn, "subproduct");
        row("new jompay code needs payer IC", "JOMPAY2", "JomPAY", "", ProductFamily::JomPay, "ic");
        row("reload: no extras", "D", "Mobile Reload", "", ProductFamily::MobileReload, "");
        row("unknown group: code table (data)", "HI", "Insurance", "", ProductFamily::MobileData, "subproduct");
        row("unknown group: code table (other)", "INS1", "Insurance", "", ProductFamily::Other, "");
        row("no catalogue: code table", "YESI", "", "", ProductFamily::MobileData, "subproduct");
        row("no catalogue: unknown code", "MAXISDATA", "", "", ProductFamily::Other, "");
    }
    void catalogueFamily()
    {
        QFETCH(QString, code);
        QFETCH(QString, group);
        QFETCH(QString, subproduct);
        QFETCH(int, family);
        QFETCH(QString, errorField);

        SaleRequest r;
        r.product = code;
        r.account = u"0123456789"_s;
        r.amount = u"5"_s;
        r.subproduct = subproduct;
        if (!group.isEmpty()) {
            const std::optional<Product> p = ProductCatalogue::parseProduct(
                QJsonObject{{u"product_code"_s, code}, {u"product_group"_s, group}});
            QVERIFY(p);
            r.family = p->family;   // what the sale form sets (SaleFormWidget::request)
        }
        QCOMPARE(int(ProductRules::familyOf(r)), family);
        SubmitError error;
        const std::optional<SaleRequest> n = ProductRules::normalize(r, &error);
        if (!errorField.isEmpty()) {
            QVERIFY(!n);
            QCOMPARE(error.field, errorField);
            QVERIFY(!error.message.isEmpty());
            return;
        }
        QVERIFY2(n, qPrintable(error.message));
        QCOMPARE(int(n->family), family);
        QCOMPARE(ProductRules::extras(*n).value(u"subproduct_code"_s).toString(),
                 subproduct.trimmed().isEmpty() ? QString() : subproduct);
    }
};

QTEST_GUILESS_MAIN(TestProductRules)
#include "tst_productrules.moc"

#include "catalogue/CatalogueService.h"
#include "catalogue/ProductCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

// /v2/product-list parsing (API reference §5.1 + the simulator's min/max extension), and the
// read-side parsers of the catalogue service (balance, options, bill presentment).
class TestProductCatalogue : public QObject
{
    Q_OBJECT

private:
    static QJsonObject doc(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

private slots:
    void documentedExample()
    {
        ProductCatalogue c;
        const QJsonObject root = doc(R"({ "data": [ {
          "status": "Active", "has_subproduct": false, "product_code": "D", "product_name": "Digi Prepaid",
          "product_remarks": "Top up will be credited to the mobile number.",
          "account_label": "Mobile Number", "keyboard_type": "Numeric",
          "denomination": "5,10,15,20,25,30,50,100", "common_denominations": "10,30,50",
          "denomination_data_type": "Integer", "denomination_currency": "MYR",
          "product_group": "Mobile Reload", "category": "Prepaid",
          "image_url": "https:\/\/dashboard.iimmpact.com\/img\/D.png",
          "account_type": "phone_number", "is_refundable": false } ] })");
        QVERIFY(c.parse(root));
        QCOMPARE(c.count(), 1);
        const Product *p = c.product(u"D"_s);
        QVERIFY(p);
        QCOMPARE(p->name, u"Digi Prepaid"_s);
        QCOMPARE(p->family, ProductFamily::MobileReload);
        QCOMPARE(p->accountLabel, u"Mobile Number"_s);
        QVERIFY(p->numericKeyboard());
        QVERIFY(p->accountIsPhoneNumber());
        QCOMPARE(p->denominationsSen, (QList<qint64>{500, 1000, 1500, 2000, 2500, 3000, 5000, 10000}));
        QCOMPARE(p->denominationsCommonFirst(),
                 (QList<qint64>{1000, 3000, 5000, 500, 1500, 2000, 2500, 10000}));
        QVERIFY(!p->isOpenAmount());
        QVERIFY(!p->minAmountSen);
        QVERIFY(!p->refundable);
    }

    void familyFromGroup_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("family");
        QTest::newRow("reload") << u"Mobile Reload"_s << int(ProductFamily::MobileReload);
        QTest::newRow("data") << u"Mobile Data"_s << int(ProductFamily::MobileData);
        QTest::newRow("bills") << u"Bills"_s << int(ProductFamily::Bills);
        QTest::newRow("jompay") << u"JomPAY"_s << int(ProductFamily::JomPay);
        QTest::newRow("ptptn") << u"PTPTN"_s << int(ProductFamily::Ptptn);
        QTest::newRow("gift cards") << u"Gift Cards & Vouchers"_s << int(ProductFamily::GiftCards);
        QTest::newRow("esim") << u"eSIM"_s << int(ProductFamily::Esim);
        QTest::newRow("case, spaces") << u"  mobile reload "_s << int(ProductFamily::MobileReload);
        QTest::newRow("unknown") << u"Insurance"_s << int(ProductFamily::Other);
        QTest::newRow("empty") << QString() << int(ProductFamily::Other);
    }
    void familyFromGroup()
    {
        QFETCH(QString, group);
        QFETCH(int, family);
        QCOMPARE(int(Product::familyFromGroup(group)), family);
    }

    void openAmountExtension_data()
    {
        QTest::addColumn<QByteArray>("min");
        QTest::addColumn<QByteArray>("max");
        QTest::addColumn<qint64>("minSen");
        QTest::addColumn<qint64>("maxSen");
        QTest::newRow("strings") << QByteArray(R"("1.00")") << QByteArray(R"("5000.00")") << qint64(100) << qint64(500000);
        QTest::newRow("numbers") << QByteArray("1") << QByteArray("19.99") << qint64(100) << qint64(1999);
        QTest::newRow("money objects") << QByteArray(R"({"amount":"10.50","currency":"MYR"})")
                                       << QByteArray(R"({"amount":"100","currency":"MYR"})") << qint64(1050) << qint64(10000);
        QTest::newRow("swapped") << QByteArray(R"("50")") << QByteArray(R"("5")") << qint64(500) << qint64(5000);
    }
    void openAmountExtension()
    {
        QFETCH(QByteArray, min);
        QFETCH(QByteArray, max);
        QFETCH(qint64, minSen);
        QFETCH(qint64, maxSen);
        ProductCatalogue c;
        const QJsonObject root = doc(R"({"data":[{"product_code":"TNB","product_name":"TNB","product_group":"Bills",
            "denomination":"","min_amount":)" + min + R"(,"max_amount":)" + max + "}]}");
        QVERIFY(c.parse(root));
        const Product *p = c.product(u"TNB"_s);
        QVERIFY(p && p->isOpenAmount());
        QCOMPARE(p->minAmountSen, std::optional<qint64>(minSen));
        QCOMPARE(p->maxAmountSen, std::optional<qint64>(maxSen));
    }

    void skipsInactiveMalformedAndDuplicates()
    {
        ProductCatalogue c;
        const QJsonObject root = doc(R"({"data":[
            {"product_code":"A","product_name":"a","status":"Active"},
            {"product_code":"X","product_name":"x","status":"Inactive"},
            {"product_name":"no code"},
            "not an object",
            {"product_code":"A","product_name":"dup"},
            {"product_code":"B","denomination":"5,abc,,10,10"}]})");
        QVERIFY(c.parse(root));
        QCOMPARE(c.count(), 2);
        QCOMPARE(c.inactiveCount(), 1);
        QCOMPARE(c.skippedCount(), 3);
        QCOMPARE(c.product(u"A"_s)->name, u"a"_s);
        QVERIFY(!c.product(u"X"_s));
        QCOMPARE(c.product(u"B"_s)->name, u"B"_s);   // name falls back to the code
        QCOMPARE(c.product(u"B"_s)->denominationsSen, (QList<qint64>{500, 1000}));
    }

    void refusesNonList()
    {
        ProductCatalogue c;
        const QJsonObject list = doc(R"({"data":[{"product_code":"A"}]})");
        const QJsonObject forbidden = doc(R"({"message":"Forbidden"})");
        QVERIFY(c.parse(list));
        QVERIFY(!c.parse(forbidden));
        QVERIFY(!c.errorString().isEmpty());
        QCOMPARE(c.count(), 1);   // unchanged
    }

    // Catalogue amounts (a denomination, min_amount) are read by Money's one reader.
    void catalogueAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("sen");   // -1 = rejected
        QTest::newRow("int") << u"10"_s << qint64(1000);
        QTest::newRow("one decimal") << u"10.5"_s << qint64(1050);
        QTest::newRow("two decimals") << u"19.99"_s << qint64(1999);
        QTest::newRow("spaces") << u" 100 "_s << qint64(10000);
        QTest::newRow("three decimals") << u"1.005"_s << qint64(-1);
        QTest::newRow("zero") << u"0"_s << qint64(-1);
        QTest::newRow("negative") << u"-5"_s << qint64(-1);
        QTest::newRow("text") << u"abc"_s << qint64(-1);
    }
    void catalogueAmount()
    {
        QFETCH(QString, text);
        QFETCH(qint64, sen);
        QJsonObject entry{{u"product_code"_s, u"X"_s}, {u"denomination"_s, text},
                          {u"min_amount"_s, text}};
        const std::optional<Product> p = ProductCatalogue::parseProduct(entry);
        QVERIFY(p);
        if (sen < 0) {
            QVERIFY(p->denominationsSen.isEmpty());
            QVERIFY(!p->minAmountSen);
        } else {
            QCOMPARE(p->denominationsSen, QList<qint64>{sen});
            QCOMPARE(p->minAmountSen, std::optional<qint64>(sen));
        }
    }

    void balance()
    {
        const BalanceInfo b = CatalogueService::parseBalance(doc(
            R"({"data":{"account":"3100528","name":"Demo Merchant Sdn Bhd","balance":950.5,"level":"12","access":0}})"));
        QVERIFY(b.ok);
        QCOMPARE(b.balanceSen, std::optional<qint64>(95050));
        QCOMPARE(b.merchantName, u"Demo Merchant Sdn Bhd"_s);
        QVERIFY(!b.readOnly());
        const BalanceInfo old = CatalogueService::parseBalance(doc(R"({"data":{"balance":"48.6333","access":"50"}})"));
        QCOMPARE(old.balanceSen, std::optional<qint64>(4863));
        QVERIFY(old.readOnly());
        QVERIFY(!CatalogueService::parseBalance(doc(R"({"data":{}})")).ok);
    }

    void options()
    {
        const auto legacy = CatalogueService::parseOptions(doc(R"({"message":"success","data":[{
            "subproduct_code":"Everything Unlimited with Unlimited Weekly Pass RM12","display_name":"Hotlink Internet",
            "denomination":12,"face_value":12,"validity":"7 day","description":"x","account_number":null,"min":null,"max":null}]})"));
        QCOMPARE(legacy.size(), 1);
        QCOMPARE(legacy.first().code, u"Everything Unlimited with Unlimited Weekly Pass RM12"_s);
        QCOMPARE(legacy.first().priceSen, std::optional<qint64>(1200));
        QVERIFY(legacy.first().accountNumber.isEmpty());
        const auto modern = CatalogueService::parseOptions(doc(R"({"product_code":"HI","field_id":"plan","items":[
            {"code":"HI_UNL","label":"Unlimited","price":{"amount":"40.00","currency":"MYR"},"validity":"30 days"}]})"));
        QCOMPARE(modern.size(), 1);
        QCOMPARE(modern.first().label, u"Unlimited"_s);
        QCOMPARE(modern.first().priceSen, std::optional<qint64>(4000));
        const auto ptptn = CatalogueService::parseOptions(doc(R"({"data":[{"subproduct_code":"K",
            "display_name":"DIPLOMA","description":"PTPTN","account_number":"12345678","denomination":null}]})"));
        QCOMPARE(ptptn.first().accountNumber, u"12345678"_s);
        QVERIFY(!ptptn.first().priceSen);
    }

    void presentment_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("blocks");
        QTest::addColumn<bool>("ref2");
        QTest::addColumn<int>("fields");
        QTest::newRow("valid") << QByteArray(R"({"data":{"message":"Account no is valid","BillerName":"TNB",
            "CustomerName":"AHMAD","Outstanding":123.45,"Balance":"0.00","Address":"KL"}})") << true << false << false << 5;
        QTest::newRow("valid, fields missing") << QByteArray(R"({"data":{"message":"Account no is valid","BillerName":"TNB","CustomerName":""}})")
            << true << false << false << 1;
        QTest::newRow("unavailable") << QByteArray(R"({"data":{"message":"Bill presentment is unavailable for this product","BillerName":"TNB"}})")
            << false << false << false << 0;
        QTest::newRow("invalid account") << QByteArray(R"({"data":{"message":"Invalid account no","error_message":"Invalid account no"}})")
            << false << true << false << 0;
        QTest::newRow("ref2 required, top level") << QByteArray(R"({"data":{"message":"Invalid account no"},"error_message":"Ref-2 is required"})")
            << false << true << true << 0;
    }
    void presentment()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(bool, blocks);
        QFETCH(bool, ref2);
        QFETCH(int, fields);
        const BillPresentment p = CatalogueService::parsePresentment(doc(json));
        QVERIFY(p.answered);
        QCOMPARE(p.accountValid, valid);
        QCOMPARE(p.blocksPayment, blocks);
        QCOMPARE(p.ref2Required, ref2);
        QCOMPARE(int(p.shownFields.size()), fields);
        if (valid && fields == 5)
            QCOMPARE(p.outstandingSen, std::optional<qint64>(12345));
    }
};

QTEST_GUILESS_MAIN(TestProductCatalogue)
#include "tst_productcatalogue.moc"

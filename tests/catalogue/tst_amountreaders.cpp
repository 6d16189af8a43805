#include "catalogue/CatalogueService.h"
#include "catalogue/ProductCatalogue.h"
#include "payment/ProductRules.h"
#include "validation/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <limits>

using namespace Qt::StringLiterals;

// Every place that used to turn an amount into sen on its own (Product::parseSen, the
// catalogue's min/max moneyValue() with d*100+0.5, CatalogueService's sen() through
// toDouble(), Money::parseSen, Money::senFromApiAmount) now gives Money's answer for tricky
// inputs: catalogue denominations and limits, option prices, bill outstanding, the wallet
// balance, and the cashier's amount as the engine (UI and `kaunter pay`) checks it.
class TestAmountReaders : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 Rejected = std::numeric_limits<qint64>::min();

    static std::optional<qint64> expect(qint64 sen)
    {
        return sen == Rejected ? std::nullopt : std::optional<qint64>(sen);
    }
    // What a catalogue keeps: only amounts a cashier could sell.
    static std::optional<qint64> sellable(qint64 sen)
    {
        return sen != Rejected && sen > 0 && sen <= Money::MaxAmountSen ? std::optional<qint64>(sen)
                                                                       : std::nullopt;
    }

    // Checks every API-side reader on one JSON value.
    static void checkApiReaders(const QJsonValue &v, qint64 api, qint64 balance)
    {
        QCOMPARE(Money::senFromApiValue(v), expect(api));

        // Catalogue min_amount / max_amount (formerly moneyValue: d*100+0.5 or Product::parseSen).
        const std::optional<Product> p = ProductCatalogue::parseProduct(
            QJsonObject{{u"product_code"_s, u"TNB"_s}, {u"product_group"_s, u"Bills"_s},
                        {u"min_amount"_s, v}, {u"max_amount"_s, v}});
        QVERIFY(p);
        QCOMPARE(p->minAmountSen, sellable(api));
        QCOMPARE(p->maxAmountSen, sellable(api));

        // Option prices and bill outstanding (formerly CatalogueService's sen(): llround(d*100)).
        const QList<SubproductOption> options = CatalogueService::parseOptions(
            QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"subproduct_code"_s, u"P"_s},
                                                           {u"denomination"_s, v}}}}});
        QCOMPARE(options.size(), 1);
        QCOMPARE(options.first().priceSen, expect(api));
        const BillPresentment bill = CatalogueService::parsePresentment(QJsonObject{
            {u"data"_s, QJsonObject{{u"message"_s, u"Account no is valid"_s}, {u"Outstanding"_s, v}}}});
        QCOMPARE(bill.outstandingSen, expect(api));

        // The wallet balance keeps whole sen of a 4-decimal balance, never rounding up.
        const BalanceInfo b = CatalogueService::parseBalance(
            QJsonObject{{u"data"_s, QJsonObject{{u"balance"_s, v}}}});
        QCOMPARE(b.balanceSen, expect(balance));
        QCOMPARE(Money::senFromApiValue(v, Money::SubSen::Truncate), expect(balance));
    }

private slots:
    void textAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("api");       // IIMMPACT grammar, exact sen
        QTest::addColumn<qint64>("balance");   // IIMMPACT grammar, sub-sen dropped
        QTest::addColumn<qint64>("cashier");   // what a cashier typed (UI, --amount)
        const qint64 no = Rejected;
        QTest::newRow("10") << u"10"_s << qint64(1000) << qint64(1000) << qint64(1000);
        QTest::newRow("around spaces") << u" 12 "_s << qint64(1200) << qint64(1200) << qint64(1200);
        QTest::newRow("10.005") << u"10.005"_s << no << qint64(1000) << no;
        QTest::newRow("1.005") << u"1.005"_s << no << qint64(100) << no;
        QTest::newRow("0.3") << u"0.3"_s << qint64(30) << qint64(30) << qint64(30);
        QTest::newRow("0.1+0.2 in text") << u"0.30000000000000004"_s << no << qint64(30) << no;
        QTest::newRow("10.500") << u"10.500"_s << qint64(1050) << qint64(1050) << no;
        QTest::newRow("48.6333") << u"48.6333"_s << no << qint64(4863) << no;
        QTest::newRow("1e3") << u"1e3"_s << no << no << no;
        QTest::newRow("RM10") << u"RM10"_s << no << no << qint64(1000);
        QTest::newRow("1,000") << u"1,000"_s << no << no << qint64(100000);
        QTest::newRow("10,00") << u"10,00"_s << no << no << no;
        QTest::newRow("1 0") << u"1 0"_s << no << no << no;
        QTest::newRow("1 no-break 0") << u"1\u00A00"_s << no << no << no;
        QTest::newRow("-5") << u"-5"_s << qint64(-500) << qint64(-500) << no;
        QTest::newRow("largest cashier amount") << u"999999999.99"_s << qint64(99999999999)
                                                << qint64(99999999999) << qint64(99999999999);
        QTest::newRow("10 ringgit digits") << u"1000000000"_s << qint64(100000000000)
                                           << qint64(100000000000) << no;
        QTest::newRow("20 digits") << u"99999999999999999999"_s << no << no << no;
        QTest::newRow("inf") << u"inf"_s << no << no << no;
        QTest::newRow("0x10") << u"0x10"_s << no << no << no;
    }
    void textAmounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, api);
        QFETCH(qint64, balance);
        QFETCH(qint64, cashier);

        QCOMPARE(Money::senFromApiAmount(text), expect(api));
        checkApiReaders(QJsonValue(text), api, balance);

        // Catalogue denomination lists (formerly Product::parseSen).
        const std::optional<Product> p = ProductCatalogue::parseProduct(
            QJsonObject{{u"product_code"_s, u"D"_s}, {u"denomination"_s, text}});
        QVERIFY(p);
        // The list is split at commas first; each entry is read by Money.
        QList<qint64> listed;
        for (const QString &entry : text.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<qint64> sen = sellable(Money::senFromApiAmount(entry).value_or(Rejected));
            if (sen && !listed.contains(*sen))
                listed.append(*sen);
        }
        if (!text.contains(u','))
            QCOMPARE(listed, sellable(api) ? QList<qint64>{*sellable(api)} : QList<qint64>{});
        QCOMPARE(p->denominationsSen, listed);

        // The cashier's amount: UI fields and --amount reach ProductRules::normalize.
        QCOMPARE(Money::parseSen(text), expect(cashier));
        SaleRequest r;
        r.product = u"D"_s;
        r.account = u"0123456789"_s;
        r.amount = text;
        SubmitError error;
        const std::optional<SaleRequest> n = ProductRules::normalize(r, &error);
        if (cashier == Rejected) {
            QVERIFY(!n);
            QCOMPARE(error.field, u"amount"_s);
        } else {
            QVERIFY2(n, qPrintable(error.message));
            QCOMPARE(n->amount, Money::formatSen(cashier));
        }
    }

    // JSON numbers: read through their shortest decimal text, never d*100 in binary.
    void numberAmounts_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<qint64>("api");
        QTest::addColumn<qint64>("balance");
        const qint64 no = Rejected;
        QTest::newRow("10") << QByteArray("10") << qint64(1000) << qint64(1000);
        QTest::newRow("19.99") << QByteArray("19.99") << qint64(1999) << qint64(1999);
        QTest::newRow("4.35") << QByteArray("4.35") << qint64(435) << qint64(435);
        QTest::newRow("10.005") << QByteArray("10.005") << no << qint64(1000);
        QTest::newRow("0.1+0.2") << QByteArray("0.30000000000000004") << no << qint64(30);
        QTest::newRow("48.6333") << QByteArray("48.6333") << no << qint64(4863);
        QTest::newRow("1e3") << QByteArray("1e3") << qint64(100000) << qint64(100000);
        QTest::newRow("1e20") << QByteArray("1e20") << no << no;
        QTest::newRow("-12.34") << QByteArray("-12.34") << qint64(-1234) << qint64(-1234);
    }
    void numberAmounts()
    {
        QFETCH(QByteArray, number);
        QFETCH(qint64, api);
        QFETCH(qint64, balance);
        QJsonParseError pe;
        const QJsonValue v = QJsonDocument::fromJson("{\"v\":" + number + "}", &pe).object().value(u"v"_s);
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QVERIFY(v.isDouble());
        checkApiReaders(v, api, balance);
    }
};

QTEST_GUILESS_MAIN(TestAmountReaders)
#include "tst_amountreaders.moc"

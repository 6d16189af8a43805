#include "validation/Money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

// MALAYSIA-INPUT.md §7 "Amount -> IIMMPACT string", "Cash rounding" and the PTPTN amount row,
// plus the helpers that read IIMMPACT amounts and catalogue denominations.
class TestMoney : public QObject
{
    Q_OBJECT

private:
    // Product D's catalogue list (IIMMPACT-API.md, product list `denomination`).
    static QString productD() { return u"5,10,15,20,25,30,50,100"_s; }
    // "Not an amount" in _data rows whose valid values may be negative.
    static constexpr qint64 RejectedSen = std::numeric_limits<qint64>::min();

private slots:
    void validateAmount_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");

        auto ok = [](const char *name, const QString &in, const QString &norm) {
            QTest::newRow(name) << in << true << norm;
        };
        auto bad = [](const char *name, const QString &in) {
            QTest::newRow(name) << in << false << QString();
        };

        ok("10", u"10"_s, u"10.00"_s);
        ok("10.5", u"10.5"_s, u"10.50"_s);
        ok("RM 12.30", u"RM 12.30"_s, u"12.30"_s);
        ok("rm12.30", u"rm12.30"_s, u"12.30"_s);
        ok("1,234.56", u"1,234.56"_s, u"1234.56"_s);
        ok("00012.00", u"00012.00"_s, u"12.00"_s);
        ok("RM1,000", u"RM1,000"_s, u"1000.00"_s);
        ok("spaces", u" 12 "_s, u"12.00"_s);
        ok("19.99 exact", u"19.99"_s, u"19.99"_s);
        bad("comma decimal", u"1234,56"_s);
        bad("bad grouping", u"12,34.00"_s);
        bad("3 decimals", u"10.505"_s);
        bad("trailing dot", u"12."_s);
        bad("leading dot", u".50"_s);
        bad("0", u"0"_s);
        bad("0.00", u"0.00"_s);
        bad("negative", u"-5"_s);
        bad("exponent", u"1e3"_s);
        bad("full-width", u"１２"_s);
        bad("PTPTN amount 0", u"0"_s);
        bad("empty", QString());
        bad("RM only", u"RM"_s);
        bad("10 integer digits", u"1234567890"_s);
        bad("two dots", u"1.2.3"_s);
        bad("comma in sen", u"12.3,4"_s);
        ok("largest", u"999,999,999.99"_s, u"999999999.99"_s);
        // White space around the amount and after "RM" is trimmed (§5, §7 " 12 "), whatever
        // its script; white space INSIDE the number is refused: "1 0" is not RM 10.
        ok("no-break spaces around", u"\u00A012\u00A0"_s, u"12.00"_s);
        ok("RM, no-break space", u"RM\u00A012.30"_s, u"12.30"_s);
        ok("tab and newline around", u"\t12.30\n"_s, u"12.30"_s);
        bad("space inside", u"1 0"_s);
        bad("no-break space inside", u"1\u00A00"_s);
        bad("narrow no-break space inside", u"1\u202F000"_s);
        bad("thin space inside", u"1\u2009000"_s);
        bad("ideographic space inside", u"1\u30000"_s);
        bad("en quad inside", u"1\u20000"_s);
        bad("tab inside", u"1\t0"_s);
        bad("space before the sen", u"12 .30"_s);
        bad("space after the dot", u"12. 30"_s);
        bad("space after a thousands comma", u"1, 234.56"_s);
        bad("RM, space inside", u"RM 1 0"_s);
    }

    void validateAmount()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, normalized);

        const ValidationResult r = Money::validateAmount(input);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.error.isEmpty(), ok);
    }

    void parseSen_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<qint64>("sen");
        QTest::newRow("19.99") << u"19.99"_s << qint64(1999);
        QTest::newRow("RM 12.30") << u"RM 12.30"_s << qint64(1230);
        QTest::newRow("10.5") << u"10.5"_s << qint64(1050);
        QTest::newRow("0.01") << u"0.01"_s << qint64(1);
        QTest::newRow("0 parses") << u"0"_s << qint64(0);
        QTest::newRow("Rm 1,000,000") << u"Rm 1,000,000"_s << qint64(100000000);
    }

    void parseSen()
    {
        QFETCH(QString, input);
        QFETCH(qint64, sen);
        QString error = u"stale"_s;
        const std::optional<qint64> v = Money::parseSen(input, &error);
        QVERIFY(v.has_value());
        QCOMPARE(*v, sen);
        QVERIFY(error.isEmpty());
    }

    // The errors are sentences that say what to do, not just "invalid".
    void parseSenErrors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << u"12.30"_s;
        QTest::newRow("comma decimal") << u"1234,56"_s << u"dot"_s;
        QTest::newRow("bad grouping") << u"12,34.00"_s << u"commas"_s;
        QTest::newRow("3 decimals") << u"10.505"_s << u"2 decimals"_s;
        QTest::newRow("leading dot") << u".50"_s << u"0.50"_s;
        QTest::newRow("negative") << u"-5"_s << u"negative"_s;
        QTest::newRow("exponent") << u"1e3"_s << u"\"e\""_s;
        QTest::newRow("full-width") << u"１２"_s << u"0 to 9"_s;
        QTest::newRow("space inside") << u"1 0"_s << u"space"_s;
        QTest::newRow("no-break space inside") << u"1\u00A00"_s << u"U+00A0"_s;
    }

    void parseSenErrors()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!Money::parseSen(input, &error).has_value());
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!Money::parseSen(input).has_value());   // no error pointer: no crash
    }

    // §7 "12 for product D" / "10.00 for product D".
    void denominations_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("list");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("12 for D") << u"12"_s << productD() << false << QString();
        QTest::newRow("10.00 for D") << u"10.00"_s << productD() << true << u"10.00"_s;
        QTest::newRow("RM 100 for D") << u"RM 100"_s << productD() << true << u"100.00"_s;
        QTest::newRow("10.50 in decimal list") << u"10.5"_s << u"5, 10.50 ,20"_s << true << u"10.50"_s;
        QTest::newRow("10 not in decimal list") << u"10"_s << u"5,10.50,20"_s << false << QString();
        QTest::newRow("0 never") << u"0"_s << u"0,5"_s << false << QString();
    }

    void denominations()
    {
        QFETCH(QString, input);
        QFETCH(QString, list);
        QFETCH(bool, ok);
        QFETCH(QString, normalized);
        const ValidationResult r = Money::validateAmount(input, list);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.error.isEmpty(), ok);
    }

    void isDenomination_data()
    {
        QTest::addColumn<qint64>("sen");
        QTest::addColumn<QString>("list");
        QTest::addColumn<bool>("expected");
        QTest::newRow("1000 in D") << qint64(1000) << productD() << true;
        QTest::newRow("1200 not in D") << qint64(1200) << productD() << false;
        QTest::newRow("500 first") << qint64(500) << productD() << true;
        QTest::newRow("10000 last") << qint64(10000) << productD() << true;
        QTest::newRow("decimal entry") << qint64(1050) << u"10.50"_s << true;
        QTest::newRow("malformed entry") << qint64(1000) << u"ten,1O"_s << false;
        QTest::newRow("empty list") << qint64(1000) << QString() << false;
        QTest::newRow("negative entry") << qint64(-500) << u"-5"_s << false;
    }

    void isDenomination()
    {
        QFETCH(qint64, sen);
        QFETCH(QString, list);
        QFETCH(bool, expected);
        QCOMPARE(Money::isDenomination(sen, list), expected);
    }

    // §7 "Cash rounding (cash tender only)".
    void cashRounded_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("cash");
        QTest::newRow("82.00") << qint64(8200) << qint64(8200);
        QTest::newRow("82.01") << qint64(8201) << qint64(8200);
        QTest::newRow("82.02") << qint64(8202) << qint64(8200);
        QTest::newRow("82.03") << qint64(8203) << qint64(8205);
        QTest::newRow("82.04") << qint64(8204) << qint64(8205);
        QTest::newRow("82.05") << qint64(8205) << qint64(8205);
        QTest::newRow("82.06") << qint64(8206) << qint64(8205);
        QTest::newRow("82.07") << qint64(8207) << qint64(8205);
        QTest::newRow("82.08") << qint64(8208) << qint64(8210);
        QTest::newRow("82.09") << qint64(8209) << qint64(8210);
        QTest::newRow("13.99") << qint64(1399) << qint64(1400);
        QTest::newRow("JomPAY 123.47 cash") << qint64(12347) << qint64(12345);
        QTest::newRow("0.01") << qint64(1) << qint64(0);
        QTest::newRow("0.03") << qint64(3) << qint64(5);
        QTest::newRow("refund -82.03") << qint64(-8203) << qint64(-8205);
    }

    void cashRounded()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, cash);
        QCOMPARE(Money::cashRounded(total), cash);
    }

    // Rounding is for the cash tender only: the IIMMPACT amount stays exact.
    void roundingNeverTouchesTheApiAmount_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("apiAmount");
        QTest::addColumn<QString>("cashPayable");
        QTest::newRow("JomPAY 123.47") << u"123.47"_s << u"123.47"_s << u"123.45"_s;
        QTest::newRow("13.99 card stays") << u"13.99"_s << u"13.99"_s << u"14.00"_s;
    }

    void roundingNeverTouchesTheApiAmount()
    {
        QFETCH(QString, input);
        QFETCH(QString, apiAmount);
        QFETCH(QString, cashPayable);
        const ValidationResult r = Money::validateAmount(input);
        QVERIFY(r.ok);
        QCOMPARE(r.normalized, apiAmount);
        QCOMPARE(Money::formatSen(Money::cashRounded(*Money::parseSen(input))), cashPayable);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("sen");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("ringgit");
        QTest::newRow("12.30") << qint64(1230) << u"12.30"_s << u"RM 12.30"_s;
        QTest::newRow("0") << qint64(0) << u"0.00"_s << u"RM 0.00"_s;
        QTest::newRow("0.05") << qint64(5) << u"0.05"_s << u"RM 0.05"_s;
        QTest::newRow("999.99") << qint64(99999) << u"999.99"_s << u"RM 999.99"_s;
        QTest::newRow("1,234.56") << qint64(123456) << u"1234.56"_s << u"RM 1,234.56"_s;
        QTest::newRow("1,000,000.00") << qint64(100000000) << u"1000000.00"_s << u"RM 1,000,000.00"_s;
        QTest::newRow("-0.05") << qint64(-5) << u"-0.05"_s << u"-RM 0.05"_s;
        QTest::newRow("-1,234.56") << qint64(-123456) << u"-1234.56"_s << u"-RM 1,234.56"_s;
        QTest::newRow("qint64 min") << std::numeric_limits<qint64>::min()
                                    << u"-92233720368547758.08"_s
                                    << u"-RM 92,233,720,368,547,758.08"_s;
    }

    void format()
    {
        QFETCH(qint64, sen);
        QFETCH(QString, plain);
        QFETCH(QString, ringgit);
        QCOMPARE(Money::formatSen(sen), plain);
        QCOMPARE(Money::formatRinggit(sen), ringgit);
    }

    // Amounts as IIMMPACT returns them (IIMMPACT-API.md: "10", "150.00", numbers).
    void senFromApiAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("sen");
        QTest::newRow("10") << u"10"_s << true << qint64(1000);
        QTest::newRow("150.00") << u"150.00"_s << true << qint64(15000);
        QTest::newRow("40.5") << u"40.5"_s << true << qint64(4050);
        QTest::newRow("10.500 trailing zeros") << u"10.500"_s << true << qint64(1050);
        QTest::newRow("19.99") << u"19.99"_s << true << qint64(1999);
        QTest::newRow("signed -12.34") << u"-12.34"_s << true << qint64(-1234);
        QTest::newRow("spaces") << u" 5 "_s << true << qint64(500);
        QTest::newRow("48.6333 too precise") << u"48.6333"_s << false << qint64(0);
        QTest::newRow("10.001") << u"10.001"_s << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("10.") << u"10."_s << false << qint64(0);
        QTest::newRow(".5") << u".5"_s << false << qint64(0);
        QTest::newRow("1e3") << u"1e3"_s << false << qint64(0);
        QTest::newRow("RM 10") << u"RM 10"_s << false << qint64(0);
        QTest::newRow("1,000") << u"1,000"_s << false << qint64(0);
        QTest::newRow("minus only") << u"-"_s << false << qint64(0);
        QTest::newRow("full-width") << u"１０"_s << false << qint64(0);
        QTest::newRow("16 integer digits") << u"1234567890123456"_s << false << qint64(0);
        QTest::newRow("space inside") << u"1 0"_s << false << qint64(0);
        QTest::newRow("no-break space inside") << u"1\u00A00"_s << false << qint64(0);
        QTest::newRow("double minus") << u"--5"_s << false << qint64(0);
    }

    void senFromApiAmount()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, sen);
        const std::optional<qint64> v = Money::senFromApiAmount(text);
        QCOMPARE(v.has_value(), ok);
        if (ok)
            QCOMPARE(*v, sen);
    }

    // JSON values as IIMMPACT sends them: numbers are read through their shortest decimal
    // text, never multiplied as doubles; wallet balances may drop sub-sen digits.
    void senFromApiValue_data()
    {
        QTest::addColumn<QByteArray>("json");      // the value of "v"
        QTest::addColumn<qint64>("exact");         // SubSen::Refuse
        QTest::addColumn<qint64>("truncated");     // SubSen::Truncate
        const qint64 rejected = RejectedSen;
        QTest::newRow("number 19.99") << QByteArray("19.99") << qint64(1999) << qint64(1999);
        QTest::newRow("number 4.35") << QByteArray("4.35") << qint64(435) << qint64(435);
        QTest::newRow("number 1.15") << QByteArray("1.15") << qint64(115) << qint64(115);
        QTest::newRow("number 0.1+0.2") << QByteArray("0.30000000000000004") << rejected << qint64(30);
        QTest::newRow("number 10.005") << QByteArray("10.005") << rejected << qint64(1000);
        QTest::newRow("number 48.6333") << QByteArray("48.6333") << rejected << qint64(4863);
        QTest::newRow("number 48.6399 not rounded up") << QByteArray("48.6399") << rejected << qint64(4863);
        QTest::newRow("number 1e3") << QByteArray("1e3") << qint64(100000) << qint64(100000);
        QTest::newRow("number 1e20 too large") << QByteArray("1e20") << rejected << rejected;
        QTest::newRow("number -12.34") << QByteArray("-12.34") << qint64(-1234) << qint64(-1234);
        QTest::newRow("string 10.500") << QByteArray(R"("10.500")") << qint64(1050) << qint64(1050);
        QTest::newRow("string 1e3") << QByteArray(R"("1e3")") << rejected << rejected;
        QTest::newRow("string 1 0") << QByteArray(R"("1 0")") << rejected << rejected;
        QTest::newRow("money object") << QByteArray(R"({"amount":"40.00","currency":"MYR"})") << qint64(4000) << qint64(4000);
        QTest::newRow("null") << QByteArray("null") << rejected << rejected;
        QTest::newRow("bool") << QByteArray("true") << rejected << rejected;
    }

    void senFromApiValue()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, exact);
        QFETCH(qint64, truncated);
        QJsonParseError pe;
        const QJsonValue v = QJsonDocument::fromJson("{\"v\":" + json + "}", &pe).object().value(u"v"_s);
        QCOMPARE(pe.error, QJsonParseError::NoError);
        const auto expect = [](qint64 sen) { return sen == RejectedSen ? std::optional<qint64>() : std::optional<qint64>(sen); };
        QCOMPARE(Money::senFromApiValue(v), expect(exact));
        QCOMPARE(Money::senFromApiValue(v, Money::SubSen::Truncate), expect(truncated));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"

#include "validation/MobileNumber.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// MALAYSIA-INPUT.md §7 "Mobile -> IIMMPACT account", row by row.
class TestMobileNumber : public QObject
{
    Q_OBJECT

private slots:
    void validate_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("staging");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("errorMentions");

        auto ok = [](const char *name, const QString &in, const QString &norm, bool staging = false) {
            QTest::newRow(name) << in << staging << true << norm << QString();
        };
        auto bad = [](const char *name, const QString &in, const QString &mentions) {
            QTest::newRow(name) << in << false << false << QString() << mentions;
        };

        ok("plain", u"0123456789"_s, u"0123456789"_s);
        ok("hyphen space", u"012-345 6789"_s, u"0123456789"_s);
        ok("+60", u"+60 12-345 6789"_s, u"0123456789"_s);
        ok("bare 60", u"60123456789"_s, u"0123456789"_s);
        ok("0060", u"0060123456789"_s, u"0123456789"_s);
        ok("+60 with trunk 0", u"+60 012-345 6789"_s, u"0123456789"_s);
        ok("leading 0 missing", u"123456789"_s, u"0123456789"_s);
        ok("parentheses", u"(019) 876-5432"_s, u"0198765432"_s);
        ok("dots", u"017.888.9999"_s, u"0178889999"_s);
        ok("010", u"0102345678"_s, u"0102345678"_s);
        ok("+60-18", u"+60-18-2345678"_s, u"0182345678"_s);
        ok("011", u"011-2345 6789"_s, u"01123456789"_s);
        ok("+6011", u"+6011-1234 5678"_s, u"01112345678"_s);
        ok("011 leading 0 missing", u"1123456789"_s, u"01123456789"_s);
        bad("011 short", u"011-234 5678"_s, u"011"_s);
        bad("012 long", u"012-345 67890"_s, u"012"_s);
        bad("9 digits", u"012345678"_s, u"10 digits"_s);
        bad("short after 60", u"6012345678"_s, u"60"_s);
        bad("015 VoIP", u"015-4601 2345"_s, u"015"_s);
        bad("landline", u"03-2345 6789"_s, u"landline"_s);
        bad("+65", u"+65 9123 4567"_s, u"not a Malaysian"_s);
        bad("letter", u"0123456789x"_s, u"\"x\""_s);
        bad("Arabic-Indic digits", u"٠١٢٣٤٥٦٧٨٩"_s, u"0 to 9"_s);
        bad("empty", QString(), u"mobile number"_s);
        ok("staging test account verbatim", u"60123450052"_s, u"60123450052"_s, true);
        ok("production test account normalised", u"60123450052"_s, u"0123450052"_s, false);
    }

    void validate()
    {
        QFETCH(QString, input);
        QFETCH(bool, staging);
        QFETCH(bool, ok);
        QFETCH(QString, normalized);
        QFETCH(QString, errorMentions);

        const ValidationResult r = MobileNumber::validate(input, staging);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.normalized, normalized);
        if (ok) {
            QVERIFY(r.error.isEmpty());
        } else {
            QVERIFY(!r.error.isEmpty());
            QVERIFY2(r.error.contains(errorMentions), qPrintable(r.error));
        }
    }

    // Staging mode changes only the test-account block; everything else normalises as usual.
    void stagingKeepsOtherNumbersNormalised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("ordinary 60 number") << u"60198765432"_s << u"0198765432"_s;
        QTest::newRow("+60 test account") << u"+60123450052"_s << u"0123450052"_s;
        QTest::newRow("national") << u"0123456789"_s << u"0123456789"_s;
    }

    void stagingKeepsOtherNumbersNormalised()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const ValidationResult r = MobileNumber::validate(input, true);
        QVERIFY(r.ok);
        QCOMPARE(r.normalized, normalized);
    }

    void otherRejections_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("00 international to elsewhere") << u"0065 9123 4567"_s;
        QTest::newRow("plus only") << u"+"_s;
        QTest::newRow("+60 only") << u"+60"_s;
        QTest::newRow("plus in the middle") << u"012+3456789"_s;
        QTest::newRow("full-width digits") << u"０１２３４５６７８９"_s;
        QTest::newRow("02 prefix") << u"0223456789"_s;
        QTest::newRow("+60 3 landline") << u"+60 3-2345 6789"_s;
    }

    void otherRejections()
    {
        QFETCH(QString, input);
        const ValidationResult r = MobileNumber::validate(input);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.normalized.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMobileNumber)
#include "tst_mobilenumber.moc"

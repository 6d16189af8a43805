#include "validation/PassportNumber.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// MALAYSIA-INPUT.md §7 "Passport (non-Malaysian)", row by row.
class TestPassportNumber : public QObject
{
    Q_OBJECT

private slots:
    void validate_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<bool>("warns");

        auto ok = [](const char *name, const QString &in, const QString &norm, bool warns = false) {
            QTest::newRow(name) << in << true << norm << warns;
        };
        auto bad = [](const char *name, const QString &in) {
            QTest::newRow(name) << in << false << QString() << false;
        };

        ok("E12345678", u"E12345678"_s, u"E12345678"_s);
        ok("lowercase p", u"p1234567"_s, u"P1234567"_s);
        ok("spaces", u"AB 123 4567"_s, u"AB1234567"_s);
        ok("hyphen", u"A-1234567"_s, u"A1234567"_s);
        ok("all-numeric", u"123456789"_s, u"123456789"_s);
        ok("K Malaysian warns", u"K12345678"_s, u"K12345678"_s, true);
        ok("h Malaysian warns", u"h12345678"_s, u"H12345678"_s, true);
        ok("8 digits", u"12345678"_s, u"12345678"_s);
        ok("11 chars", u"M1234567890"_s, u"M1234567890"_s);
        ok("6 chars", u"X12345"_s, u"X12345"_s);
        bad("5 chars", u"X1234"_s);
        bad("15 chars", u"A12345678901234"_s);
        bad("no digit", u"ABCDEFGHI"_s);
        bad("one repeated character", u"000000000"_s);
        bad("MRZ filler", u"A1234567<"_s);
        bad("hash", u"A1234567#"_s);
        bad("non-ASCII A umlaut", u"Ä1234567"_s);
        // The MyKad path: accepted as an IC, with a note that it is taken as one.
        ok("12 digits -> MyKad", u"900101145678"_s, u"900101145678"_s, true);
        bad("12 digits bad PB", u"900101005678"_s);
        bad("empty", QString());
    }

    void validate()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, normalized);
        QFETCH(bool, warns);

        const ValidationResult r = PassportNumber::validate(input);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.error.isEmpty(), ok);
        QCOMPARE(!r.warning.isEmpty(), warns);
    }

    // A mistyped IC is rejected for its IC fault, not as a passport shape.
    void badMyKadGivesMyKadError()
    {
        const ValidationResult r = PassportNumber::validate(u"900101005678"_s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"Place-of-birth"_s), qPrintable(r.error));
    }

    // QString::toUpper maps "ß" to "SS"; the ASCII check must come first.
    void sharpSIsNotUppercasedIntoValidity()
    {
        QVERIFY(!PassportNumber::validate(u"ß12345"_s).ok);
    }
};

QTEST_GUILESS_MAIN(TestPassportNumber)
#include "tst_passportnumber.moc"

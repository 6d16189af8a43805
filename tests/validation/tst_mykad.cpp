#include "validation/MyKad.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// MALAYSIA-INPUT.md §7 "MyKad" (today = 2026-11-28), row by row, plus the PB table and the
// century rule for ages.
class TestMyKad : public QObject
{
    Q_OBJECT

private slots:
    void validate_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("errorMentions");   // a fragment the error must name

        auto ok = [](const char *name, const QString &in, const QString &norm) {
            QTest::newRow(name) << in << true << norm << QString();
        };
        auto bad = [](const char *name, const QString &in, const QString &mentions) {
            QTest::newRow(name) << in << false << QString() << mentions;
        };

        ok("900101-14-5678 KL female", u"900101-14-5678"_s, u"900101145678"_s);
        ok("900101145678 plain", u"900101145678"_s, u"900101145678"_s);
        ok("spaces male", u" 900101 14 5677 "_s, u"900101145677"_s);
        ok("separators anywhere", u"9001011-45678"_s, u"900101145678"_s);
        ok("000229 leap 2000", u"000229-10-1234"_s, u"000229101234"_s);
        bad("010229 no 29 Feb", u"010229-10-1234"_s, u"29/02/01"_s);
        ok("960229 Perak 1996", u"960229-08-1235"_s, u"960229081235"_s);
        bad("month 13", u"901301-14-5678"_s, u"Month 13"_s);
        bad("day 00", u"900100-14-5678"_s, u"Day 00"_s);
        bad("31 April", u"900431-14-5678"_s, u"31/04/90"_s);
        ok("261231 -> 1926", u"261231-14-5671"_s, u"261231145671"_s);
        ok("300101 -> 1930", u"300101-43-6001"_s, u"300101436001"_s);
        ok("Johor 23", u"991231-23-0001"_s, u"991231230001"_s);
        ok("Perak 36", u"850615-36-1233"_s, u"850615361233"_s);
        ok("Perak 39", u"850615-39-1233"_s, u"850615391233"_s);
        ok("Negeri Sembilan 59", u"900101-59-5678"_s, u"900101595678"_s);
        ok("state unknown 82", u"900101-82-5678"_s, u"900101825678"_s);
        ok("abroad legacy 71", u"900101-71-5678"_s, u"900101715678"_s);
        ok("Singapore 66", u"900101-66-5678"_s, u"900101665678"_s);
        ok("stateless 98", u"900101-98-5678"_s, u"900101985678"_s);
        ok("99", u"900101-99-5678"_s, u"900101995678"_s);
        bad("PB 00", u"900101-00-5678"_s, u"code 00"_s);
        bad("PB 17", u"900101-17-5678"_s, u"code 17"_s);
        bad("PB 69", u"900101-69-5678"_s, u"code 69"_s);
        bad("PB 70 disputed", u"900101-70-5678"_s, u"code 70"_s);
        bad("PB 80", u"900101-80-5678"_s, u"code 80"_s);
        bad("PB 95", u"900101-95-5678"_s, u"code 95"_s);
        bad("11 digits", u"90010114567"_s, u"12 digits"_s);
        bad("13 digits", u"9001011456789"_s, u"12 digits"_s);
        bad("invalid character", u"900101-14-567A"_s, u"\"A\""_s);
        bad("pre-1990 format", u"A1234567"_s, u"12-digit"_s);
        bad("Arabic-Indic digits", u"٩٠٠١٠١١٤٥٦٧٨"_s, u"0 to 9"_s);
        bad("empty", QString(), u"IC number"_s);
    }

    void validate()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, normalized);
        QFETCH(QString, errorMentions);

        const ValidationResult r = MyKad::validate(input);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.normalized, normalized);
        if (ok) {
            QVERIFY(r.error.isEmpty());
            QVERIFY(r.warning.isEmpty());
        } else {
            QVERIFY(!r.error.isEmpty());
            QVERIFY2(r.error.contains(errorMentions), qPrintable(r.error));
        }
    }

    // §7 "age logic": 20YY unless after today, else 19YY.
    void birthDate_data()
    {
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QDate>("expected");

        QTest::newRow("261231 -> 1926") << u"261231145671"_s << QDate(1926, 12, 31);
        QTest::newRow("300101 -> 1930") << u"300101436001"_s << QDate(1930, 1, 1);
        QTest::newRow("000229 -> 2000") << u"000229101234"_s << QDate(2000, 2, 29);
        QTest::newRow("960229 -> 1996") << u"960229081235"_s << QDate(1996, 2, 29);
        QTest::newRow("900101 -> 1990") << u"900101145678"_s << QDate(1990, 1, 1);
        QTest::newRow("261128 today -> 2026") << u"261128145678"_s << QDate(2026, 11, 28);
        QTest::newRow("261129 tomorrow -> 1926") << u"261129145678"_s << QDate(1926, 11, 29);
        QTest::newRow("010229 -> none") << u"010229101234"_s << QDate();
        QTest::newRow("11 digits -> none") << u"90010114567"_s << QDate();
    }

    void birthDate()
    {
        QFETCH(QString, normalized);
        QFETCH(QDate, expected);
        const std::optional<QDate> d = MyKad::birthDate(normalized, QDate(2026, 11, 28));
        QCOMPARE(d.has_value(), expected.isValid());
        if (d)
            QCOMPARE(*d, expected);
    }

    // The PB table of §1, code by code: "Valid" list vs "Unassigned" list.
    void placeOfBirthTable_data()
    {
        QTest::addColumn<int>("pb");
        QTest::addColumn<bool>("valid");
        const QSet<int> unassigned{0, 17, 18, 19, 20, 69, 70, 73, 80, 81, 94, 95, 96, 97};
        for (int pb = 0; pb <= 99; ++pb)
            QTest::addRow("PB %02d", pb) << pb << !unassigned.contains(pb);
    }

    void placeOfBirthTable()
    {
        QFETCH(int, pb);
        QFETCH(bool, valid);
        QCOMPARE(MyKad::isValidPlaceOfBirth(pb), valid);
        QCOMPARE(MyKad::defaultPlaceOfBirthCodes().contains(pb), valid);
        QCOMPARE(MyKad::placeOfBirth(pb).isEmpty(), !valid);
        const QString ic = u"900101%1%2"_s.arg(pb, 2, 10, QLatin1Char('0')).arg(u"5678"_s);
        QCOMPARE(MyKad::validate(ic).ok, valid);
    }

    void placeOfBirthListMatchesDocument()
    {
        const auto parsed = MyKad::parsePlaceOfBirthCodes(
            u"01-16, 21-59, 60-68, 71, 72, 74-79, 82-93, 98, 99"_s);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, MyKad::defaultPlaceOfBirthCodes());
        QCOMPARE(MyKad::placeOfBirth(14), u"WP Kuala Lumpur"_s);
        QCOMPARE(MyKad::placeOfBirth(8), u"Perak"_s);
    }

    // PB 70 is disputed: a configured set may accept it.
    void placeOfBirthConfigurable()
    {
        QSet<int> withSeventy = MyKad::defaultPlaceOfBirthCodes();
        withSeventy.insert(70);
        const ValidationResult r = MyKad::validate(u"900101-70-5678"_s, withSeventy);
        QVERIFY(r.ok);
        QCOMPARE(r.normalized, u"900101705678"_s);

        const auto narrow = MyKad::parsePlaceOfBirthCodes(u"14"_s);
        QVERIFY(narrow.has_value());
        QVERIFY(MyKad::validate(u"900101-14-5678"_s, *narrow).ok);
        QVERIFY(!MyKad::validate(u"900101-10-5678"_s, *narrow).ok);
    }

    void parsePlaceOfBirthCodesRejectsGarbage_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("empty") << QString();
        QTest::newRow("letters") << u"01-1x"_s;
        QTest::newRow("reversed range") << u"16-01"_s;
        QTest::newRow("three digits") << u"100"_s;
        QTest::newRow("full-width") << u"１４"_s;
    }

    void parsePlaceOfBirthCodesRejectsGarbage()
    {
        QFETCH(QString, spec);
        QVERIFY(!MyKad::parsePlaceOfBirthCodes(spec).has_value());
    }
};

QTEST_GUILESS_MAIN(TestMyKad)
#include "tst_mykad.moc"

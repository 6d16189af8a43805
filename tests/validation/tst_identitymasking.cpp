#include "validation/IdentityNumber.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// MALAYSIA-INPUT.md §7 "Masking", the JomPAY "payer IC missing" row and the PTPTN rows that
// are identity validation (lookup IC, ic_number missing, ic_number differs from the lookup).
class TestIdentityMasking : public QObject
{
    Q_OBJECT

private slots:
    void mask_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("printed");
        QTest::newRow("900101145678") << u"900101145678"_s << u"XXXXXX-XX-5678"_s;
        QTest::newRow("900101-14-5678") << u"900101-14-5678"_s << u"XXXXXX-XX-5678"_s;
        QTest::newRow("E12345678") << u"E12345678"_s << u"XXXXX5678"_s;
        QTest::newRow("6-char passport") << u"X12345"_s << u"XX2345"_s;
        QTest::newRow("12-char passport") << u"M12345678901"_s << u"XXXXXXXX8901"_s;
        QTest::newRow("short is fully masked") << u"1234"_s << u"XXXX"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void mask()
    {
        QFETCH(QString, input);
        QFETCH(QString, printed);
        QCOMPARE(IdentityNumber::mask(input), printed);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("passport");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("JomPAY payer IC missing") << QString() << false << false << QString();
        QTest::newRow("JomPAY payer passport missing") << QString() << true << false << QString();
        QTest::newRow("PTPTN ic_number missing") << u"  "_s << false << false << QString();
        QTest::newRow("PTPTN lookup IC 900101-14-5678") << u"900101-14-5678"_s << false << true
                                                        << u"900101145678"_s;
        QTest::newRow("passport E12345678") << u"E12345678"_s << true << true << u"E12345678"_s;
        QTest::newRow("passport mode, 12 digits -> IC") << u"900101145678"_s << true << true
                                                        << u"900101145678"_s;
        QTest::newRow("IC mode rejects passport") << u"E12345678"_s << false << false << QString();
        QTest::newRow("bad PB") << u"900101-17-5678"_s << false << false << QString();
    }

    void validate()
    {
        QFETCH(QString, input);
        QFETCH(bool, passport);
        QFETCH(bool, ok);
        QFETCH(QString, normalized);
        const ValidationResult r = IdentityNumber::validate(input, passport);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.error.isEmpty(), ok);
    }

    // A missing ic_number blocks the payment and says why (AMLA).
    void missingIcNamesTheLaw()
    {
        const ValidationResult r = IdentityNumber::validate(QString(), false);
        QVERIFY2(r.error.contains(u"AMLA"_s), qPrintable(r.error));
    }

    // PTPTN: ic_number must equal the IC used for the account lookup.
    void sameIdentity_data()
    {
        QTest::addColumn<QString>("lookupIc");
        QTest::addColumn<QString>("icNumber");
        QTest::addColumn<bool>("same");
        QTest::newRow("same, formatted differently") << u"900101-14-5678"_s << u"900101145678"_s << true;
        QTest::newRow("ic_number differs from lookup IC") << u"900101-14-5678"_s
                                                          << u"900101-14-5677"_s << false;
        QTest::newRow("ic_number missing") << u"900101-14-5678"_s << QString() << false;
        QTest::newRow("both invalid never match") << u"900101-17-5678"_s << u"900101-17-5678"_s
                                                  << false;
    }

    void sameIdentity()
    {
        QFETCH(QString, lookupIc);
        QFETCH(QString, icNumber);
        QFETCH(bool, same);
        QCOMPARE(IdentityNumber::sameIdentity(lookupIc, icNumber, false), same);
    }

    // The mask never prints the birth date or place-of-birth digits of a MyKad.
    void maskHidesEverythingButTheLastFour()
    {
        const QString masked = IdentityNumber::mask(u"900101-14-5678"_s);
        QCOMPARE(masked.count(u'X'), 8);
        QVERIFY(!masked.contains(u"9001"_s));
        QVERIFY(!masked.contains(u"14-"_s));
    }
};

QTEST_GUILESS_MAIN(TestIdentityMasking)
#include "tst_identitymasking.moc"

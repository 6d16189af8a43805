#include "validation/JomPay.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// MALAYSIA-INPUT.md §7 "JomPAY", row by row. The "payer IC missing" row is in
// tst_identitymasking (IdentityNumber); "presentment Invalid account no" is a server reply,
// handled by the bill-presentment code, not by a field validator.
class TestJomPay : public QObject
{
    Q_OBJECT

private slots:
    void biller_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("5454") << u"5454"_s << true << u"5454"_s;
        QTest::newRow("26054") << u"26054"_s << true << u"26054"_s;
        QTest::newRow("trimmed 8888") << u" 8888 "_s << true << u"8888"_s;
        QTest::newRow("0123 kept as text") << u"0123"_s << true << u"0123"_s;
        QTest::newRow("545 too short") << u"545"_s << false << QString();
        QTest::newRow("1234567 too long") << u"1234567"_s << false << QString();
        QTest::newRow("54A4 letter") << u"54A4"_s << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("6 digits boundary") << u"123456"_s << true << u"123456"_s;
        QTest::newRow("full-width") << u"５４５４"_s << false << QString();
        QTest::newRow("inner space") << u"54 54"_s << false << QString();
    }

    void biller()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, normalized);
        const ValidationResult r = JomPay::validateBiller(input);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.error.isEmpty(), ok);
    }

    void ref1_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("TNB account") << u"220012345678"_s << true << u"220012345678"_s;
        QTest::newRow("RB00123SA") << u"RB00123SA"_s << true << u"RB00123SA"_s;
        QTest::newRow("spaced") << u" 2200 1234 5678 "_s << true << u"220012345678"_s;
        QTest::newRow("INV-2025/0001") << u"INV-2025/0001"_s << true << u"INV-2025/0001"_s;
        QTest::newRow("ABC#123") << u"ABC#123"_s << false << QString();
        QTest::newRow("21 characters") << u"ABCDEFGHIJ1234567890K"_s << false << QString();
        QTest::newRow("full-width 123") << u"１２３"_s << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("20 characters boundary") << u"ABCDEFGHIJ1234567890"_s << true
                                                << u"ABCDEFGHIJ1234567890"_s;
        QTest::newRow("spaces only") << u"   "_s << false << QString();
    }

    void ref1()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, normalized);
        const ValidationResult r = JomPay::validateRef1(input);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.error.isEmpty(), ok);
    }

    void ref1LengthIsConfigurable()
    {
        QVERIFY(JomPay::validateRef1(u"ABCDEFGHIJ1234567890K"_s, 24).ok);
        QVERIFY(!JomPay::validateRef1(u"1234567890"_s, 8).ok);
    }

    void ref2_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("empty, optional") << QString() << false << true << QString();
        QTest::newRow("empty, Ref-2 is required") << QString() << true << false << QString();
        QTest::newRow("INV-2025-0001") << u"INV-2025-0001"_s << false << true << u"INV-2025-0001"_s;
        QTest::newRow("TAN AH KOW") << u"TAN AH KOW"_s << false << true << u"TAN AH KOW"_s;
        QTest::newRow("31 characters") << u"ABCDEFGHIJ1234567890abcdefghijK"_s << false << false
                                       << QString();
        QTest::newRow("30 characters boundary") << u"ABCDEFGHIJ1234567890abcdefghij"_s << true
                                                << true << u"ABCDEFGHIJ1234567890abcdefghij"_s;
        QTest::newRow("trimmed") << u"  TAN AH KOW "_s << true << true << u"TAN AH KOW"_s;
        QTest::newRow("spaces only, optional") << u"   "_s << false << true << QString();
        QTest::newRow("non-ASCII") << u"TÂN"_s << false << false << QString();
        QTest::newRow("control character") << u"INV\t1"_s << false << false << QString();
    }

    void ref2()
    {
        QFETCH(QString, input);
        QFETCH(bool, required);
        QFETCH(bool, ok);
        QFETCH(QString, normalized);
        const ValidationResult r = JomPay::validateRef2(input, required);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.error.isEmpty(), ok);
    }

    void ref2LengthIsConfigurable()
    {
        QVERIFY(JomPay::validateRef2(u"ABCDEFGHIJ1234567890abcdefghijK"_s, true, 40).ok);
        QVERIFY(!JomPay::validateRef2(u"ABCDEF"_s, true, 5).ok);
    }
};

QTEST_GUILESS_MAIN(TestJomPay)
#include "tst_jompay.moc"

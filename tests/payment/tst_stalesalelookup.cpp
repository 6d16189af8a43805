#include "payment/StaleSaleLookup.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

// The pure rules of a stale-sale lookup: which /v2/transactions rows are this sale, and what
// is asked. A wrong "found" would POST a sale IIMMPACT never had; a wrong "not found" only asks
// a supervisor.
class TestStaleSaleLookup : public QObject
{
    Q_OBJECT

private:
    // Created 2025-05-20 10:00:00 Malaysian time (02:00 UTC), last attempt 3 minutes later.
    static SaleRecord sale()
    {
        SaleRecord s;
        s.refid = u"T01-20250520-000042"_s;
        s.product = u"D"_s;
        s.account = u"0123456789"_s;
        s.amount = u"10"_s;
        s.createdAt = QDateTime(QDate(2025, 5, 20), QTime(2, 0), Qt::UTC);
        s.updatedAt = s.createdAt.addSecs(180);
        return s;
    }

    static QJsonObject row(const QString &refid, const QString &date, const QString &amount = u"10.00"_s,
                           const QString &account = u"0123456789"_s, const QString &product = u"D"_s)
    {
        QJsonObject r{{u"trxid"_s, u"880000001"_s}, {u"date"_s, date}, {u"product_code"_s, product},
                      {u"amount"_s, amount}, {u"account"_s, account}, {u"status"_s, u"Successful"_s},
                      {u"status_code"_s, 20}};
        if (!refid.isNull())
            r.insert(u"refid"_s, refid);
        return r;
    }

private slots:
    void match_data()
    {
        QTest::addColumn<QJsonArray>("rows");
        QTest::addColumn<StaleSaleLookup::Verdict>("verdict");
        const QString self = sale().refid;
        const QString at = u"2025-05-20 10:01:30.123"_s;
        using V = StaleSaleLookup::Verdict;

        QTest::newRow("empty list") << QJsonArray{} << V::NotFound;
        QTest::newRow("own refid") << QJsonArray{row(self, at)} << V::Found;
        QTest::newRow("own refid, other details still found")
            << QJsonArray{row(self, u"2025-05-21 09:00:00.000"_s, u"5.00"_s)} << V::Found;
        QTest::newRow("v1 ref_id column")
            << QJsonArray{QJsonObject{{u"ref_id"_s, self}, {u"date"_s, at}}} << V::Found;
        QTest::newRow("another refid with identical details is another sale")
            << QJsonArray{row(u"T01-20250520-000041"_s, at)} << V::NotFound;
        QTest::newRow("no refid column: product, account, amount, time")
            << QJsonArray{row(QString(), at)} << V::Found;
        QTest::newRow("no refid column, empty refid, amount as number")
            << QJsonArray{QJsonObject{{u"refid"_s, u""_s}, {u"date"_s, at}, {u"product_code"_s, u"D"_s},
                                      {u"amount"_s, 10}, {u"account"_s, u"0123456789"_s}}}
            << V::Found;
        QTest::newRow("no refid, other amount") << QJsonArray{row(QString(), at, u"10.50"_s)} << V::NotFound;
        QTest::newRow("no refid, other account")
            << QJsonArray{row(QString(), at, u"10.00"_s, u"0123456788"_s)} << V::NotFound;
        QTest::newRow("no refid, other product")
            << QJsonArray{row(QString(), at, u"10.00"_s, u"0123456789"_s, u"M"_s)} << V::NotFound;
        QTest::newRow("no refid, before the sale (skew exceeded)")
            << QJsonArray{row(QString(), u"2025-05-20 09:57:00.000"_s)} << V::NotFound;
        QTest::newRow("no refid, within the skew before the sale")
            << QJsonArray{row(QString(), u"2025-05-20 09:59:00"_s)} << V::Found;
        QTest::newRow("no refid, after the last attempt (skew exceeded)")
            << QJsonArray{row(QString(), u"2025-05-20 10:05:01.000"_s)} << V::NotFound;
        QTest::newRow("no refid, unreadable date") << QJsonArray{row(QString(), u"20/05/2025"_s)} << V::NotFound;
        QTest::newRow("two look-alikes without refid")
            << QJsonArray{row(QString(), at), row(QString(), u"2025-05-20 10:02:00.000"_s)} << V::Ambiguous;
        QTest::newRow("own refid among look-alikes")
            << QJsonArray{row(QString(), at), row(QString(), at), row(self, at)} << V::Found;
    }

    void match()
    {
        QFETCH(QJsonArray, rows);
        QFETCH(StaleSaleLookup::Verdict, verdict);
        QCOMPARE(StaleSaleLookup::match(sale(), rows), verdict);
    }

    // Pages add up: one look-alike per page is still two.
    void tallyAcrossPages()
    {
        StaleSaleLookup::Tally tally;
        const QString at = u"2025-05-20 10:01:30.123"_s;
        StaleSaleLookup::scan(sale(), QJsonArray{row(QString(), at)}, tally);
        QCOMPARE(StaleSaleLookup::verdict(tally), StaleSaleLookup::Verdict::Found);
        StaleSaleLookup::scan(sale(), QJsonArray{row(QString(), at)}, tally);
        QCOMPARE(StaleSaleLookup::verdict(tally), StaleSaleLookup::Verdict::Ambiguous);
        QCOMPARE(tally.rowsSeen, 2);
    }

    void dateParameter_data()
    {
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<qint64>("lastAttemptAfterSecs");
        QTest::addColumn<QString>("date");
        // 02:00 UTC is 10:00 in Malaysia: the same day.
        QTest::newRow("same day") << QDateTime(QDate(2025, 5, 20), QTime(2, 0), Qt::UTC)
                                  << qint64(60) << u"2025-05-20"_s;
        // 17:00 UTC is 01:00 the next day in Malaysia: IIMMPACT dates it the 21st.
        QTest::newRow("Malaysian date, not UTC") << QDateTime(QDate(2025, 5, 20), QTime(17, 0), Qt::UTC)
                                                 << qint64(60) << u"2025-05-21"_s;
        // 23:59 Malaysian time: the transaction may be dated after midnight.
        QTest::newRow("near midnight") << QDateTime(QDate(2025, 5, 20), QTime(15, 59), Qt::UTC)
                                       << qint64(30) << u"2025-05-20 - 2025-05-21"_s;
        // Re-sent by a recovery two days later: the range covers every day it may have arrived.
        QTest::newRow("later attempt") << QDateTime(QDate(2025, 5, 20), QTime(2, 0), Qt::UTC)
                                       << qint64(2 * 24 * 3600) << u"2025-05-20 - 2025-05-22"_s;
    }

    void dateParameter()
    {
        QFETCH(QDateTime, created);
        QFETCH(qint64, lastAttemptAfterSecs);
        QFETCH(QString, date);
        SaleRecord s = sale();
        s.createdAt = created;
        s.updatedAt = created.addSecs(lastAttemptAfterSecs);
        QCOMPARE(StaleSaleLookup::dateParameter(s), date);
    }

    void queryNamesDateProductAccountAndPages()
    {
        const SaleRecord s = sale();
        const RequestSigner::QueryItems first = StaleSaleLookup::query(s, 0);
        const RequestSigner::QueryItems expected{
            {u"limit"_s, QString::number(StaleSaleLookup::PageLimit)},
            {u"date"_s, u"2025-05-20"_s},
            {u"product"_s, u"D"_s},
            {u"account"_s, u"0123456789"_s},
        };
        QCOMPARE(first, expected);
        const RequestSigner::QueryItems third = StaleSaleLookup::query(s, 2 * StaleSaleLookup::PageLimit);
        QCOMPARE(third.constLast(), (QPair<QString, QString>{u"offset"_s, u"100"_s}));
    }

    void rowDateIsMalaysianTime()
    {
        QCOMPARE(StaleSaleLookup::rowDate(u"2025-05-20 10:01:30.123"_s),
                 QDateTime(QDate(2025, 5, 20), QTime(2, 1, 30, 123), Qt::UTC));
        QCOMPARE(StaleSaleLookup::rowDate(u"2025-05-20 10:01:30"_s),
                 QDateTime(QDate(2025, 5, 20), QTime(2, 1, 30), Qt::UTC));
        QVERIFY(!StaleSaleLookup::rowDate(u"yesterday"_s).isValid());
    }
};

QTEST_APPLESS_MAIN(TestStaleSaleLookup)
#include "tst_stalesalelookup.moc"

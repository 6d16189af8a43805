#include "reconcile/ReconcileResult.h"
#include "reconcile/Reconciliation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

// The pure rules of a reconciliation (issue 10): which journal sales and which rows of
// /v2/transactions are the same transaction, what differs, and what a shop owner is told to do.
// A wrong "agree" hides money; a wrong "missing" sends people chasing a sale that never existed.
class TestReconciliation : public QObject
{
    Q_OBJECT

private:
    // The period: 20 May 2025 in Malaysia, 19 May 16:00 UTC to 20 May 16:00 UTC.
    static QDateTime utc(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate); }

    // Created 10:00 Malaysian time (02:00 UTC) unless told; last attempt 30 s later.
    static SaleRecord sale(const char *refid, SaleState state, const QString &amount = u"10.00"_s,
                           const char *createdUtc = "2025-05-20T02:00:00Z")
    {
        SaleRecord s;
        s.refid = QString::fromLatin1(refid);
        s.terminalId = u"T1"_s;
        s.product = u"D"_s;
        s.account = u"0123456789"_s;
        s.amount = amount;
        s.state = state;
        s.createdAt = utc(createdUtc);
        s.updatedAt = s.createdAt.addSecs(30);
        s.transactionSeen = isTransactionState(state);
        return s;
    }

    static QJsonObject row(const char *refid, const char *status, const QJsonValue &amount = u"10.00"_s,
                           const char *date = "2025-05-20 10:00:10.000", const char *trxid = nullptr)
    {
        static int next = 880000000;
        QJsonObject r{{u"trxid"_s, trxid ? QString::fromLatin1(trxid) : QString::number(++next)},
                      {u"date"_s, QString::fromLatin1(date)}, {u"product_code"_s, u"D"_s},
                      {u"account"_s, u"0123456789"_s}, {u"amount"_s, amount},
                      {u"status"_s, QString::fromLatin1(status)}};
        if (refid)
            r.insert(u"refid"_s, QString::fromLatin1(refid));
        return r;
    }

    static ReconcileResult compare(const QList<SaleRecord> &sales, const QJsonArray &rows)
    {
        Reconciliation::Input in;
        in.terminalId = u"T1"_s;
        const auto [from, to] = Reconciliation::malaysianDayPeriod(QDate(2025, 5, 20));
        in.from = from;
        in.to = to;
        in.sales = sales;
        in.rows = rows;
        return Reconciliation::compare(in);
    }

    // "Kind refid action" per difference, in the result's order.
    static QStringList describe(const ReconcileResult &r)
    {
        QStringList out;
        for (const ReconcileDiff &d : r.differences)
            out << u"%1 %2 %3"_s.arg(ReconcileDiff::kindName(d.kind), d.refid, ReconcileDiff::actionName(d.action));
        return out;
    }

private slots:
    void compare_data()
    {
        QTest::addColumn<QList<SaleRecord>>("sales");
        QTest::addColumn<QJsonArray>("rows");
        QTest::addColumn<QStringList>("differences");
        QTest::addColumn<int>("open");
        QTest::addColumn<int>("notSent");
        QTest::addColumn<int>("otherTerminal");
        using S = SaleState;
        const char *a = "T1-20250520-000001";
        const char *b = "T1-20250520-000002";
        const char *c = "T1-20250520-000003";
        const auto one = [](const char *kind, const char *refid, const char *action) {
            return u"%1 %2 %3"_s.arg(QString::fromLatin1(kind), QString::fromLatin1(refid), QString::fromLatin1(action));
        };

        QTest::newRow("agree: the list spells it Successful")
            << QList{sale(a, S::Succesful)} << QJsonArray{row(a, "Successful")} << QStringList{} << 0 << 0 << 0;
        QTest::newRow("agree: /v2/topup's spelling Succesful too")
            << QList{sale(a, S::Succesful)} << QJsonArray{row(a, "Succesful")} << QStringList{} << 0 << 0 << 0;
        QTest::newRow("agree: failed, refund, amount as a number")
            << QList{sale(a, S::Failed), sale(b, S::Refund)}
            << QJsonArray{row(a, "Failed", 10), row(b, "Refund", u"10"_s)} << QStringList{} << 0 << 0 << 0;
        QTest::newRow("agree: v1 ref_id column")
            << QList{sale(a, S::Succesful)}
            << QJsonArray{QJsonObject{{u"ref_id"_s, QString::fromLatin1(a)}, {u"status"_s, u"Successful"_s},
                                      {u"amount"_s, u"10.00"_s}, {u"date"_s, u"2025-05-20 10:00:10"_s}}}
            << QStringList{} << 0 << 0 << 0;
        QTest::newRow("missing at IIMMPACT: a final sale")
            << QList{sale(a, S::Succesful)} << QJsonArray{}
            << QStringList{one("MissingAtIimmpact", a, "contact-support")} << 0 << 0 << 0;
        QTest::newRow("missing at IIMMPACT: an accepted sale")
            << QList{sale(a, S::Accepted)} << QJsonArray{}
            << QStringList{one("MissingAtIimmpact", a, "check-status")} << 0 << 0 << 0;
        SaleRecord seen = sale(b, S::Unknown);
        seen.transactionSeen = true;
        QTest::newRow("missing at IIMMPACT: unknown, but a transaction was seen")
            << QList{seen} << QJsonArray{} << QStringList{one("MissingAtIimmpact", b, "check-status")} << 0 << 0 << 0;
        QTest::newRow("never received: rejected, needs decision, voided are not missing")
            << QList{sale(a, S::Rejected), sale(b, S::NeedsDecision), sale(c, S::Voided)} << QJsonArray{}
            << QStringList{} << 0 << 3 << 0;
        QTest::newRow("unanswered new and unknown sales are open, not missing")
            << QList{sale(a, S::New), sale(b, S::Unknown)} << QJsonArray{} << QStringList{} << 2 << 0 << 0;
        QTest::newRow("pending at both: open")
            << QList{sale(a, S::Accepted)} << QJsonArray{row(a, "Pending")} << QStringList{} << 1 << 0 << 0;
        QTest::newRow("pending sale IIMMPACT finished: check status")
            << QList{sale(a, S::Processing), sale(b, S::New)}
            << QJsonArray{row(a, "Successful"), row(b, "Failed")}
            << QStringList{one("StatusDiffers", a, "check-status"), one("StatusDiffers", b, "check-status")}
            << 0 << 0 << 0;
        QTest::newRow("refunded after success: check status")
            << QList{sale(a, S::Succesful)} << QJsonArray{row(a, "Refund")}
            << QStringList{one("StatusDiffers", a, "check-status")} << 0 << 0 << 0;
        QTest::newRow("success against failure: contact support, both ways")
            << QList{sale(a, S::Succesful), sale(b, S::Failed)}
            << QJsonArray{row(a, "Failed"), row(b, "Successful")}
            << QStringList{one("StatusDiffers", a, "contact-support"), one("StatusDiffers", b, "contact-support")}
            << 0 << 0 << 0;
        QTest::newRow("final sale listed as pending or unreadable: check status")
            << QList{sale(a, S::Succesful), sale(b, S::Failed)}
            << QJsonArray{row(a, "Pending"), row(b, "Gagal")}
            << QStringList{one("StatusDiffers", a, "check-status"), one("StatusDiffers", b, "check-status")}
            << 0 << 0 << 0;
        QTest::newRow("a sale waiting for a decision that IIMMPACT has: check status, never void")
            << QList{sale(a, S::NeedsDecision)} << QJsonArray{row(a, "Successful")}
            << QStringList{one("StatusDiffers", a, "check-status")} << 0 << 0 << 0;
        QTest::newRow("voided or rejected sale that IIMMPACT has: contact support")
            << QList{sale(a, S::Voided), sale(b, S::Rejected)}
            << QJsonArray{row(a, "Successful"), row(b, "Failed")}
            << QStringList{one("StatusDiffers", a, "contact-support"), one("StatusDiffers", b, "contact-support")}
            << 0 << 0 << 0;
        QTest::newRow("amount differs")
            << QList{sale(a, S::Succesful)} << QJsonArray{row(a, "Successful", u"12.50"_s)}
            << QStringList{one("AmountDiffers", a, "contact-support")} << 0 << 0 << 0;
        QTest::newRow("amount and status differ: two differences")
            << QList{sale(a, S::Succesful)} << QJsonArray{row(a, "Refund", u"12.50"_s)}
            << QStringList{one("AmountDiffers", a, "contact-support"), one("StatusDiffers", a, "check-status")}
            << 0 << 0 << 0;
        QTest::newRow("missing in journal: this till's refid")
            << QList<SaleRecord>{} << QJsonArray{row(a, "Successful")}
            << QStringList{one("MissingInJournal", a, "contact-support")} << 0 << 0 << 0;
        QTest::newRow("another till of the merchant: not compared")
            << QList<SaleRecord>{} << QJsonArray{row("T2-20250520-000001", "Successful"), row("PORTAL-9", "Failed")}
            << QStringList{} << 0 << 0 << 2;
        QTest::newRow("prefix is the whole terminal id: T10 is another till")
            << QList<SaleRecord>{} << QJsonArray{row("T10-20250520-000001", "Successful")} << QStringList{} << 0 << 0 << 1;
        QTest::newRow("without refid: paired by product, account, amount and time")
            << QList{sale(a, S::Succesful)} << QJsonArray{row(nullptr, "Successful")} << QStringList{} << 0 << 0 << 0;
        QTest::newRow("without refid: paired, status differs")
            << QList{sale(a, S::Succesful)} << QJsonArray{row(nullptr, "Refund")}
            << QStringList{one("StatusDiffers", a, "check-status")} << 0 << 0 << 0;
        QTest::newRow("without refid, no such sale: check the portal")
            << QList<SaleRecord>{} << QJsonArray{row(nullptr, "Successful")}
            << QStringList{one("MissingInJournal", "", "check-portal")} << 0 << 0 << 0;
        QTest::newRow("without refid, other amount: not the sale")
            << QList{sale(a, S::Succesful)} << QJsonArray{row(nullptr, "Successful", u"5.00"_s)}
            << QStringList{one("MissingInJournal", "", "check-portal"), one("MissingAtIimmpact", a, "contact-support")}
            << 0 << 0 << 0;
        QTest::newRow("without refid, hours later: not the sale")
            << QList{sale(a, S::Succesful)} << QJsonArray{row(nullptr, "Successful", u"10.00"_s, "2025-05-20 14:00:00")}
            << QStringList{one("MissingInJournal", "", "check-portal"), one("MissingAtIimmpact", a, "contact-support")}
            << 0 << 0 << 0;
        QTest::newRow("without refid: never a sale that was never sent")
            << QList{sale(a, S::Rejected)} << QJsonArray{row(nullptr, "Successful")}
            << QStringList{one("MissingInJournal", "", "check-portal")} << 0 << 1 << 0;
        QTest::newRow("without refid: two look-alikes pair one each")
            << QList{sale(a, S::Succesful), sale(b, S::Succesful, u"10.00"_s, "2025-05-20T02:01:00Z")}
            << QJsonArray{row(nullptr, "Successful", u"10.00"_s, "2025-05-20 10:01:05"),
                          row(nullptr, "Successful", u"10.00"_s, "2025-05-20 10:00:05")}
            << QStringList{} << 0 << 0 << 0;
        QTest::newRow("the same row on two pages counts once")
            << QList{sale(a, S::Succesful)}
            << QJsonArray{row(a, "Successful", u"10.00"_s, "2025-05-20 10:00:10", "77"),
                          row(a, "Successful", u"10.00"_s, "2025-05-20 10:00:10", "77")}
            << QStringList{} << 0 << 0 << 0;
        QTest::newRow("midnight: the period's sale, dated next day by IIMMPACT")
            << QList{sale(a, S::Succesful, u"10.00"_s, "2025-05-20T15:59:59Z")}
            << QJsonArray{row(a, "Successful", u"10.00"_s, "2025-05-21 00:00:01.000")} << QStringList{} << 0 << 0 << 0;
        QTest::newRow("midnight: the day before's sale, dated in the period")
            << QList{sale(a, S::Succesful, u"10.00"_s, "2025-05-19T15:59:59Z")}
            << QJsonArray{row(a, "Successful", u"10.00"_s, "2025-05-20 00:00:01.000")} << QStringList{} << 0 << 0 << 0;
        QTest::newRow("outside the period on both sides: not compared")
            << QList{sale(a, S::Succesful, u"10.00"_s, "2025-05-20T17:00:00Z")}
            << QJsonArray{row(b, "Successful", u"10.00"_s, "2025-05-21 09:00:00")} << QStringList{} << 0 << 0 << 0;
    }

    void compare()
    {
        QFETCH(QList<SaleRecord>, sales);
        QFETCH(QJsonArray, rows);
        QFETCH(QStringList, differences);
        QFETCH(int, open);
        QFETCH(int, notSent);
        QFETCH(int, otherTerminal);
        const ReconcileResult r = compare(sales, rows);
        QVERIFY(r.ok());
        QCOMPARE(describe(r), differences);
        QCOMPARE(r.agrees(), differences.isEmpty());
        QCOMPARE(r.openSales.size(), open);
        QCOMPARE(r.notSent, notSent);
        QCOMPARE(r.otherTerminalRows, otherTerminal);
        for (const ReconcileDiff &d : r.differences)
            QVERIFY2(d.advice.size() > 20, qPrintable(d.advice));
    }

    void counts()
    {
        const ReconcileResult r = compare({sale("T1-1", SaleState::Succesful), sale("T1-2", SaleState::Succesful),
                                           sale("T1-3", SaleState::Rejected)},
                                          {row("T1-1", "Successful"), row("T1-2", "Successful"),
                                           row("T2-1", "Successful")});
        QCOMPARE(r.journalSales, 3);
        QCOMPARE(r.iimmpactRows, 2);
        QCOMPARE(r.matched, 2);
        QCOMPARE(r.otherTerminalRows, 1);
        QCOMPARE(r.notSent, 1);
        QVERIFY(r.agrees());
    }

    // Both sides' values reach the report; an account that is the payer's IC is masked.
    void differenceCarriesBothSides()
    {
        SaleRecord s = sale("T1-20250520-000009", SaleState::Succesful);
        s.product = u"SSPN"_s;
        s.account = u"900101145678"_s;
        s.extras.insert(u"ic_number"_s, u"900101145678"_s);
        QJsonObject r = row("T1-20250520-000009", "Successful", u"12.00"_s);
        r.insert(u"account"_s, u"900101145678"_s);
        const ReconcileResult result = compare({s}, {r});
        QCOMPARE(result.differences.size(), 1);
        const QJsonObject json = result.differences.constFirst().toJson();
        QCOMPARE(json.value("kind"_L1).toString(), u"AmountDiffers"_s);
        QCOMPARE(json.value("journal"_L1).toObject().value("amount"_L1).toString(), u"10.00"_s);
        QCOMPARE(json.value("journal"_L1).toObject().value("status"_L1).toString(), u"Succesful"_s);
        QCOMPARE(json.value("iimmpact"_L1).toObject().value("amount"_L1).toString(), u"12.00"_s);
        QCOMPARE(json.value("iimmpact"_L1).toObject().value("status"_L1).toString(), u"Successful"_s);
        QCOMPARE(json.value("account"_L1).toString(), u"XXXXXX-XX-5678"_s);
        QVERIFY(json.value("advice"_L1).toString().contains(u"12.00"_s));

        // A row alone whose account reads as a MyKad is masked too.
        const ReconcileResult alone = compare({}, {r});
        QCOMPARE(alone.differences.constFirst().account, u"XXXXXX-XX-5678"_s);
        QVERIFY(alone.differences.constFirst().toJson().value("journal"_L1).isNull());
        QVERIFY(!QJsonDocument(alone.toJson()).toJson().contains("900101145678"));
    }

    void stateFromListStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("state");   // -1: not a status
        QTest::newRow("list spelling") << u"Successful"_s << int(SaleState::Succesful);
        QTest::newRow("topup spelling") << u"Succesful"_s << int(SaleState::Succesful);
        QTest::newRow("failed") << u"Failed"_s << int(SaleState::Failed);
        QTest::newRow("refund") << u"Refund"_s << int(SaleState::Refund);
        QTest::newRow("pending") << u"Pending"_s << int(SaleState::Processing);
        QTest::newRow("accepted") << u"Accepted"_s << int(SaleState::Processing);
        QTest::newRow("processing") << u"Processing"_s << int(SaleState::Processing);
        QTest::newRow("lower case is not IIMMPACT's") << u"successful"_s << -1;
        QTest::newRow("a local state") << u"Voided"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void stateFromListStatus()
    {
        QFETCH(QString, status);
        QFETCH(int, state);
        const std::optional<SaleState> s = Reconciliation::stateFromListStatus(status);
        QCOMPARE(s ? int(*s) : -1, state);
    }

    void periodAndDateParameter()
    {
        const auto [from, to] = Reconciliation::malaysianDayPeriod(QDate(2025, 5, 20));
        QCOMPARE(from, utc("2025-05-19T16:00:00Z"));
        QCOMPARE(to, utc("2025-05-20T16:00:00Z"));
        QCOMPARE(Reconciliation::dateParameter(from, to), u"2025-05-20"_s);
        // A shift from 20:00 to 02:00 Malaysian time spans two of IIMMPACT's days.
        QCOMPARE(Reconciliation::dateParameter(utc("2025-05-20T12:00:00Z"), utc("2025-05-20T18:00:00Z")),
                 u"2025-05-20 - 2025-05-21"_s);
        QCOMPARE(Reconciliation::malaysianDay(utc("2025-05-20T17:00:00Z")), QDate(2025, 5, 21));
    }

    // A comparison that could not be made never agrees, and says why.
    void failureNeverAgrees()
    {
        ReconcileResult r;
        r.failure = ReconcileResult::Failure::Network;
        r.failureMessage = u"no answer"_s;
        QVERIFY(!r.agrees());
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value("agree"_L1).toBool(true), false);
        QCOMPARE(json.value("failure"_L1).toString(), u"network"_s);
        QCOMPARE(json.value("error"_L1).toString(), u"no answer"_s);
    }
};

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"

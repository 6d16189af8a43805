#pragma once

#include "SimOrder.h"
#include "SimTransaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <memory>

class Clock;

// The merchant wallet and the transactions, keyed by refid (the idempotency key). States
// advance lazily on elapsed monotonic time whenever the ledger is read, so a re-query after
// acceptedMs + processingMs sees the final state without any timer running.
class SimLedger
{
public:
    SimLedger(qint64 startingBalance, const Clock &clock);
    ~SimLedger();

    void setTiming(int acceptedMs, int processingMs);
    qint64 balance();
    void setBalance(qint64 balance);

    // Debits the wallet and stores an Accepted transaction. The caller has checked the balance.
    SimTransaction &create(const SimOrder &order, int failCode, const QString &failRemarks,
                           bool stuck, bool refundLater);
    // A Succesful transaction no till sent through /v2/topup (control setting, for
    // reconciliation tests): in the list, dated `when`, the wallet untouched. `refid` may be
    // empty: the row then has no refid and /v2/topup cannot find it.
    SimTransaction &insertListed(const QString &refid, const QString &productCode,
                                 const QString &productName, const QString &account, qint64 amount,
                                 const QDateTime &when);
    // Control setting: the transaction shows `state` from now on and no longer advances on its
    // own. The wallet is untouched: this imitates a provider's records disagreeing, not money.
    static void overrideState(SimTransaction &tx, SimTransaction::State state, const QDateTime &now);
    // The transaction, advanced to now; nullptr if the refid is unknown.
    SimTransaction *find(const QString &refid);
    SimTransaction *findByVoucherToken(const QString &token);
    // Succesful -> Refund (53), cost back to the wallet. False if not Succesful.
    bool refund(SimTransaction &tx);
    int count() const { return int(m_order.size()); }

    // The `data` object of a /v2/topup answer (API reference §3.2). voucherBase is
    // "http://host:port" for voucherlink.
    QJsonObject topupData(const SimTransaction &tx, const QString &voucherBase) const;
    // GET /v2/transactions rows (status spelled "Successful"), filtered by the query.
    QJsonObject transactionsJson(const QUrlQuery &query);
    // Why a /v2/transactions query is refused (HTTP 400): §6.5 requires `limit` and `date`
    // ("yyyy-MM-dd" or "yyyy-MM-dd - yyyy-MM-dd"). Empty when the query is acceptable.
    static QString transactionsQueryError(const QUrlQuery &query);
    // GET /v2/balance-statement with Laravel-style paging.
    QJsonObject balanceStatementJson(const QUrlQuery &query, const QString &baseUrl);

    static QString statusText(SimTransaction::State state);   // as /v2/topup spells it
    static QString gmt8(const QDateTime &utc, const QString &format);
    static double money(qint64 sen) { return double(sen) / 100.0; }

private:
    struct Entry
    {
        int id;
        QDateTime date;
        qint64 amount;                // signed sen
        qint64 balance;               // after
        QString remarks;
        QString type;                 // DEPOSIT | TRANSACTION | REFUND
    };

    void advance(SimTransaction &tx);
    void advanceAll();
    void finalise(SimTransaction &tx);
    void record(qint64 amount, const QString &remarks, const QString &type);
    void fillDeliverables(SimTransaction &tx, const SimOrder &order) const;

    const Clock &m_clock;
    QElapsedTimer m_monotonic;
    qint64 m_balance = 0;
    int m_acceptedMs = 1000;
    int m_processingMs = 2000;
    qint64 m_nextTrxId = 880000001;
    QHash<QString, std::shared_ptr<SimTransaction>> m_byRefid;
    QList<std::shared_ptr<SimTransaction>> m_order;
    QHash<QString, QString> m_voucherTokens;   // token -> refid
    QList<Entry> m_statement;
};

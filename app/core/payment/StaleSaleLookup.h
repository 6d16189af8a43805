#pragma once

#include "api/RequestSigner.h"
#include "journal/SaleRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QString>

class IimmpactClient;
class QTimer;
class ReadCall;
struct ApiReadResult;

// Asks IIMMPACT's transaction list (GET /v2/transactions, API reference §6.5) whether it holds
// a transaction for a sale this terminal journaled but never got an answer for. Such a sale
// must not simply be POSTed again after a while: if IIMMPACT never received it, the POST would
// create a transaction long after the customer left. If IIMMPACT has it, the POST is only an
// idempotent re-query.
//
// The list is asked for the sale's dates (Malaysian, UTC+8: from its creation to its last
// attempt), product and account, page by page (offset) until a page is shorter than the limit.
// A row is this sale when it carries this refid. A row without any refid is this sale when
// product, account and amount match and its date lies between the sale's creation and its last
// attempt (a little clock skew allowed); two or more such rows are Ambiguous: a transaction
// like it exists, but it may be another sale's. A row with another refid is never this sale.
class StaleSaleLookup : public QObject
{
    Q_OBJECT
public:
    enum class Verdict {
        Found,       // a row with this refid, or exactly one row matching by details
        NotFound,    // no row could be this sale
        Ambiguous,   // several refid-less rows match by details: not provably this sale
        Failed,      // the list could not be read (network, 5xx, 401, malformed): ask later
    };
    Q_ENUM(Verdict)

    // Accumulates what the pages said.
    struct Tally
    {
        bool refidFound = false;
        int detailMatches = 0;   // refid-less rows matching product, account, amount and time
        int rowsSeen = 0;
    };

    static constexpr int PageLimit = 50;
    static constexpr int MaxPages = 40;            // 2000 rows for one account and product
    static constexpr int ClockSkewSecs = 120;      // IIMMPACT's clock against the till's

    // The query of one page (limit, date, product, account, offset when > 0).
    static RequestSigner::QueryItems query(const SaleRecord &sale, int offset);
    // "yyyy-MM-dd" of the sale's creation in Malaysia, or "yyyy-MM-dd - yyyy-MM-dd" when its
    // last attempt fell on a later Malaysian day (after midnight, or a later recovery).
    static QString dateParameter(const SaleRecord &sale);
    // Adds one page's rows to `tally`. Pure: table-tested.
    static void scan(const SaleRecord &sale, const QJsonArray &rows, Tally &tally);
    static Verdict verdict(const Tally &tally);
    // scan() + verdict() for one page of rows.
    static Verdict match(const SaleRecord &sale, const QJsonArray &rows);
    // A row's "date" (GMT+8, "yyyy-MM-dd HH:mm:ss.zzz" or without the fraction) in UTC;
    // invalid when unreadable.
    static QDateTime rowDate(const QString &text);

    // `timeoutMs` bounds the whole lookup (every page); reaching it is Failed.
    StaleSaleLookup(IimmpactClient &client, const SaleRecord &sale, int timeoutMs,
                    QObject *parent = nullptr);
    ~StaleSaleLookup() override;   // aborts a page in flight without emitting finished()

    const QString &refid() const { return m_sale.refid; }
    void start();
    bool isFinished() const { return m_finished; }
    Verdict result() const { return m_verdict; }
    // What the lookup found or why it failed, for the journal's lastError and the screens.
    QString message() const { return m_message; }

signals:
    // Exactly once, after start(). The receiver may delete this object (deleteLater).
    void finished();

private:
    void requestPage();
    void onPage(ReadCall *call, const ApiReadResult &result);
    void finish(Verdict verdict, const QString &message);

    IimmpactClient &m_client;
    SaleRecord m_sale;
    int m_timeoutMs;
    QTimer *m_deadline = nullptr;
    QPointer<ReadCall> m_call;
    Tally m_tally;
    int m_offset = 0;
    int m_pages = 0;
    bool m_finished = false;
    Verdict m_verdict = Verdict::Failed;
    QString m_message;
};

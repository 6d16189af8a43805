#pragma once

#include "api/RequestSigner.h"
#include "reconcile/Reconciliation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class Clock;
class IimmpactClient;
class Journal;
class QTimer;
class ReadCall;
struct ApiReadResult;

// Reconciles the journal with IIMMPACT's transaction list for a Malaysian day or any period
// (a shift): reads the journal's sales of the period (and those just outside, to pair across
// midnight), reads every page of GET /v2/transactions for the period's Malaysian days
// (limit + offset, until a page is shorter than the limit), then lets Reconciliation compare.
//
// A sale the journal has but the list does not may have reached IIMMPACT on another day (a
// recovery after midnight, a till clock off by a minute): before it is called missing, the
// list is asked once more for its own dates, product and account (as StaleSaleLookup asks).
//
// Any read that fails (no configuration, network, timeout, 401/403, 5xx, a 200 without a list,
// too many pages, 429 more than a few times) ends in a result that is not ok and never agrees:
// a half-read list would report paid sales as missing. Reads only: nothing is ever sent to
// /v2/topup and the journal is not written.
class Reconciler : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultPageLimit = 50;
    static constexpr int MaxPages = 400;           // 20 000 rows at 50 a page
    static constexpr int MaxFollowUps = 20;        // missing sales asked about one by one
    static constexpr int MaxRateLimitWaits = 3;
    static constexpr int MaxRateLimitWaitSecs = 30;
    static constexpr int DefaultTimeoutMs = 180000;

    Reconciler(IimmpactClient &client, const Journal &journal, const Clock &clock,
               QObject *parent = nullptr);
    ~Reconciler() override;   // aborts a page in flight without emitting finished()

    void setTimeoutMs(int ms) { m_timeoutMs = std::max(1, ms); }   // the whole reconciliation
    void setPageLimit(int limit) { m_pageLimit = std::max(1, limit); }

    // [from, to) in UTC. Call once.
    void start(const QDateTime &from, const QDateTime &to);
    // The Malaysian (UTC+8) calendar day.
    void startDay(const QDate &malaysianDay);

    bool isFinished() const { return m_finished; }
    const ReconcileResult &result() const { return m_result; }

signals:
    // Exactly once, after start(), never from inside start(). The receiver may delete this
    // object (deleteLater).
    void finished(const ReconcileResult &result);

private:
    bool loadJournal();
    void addSalesNamedByRows();
    void requestPage();
    void onPage(ReadCall *call, const ApiReadResult &result);
    void queryDone();
    bool queueFollowUps(const ReconcileResult &first);
    void failRead(const ApiReadResult &result);
    void fail(ReconcileResult::Failure failure, const QString &message);
    void finish(ReconcileResult result);

    IimmpactClient &m_client;
    const Journal &m_journal;
    const Clock &m_clock;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_pageLimit = DefaultPageLimit;
    QTimer *m_deadline = nullptr;
    QPointer<ReadCall> m_call;
    Reconciliation::Input m_input;
    QList<RequestSigner::QueryItems> m_queries;   // each paged to its end, in order
    int m_offset = 0;
    int m_pages = 0;
    int m_rateLimitWaits = 0;
    bool m_followedUp = false;
    bool m_started = false;
    bool m_finished = false;
    ReconcileResult m_result;
};

#pragma once

#include "payment/OutcomeDecision.h"
#include "payment/ProductRules.h"

#include "journal/SaleRecord.h"
#include "payment/SaleRequest.h"
#include "payment/SubmitError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <algorithm>
#include <optional>

class Clock;
class IimmpactClient;
class Journal;
class QTimer;
class StaleSaleResolver;
class TopupCall;
struct TopupOutcome;

// Turns a sale into exactly one IIMMPACT transaction with a known final status.
//
// State machine (make-payment.txt is the contract):
//   submit -> journal row committed (New) -> POST body
//   400 + Failed           -> Rejected (no transaction; same refid may be corrected and reused)
//   200 Accepted/Processing-> poll same refid + identical body every pollInterval (+ jitter)
//   200 Succesful/Failed/Refund -> final
//   anything else          -> Unknown: re-query with backoff + jitter; never Failed, never new refid
//   deadline reached       -> stays pending in the journal; recoverAll() resumes it later
// Single flight: at most one request in flight per refid, whatever triggers it.
//
// Details of the contract:
// - The request body is built once (compact JSON, keys in the order refid, product, account,
//   amount, remarks, extras) and journaled before the first byte is sent; every request for
//   the refid sends those journaled bytes. Only Journal::rewriteRejected changes them, for a
//   sale that is Rejected (no transaction exists).
// - Defence against a second driver of the same journal: every request after the first reads
//   the sale's CURRENT row and counts the attempt in one journal transaction
//   (Journal::beginAttempt) and sends that row's body, never a copy held in memory. A sale
//   another driver made Rejected/NeedsDecision/Voided is not sent; an answer to a body that
//   is no longer the journaled one is not recorded. In both cases this engine stops driving
//   the sale and reports the journal's copy (saleUpdated, then saleSettled).
// - The first request of a new sale is counted by insertSale with the row: one commit before
//   the first byte. Once that commit succeeded the sale has its refid whatever happens next:
//   submit() returns it even when the read-back fails (the sale is then left pending, unsent).
// - Every answer is committed before any signal about it goes out. When the journal cannot
//   write, nothing (more) is sent and journalProblem() says why.
// - The engine never touches a flight after emitting a signal: a slot may run a nested event
//   loop in which timers settle and destroy the flight.
// - Unknown outcomes keep a sale that already has a transaction (Accepted/Processing) in that
//   state with lastError set; a sale that never got an answer becomes Unknown.
// - HTTP 400 after the refid was already seen Accepted/Processing/final (or any 200 about it,
//   journaled as transactionSeen, also by an earlier process) cannot mean "no transaction":
//   it is treated as Unknown and flagged needsReview.
// - 200 Failed with status code 54 ("duplicate transaction": the refid exists with another
//   body; or a daily limit) is flagged needsReview and re-queried with the journaled body. It
//   only becomes final Failed when IIMMPACT had accepted this very body before (the journal
//   says Accepted/Processing) and the re-query says 54 again; otherwise the sale stays pending.
// - A status query of a final sale (queryOnce of Succesful/Failed/Refund) never changes it
//   against the journal's transition rules (only Succesful -> Refund): a contradicting answer
//   is flagged needsReview and the journal keeps its state.
// - One 401 can be Qt re-sending a request whose nonce the server already saw: it counts as
//   Unknown and is re-queried with a fresh signature. Two 401s in a row, or a 403, raise
//   authenticationProblem(); the sale stays pending (never Failed) and settles.
// - An answer whose echoed refid/product/account/amount differ is not accepted: the sale
//   stays pending, is flagged needsReview (sticky for this drive), and is re-queried with
//   backoff until the deadline.
// - The deadline runs on the monotonic clock from submit/resume; each request's timeout is
//   the remaining deadline; at the deadline a request still in flight is aborted (Unknown).
//   When the next query could not start before the deadline the sale settles at once.
// - Duplicate guard: an identical sale (same product, account, amount and extras) submitted
//   while the first is still in flight and less than duplicateGuardMs after it is refused
//   (a double click), field "duplicate".
class PaymentEngine : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int pollIntervalMs = 7000;   // wait after Accepted/Processing/Unknown (seed: 5-10 s)
        int jitterMs = 1500;         // +/- random spread on every wait
        int maxBackoffMs = 60000;    // cap for repeated unknown outcomes
        int deadlineMs = 120000;     // per sale, from submit/resume, request in flight included
    };

    PaymentEngine(Journal &journal, IimmpactClient &client, const Clock &clock,
                  QObject *parent = nullptr);
    ~PaymentEngine() override;

    void setTiming(const Timing &timing);
    Timing timing() const { return m_timing; }

    // Validates, journals (durably), then sends. Returns the refid, or nullopt with `error`
    // set when nothing was journaled or sent (local validation, journal failure, bad config,
    // or correctsRefid naming a sale that is not Rejected).
    std::optional<QString> submit(const SaleRequest &request, SubmitError *error = nullptr);

    // One more status query for a journaled, non-final (or Succesful) sale with its stored
    // body. No-op when a request for it is already in flight. False when unknown / Rejected.
    // A non-final sale is then driven until final or its deadline; a Succesful one gets one
    // query (it may read Refund now).
    bool requery(const QString &refid);
    // Exactly one status query (plus one more after a lone 401 or a 200 Failed 54), then the
    // sale settles with whatever is known: `kaunter status`. Also asks about a Failed or Refund
    // sale (support compares journal and provider); false when unknown, Rejected,
    // NeedsDecision or Voided.
    bool queryOnce(const QString &refid);
    // Resume every non-final sale in the journal (start-up recovery, background timer).
    void recoverAll();
    // Calls recoverAll() every `msecs` (0 = off) so that pending sales settle in the background.
    void setBackgroundRecoveryInterval(int msecs);
    // Double-click guard window (0 = off). Default 2000 ms.
    void setDuplicateGuardMs(int msecs) { m_duplicateGuardMs = msecs; }

    bool isActive(const QString &refid) const;   // in flight or waiting for its next query
    int activeCount() const;

    // The exact request body for a normalised request (ProductRules::normalize).
    static QByteArray buildRequestBody(const QString &refid, const SaleRequest &normalized)
    {
        return ProductRules::requestBody(refid, normalized);
    }

signals:
    // Every change of a sale (state, attempt, answer). The record is the journal's copy.
    void saleUpdated(const SaleRecord &sale);
    // The sale stopped being driven: final, Rejected, or its deadline passed while pending.
    void saleSettled(const SaleRecord &sale);
    // The next query for refid happens in `msecs` (processing screen countdown).
    void nextQueryIn(const QString &refid, int msecs);
    void requestStarted(const QString &refid, int attempt);
    // The request's bytes were handed to the socket (TopupCall::requestSent).
    void requestSent(const QString &refid);
    // Two 401s in a row or 403: credentials/clock/allowlist need fixing. The sale stays pending.
    void authenticationProblem(const QString &message);
    // The journal refused a write (or a read-back of a committed sale failed): nothing more is
    // sent for that sale until it can write. Emitted after the sale settled.
    void journalProblem(const QString &message);
    void pendingCountChanged(int count);

private:
    struct Flight;
    // submit()'s checks: a correction names a Rejected sale nobody drives; the same sale was
    // not sent a moment ago (a double click). False / true + *err otherwise.
    bool checkCorrectable(const QString &refid, SubmitError *err) const;
    bool isDoubleClick(const SaleRequest &normalized, const QJsonObject &extras, SubmitError *err) const;
    // The row is committed but could not be read back: pending with its refid, not sent now.
    void leavePendingUnsent(const SaleRecord &row, const QString &why);
    Flight *startFlight(const SaleRecord &record, bool once, bool firstAttemptJournaled = false);
    bool driveExisting(const QString &refid, bool once);
    void sendNow(Flight *f);
    void onCallFinished(const QString &refid, TopupCall *call, const TopupOutcome &outcome);
    void handleOutcome(Flight *f, const TopupOutcome &outcome);
    // The answer to a status query of a final sale: the journal keeps its state unless its
    // transition rules allow the change; a contradiction is flagged for a person.
    void answerAboutFinalSale(Flight *f, SaleRecord u, OutcomeDecision::Next next, bool authProblem,
                              bool mismatch, const QString &message);
    // Poll, back off, retry soon or after Retry-After, or settle: what a decision asks next.
    void scheduleNext(Flight *f, OutcomeDecision::Next next, int retryAfterSecs);
    // Writes `update` and refreshes the flight's copy; false (and the flight settled) on failure.
    bool commit(Flight *f, const SaleRecord &update);
    void schedule(Flight *f, int waitMs, bool addJitter);
    int backoffMs(int streak) const;
    void onDeadline(const QString &refid);
    // Ends the flight; `announce` also emits saleUpdated (the record changed without a commit
    // of this engine: another driver's copy). Signals go out after the flight is destroyed.
    void settle(Flight *f, bool announce = false);
    // Another driver changed the sale (state or body): stop driving it, report the journal's copy.
    void leaveToJournal(Flight *f, const SaleRecord &fallback);
    void journalFailure(Flight *f, const QString &what);
    void destroyFlight(Flight *f);
    void updatePendingCount();
    // updatePendingCount() once control is back in the event loop: submit() calls it after the
    // request is handed to the network, so the header's count never delays the first byte.
    void updatePendingCountLater();

    Journal &m_journal;
    IimmpactClient &m_client;
    const Clock &m_clock;
    Timing m_timing;
    QHash<QString, Flight *> m_flights;
    QTimer *m_background = nullptr;
    QByteArray m_failpoint;
    int m_duplicateGuardMs = 2000;
    int m_lastPendingCount = -1;
    bool m_pendingCountQueued = false;

    // --- Stale sales that never got an answer (StaleSaleResolver) ---
public:
    // A sale with no evidence of a transaction (New or Unknown, transactionSeen false) whose
    // journal row is older than this (wall clock, the injected Clock) is never POSTed by
    // recovery: IIMMPACT's transaction list is asked first (StaleSaleLookup). Found: it is
    // re-queried as usual (the POST is idempotent) and the evidence journaled. Not found (or
    // only ambiguous look-alikes): NeedsDecision, never sent without a decision. Lookup
    // failed: stays pending, nothing sent, asked again at the next recovery. NeedsDecision
    // sales are looked up again at every recovery (the list may lag) and re-queried if found.
    static constexpr int DefaultStaleSaleAgeMs = 10 * 60 * 1000;
    void setStaleSaleAgeMs(qint64 msecs);
    qint64 staleSaleAgeMs() const;
    // True when recovery would look this sale up instead of sending it.
    bool isStaleUnanswered(const SaleRecord &sale) const;
    // A supervisor's "Send now" for a NeedsDecision sale: back to New, then driven as any sale
    // (same refid, the journaled body). False + *error when the sale is not NeedsDecision.
    bool sendDecided(const QString &refid, QString *error = nullptr);
    // A supervisor's "Void" for a NeedsDecision sale: one more lookup first. Not found: Voided
    // (final, never sent; the refid is never reused). Found: not voided, re-queried instead,
    // and voidRefused() says so; lookup failed: not voided, voidRefused(). The sale settles
    // (saleSettled) either way. False + *error when the sale is not NeedsDecision.
    bool voidSale(const QString &refid, QString *error = nullptr);

signals:
    // A void was not done: IIMMPACT has the transaction (it is re-queried now) or could not be asked.
    void voidRefused(const QString &refid, const QString &message);

private:
    void onStaleSaleFound(const SaleRecord &stored);
    StaleSaleResolver *m_stale;   // child: the lookups of sales recovery must not send blindly
};

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

// Where a sale stands. Stored as text in the journal (stable across versions).
enum class SaleState {
    New,         // journaled, no answer yet (maybe never sent, maybe in flight): re-query
    Accepted,    // 200 Accepted: re-query
    Processing,  // 200 Processing: re-query
    Unknown,     // outcome unknown (timeout, 5xx, dropped, malformed, 401 once, 429...): re-query
    Rejected,    // HTTP 400 + Failed or local validation: no transaction; same refid may be reused
    Succesful,   // final (may later read Refund on a status query)
    Failed,      // final 200 Failed: next attempt is a new sale with a new refid
    Refund,      // final: voided by IIMMPACT (sn/pin issued before stay in the journal)
    // A stale sale with no evidence of a transaction that a lookup at IIMMPACT did not find:
    // it is never sent without a supervisor's decision (send now, same refid and body; or void).
    NeedsDecision,
    Voided,      // final, local: never sent by decision; the refid is never used again
};

QString saleStateName(SaleState s);                 // "New", "Accepted", ... (exact API spelling for finals)
std::optional<SaleState> saleStateFromName(const QString &name);   // journal text, any state
// A /v2/topup status string: only Accepted, Processing, Succesful, Failed, Refund (exact
// spelling). Local names such as "New", "Voided" or "NeedsDecision" are unknown statuses.
std::optional<SaleState> saleStateFromApiStatus(const QString &status);
bool isFinalState(SaleState s);                     // Succesful, Failed, Refund, Voided
bool needsRequery(SaleState s);                     // New, Accepted, Processing, Unknown
bool isPendingState(SaleState s);                   // needsRequery() or NeedsDecision
// The states IIMMPACT reports about a transaction it holds: Accepted, Processing, Succesful,
// Failed, Refund.
bool isTransactionState(SaleState s);
// The states no request is sent for: Rejected (no transaction; the body may be corrected
// first), NeedsDecision and Voided (only a supervisor's decision sends or ends them). None of
// them can follow once a transaction was seen.
bool isNeverSentState(SaleState s);

// One row of the journal: one sale, one refid. Optional API fields stay nullopt when the API
// did not return them (or returned them empty): absent stays absent.
struct SaleRecord
{
    qint64 id = 0;                    // journal row id (monotonic, for paging)
    QString refid;
    QString terminalId;
    QString product;
    QString account;
    QString amount;                   // decimal text as sent ("10.00")
    QJsonObject extras;               // subproduct_code, biller_code, ref2, ic_number (full IC: AMLA)
    QByteArray requestBody;           // the exact bytes sent, every time, for this refid
    SaleState state = SaleState::New;
    std::optional<int> statusCode;
    QString statusText;               // last API status string seen, verbatim (may be unexpected)
    std::optional<int> httpStatus;    // last HTTP status seen
    std::optional<QString> productName;
    std::optional<QString> sn;
    std::optional<QString> pin;
    std::optional<QString> expiry;
    std::optional<QString> voucherlink;
    std::optional<QString> note;
    std::optional<QString> remarks;
    QDateTime createdAt;              // UTC
    QDateTime updatedAt;              // UTC
    std::optional<QDateTime> finalAt; // UTC, first time a final state was recorded
    int attempts = 0;                 // HTTP requests started for this refid
    QString lastError;                // diagnostic of the last unknown outcome (no secrets, no PIN)
    bool needsReview = false;         // e.g. echoed refid/product/account/amount differed
    // Evidence that IIMMPACT holds a transaction for this refid: a 200 that echoed it (an
    // unknown status string included). Journaled and sticky: once set, a later HTTP 400 is
    // never read as "no transaction", and the body can never be rewritten.
    bool transactionSeen = false;

    bool isFinal() const { return isFinalState(state); }
    // IIMMPACT has a transaction for this refid: the journal's transaction_seen, with the
    // state (Accepted, Processing, a final answer) as a second witness.
    bool hasTransactionEvidence() const;
};

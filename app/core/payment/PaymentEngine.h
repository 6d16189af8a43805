#pragma once

#include "journal/SaleRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>
#include <optional>

class Clock;
class IimmpactClient;
class Journal;
class TopupCall;
struct TopupOutcome;

// What the cashier (or `kaunter pay`) asks for. Values as typed; the engine normalises and
// validates them (app/core/validation) before anything is journaled or sent.
struct SaleRequest
{
    QString product;
    QString account;
    QString amount;
    QString subproduct;      // PTPTN, mobile data: sent byte for byte
    QString icNumber;        // JomPAY payer / PTPTN recipient: MyKad or passport
    bool icIsPassport = false;
    QString billerCode;      // JomPAY
    QString ref2;            // JomPAY, when the biller needs it
    QString remarks;
    QString correctsRefid;   // re-submit a Rejected sale under its own refid (nothing else)
};

// Why a submit() did not start a sale. `field` names the input at fault ("account",
// "amount", "ic", "biller", "ref2", "subproduct", "product", "refid") when there is one.
struct SubmitError
{
    QString field;
    QString message;         // translated, for the cashier
};

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
    bool requery(const QString &refid);
    // Resume every non-final sale in the journal (start-up recovery, background timer).
    void recoverAll();

    bool isActive(const QString &refid) const;   // in flight or waiting for its next query
    int activeCount() const;

signals:
    // Every change of a sale (state, attempt, answer). The record is the journal's copy.
    void saleUpdated(const SaleRecord &sale);
    // The sale stopped being driven: final, Rejected, or its deadline passed while pending.
    void saleSettled(const SaleRecord &sale);
    // The next query for refid happens in `msecs` (processing screen countdown).
    void nextQueryIn(const QString &refid, int msecs);
    void requestStarted(const QString &refid, int attempt);
    // Two 401s in a row or 403: credentials/clock/allowlist need fixing. The sale stays pending.
    void authenticationProblem(const QString &message);
    void pendingCountChanged(int count);

private:
    struct Flight;
    // implementation detail owned by the engine author
    Journal &m_journal;
    IimmpactClient &m_client;
    const Clock &m_clock;
    Timing m_timing;
    QHash<QString, Flight *> m_flights;
};

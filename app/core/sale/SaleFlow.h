#pragma once

#include "journal/SaleRecord.h"
#include "payment/SaleRequest.h"
#include "payment/SubmitError.h"

#include <QList>
#include <QObject>
#include <QString>
#include <optional>

class Clock;
class Journal;
class PaymentEngine;

// One sale's journey from the cashier's (or the customer's) side, without widgets: the request
// being reviewed, the duplicate check, the submit, the refid being watched while it is
// processed, the outcome and "sell again". The counter window and the kiosk screens drive it
// and only switch pages on its signals; the engine stays the one that talks to IIMMPACT.
//
// At most one sale is watched. A watched sale that the cashier sends to the background (or
// that the flow stops watching) keeps being driven by the engine; when it settles the flow
// reports it once through backgroundSaleSettled().
class SaleFlow : public QObject
{
    Q_OBJECT
public:
    // What the screens show for a settled (or given-up) sale.
    enum class Outcome {
        Success,    // Succesful: sn, pin, voucher where returned
        Failure,    // Failed or Refund: final, remarks
        Rejected,   // no transaction (HTTP 400 or a local refusal): back to the form, same refid
        Pending,    // anything else: still pending, recoverable
    };
    Q_ENUM(Outcome)

    // The review page's content besides the form's own lines.
    struct Review
    {
        SaleRequest request;            // what Confirm will send
        QList<SaleRecord> similar;      // same account and amount within the window
        int similarMinutes = 0;
    };

    // A Rejected sale as the form shows it: the banner text and the field it points at.
    struct Rejection
    {
        QString refid;     // corrected under this refid (make-payment.txt: 400 = no transaction)
        QString message;   // translated
        QString field;     // "amount", "ref2", "biller", "ic", "account" or empty
    };

    // `journal` and `clock` are optional (no duplicate check without them).
    SaleFlow(PaymentEngine &engine, const Journal *journal, const Clock *clock,
             int duplicateWindowMinutes, QObject *parent = nullptr);

    // Keeps `request` (with the refid it corrects, if any) for confirm() and finds sales of
    // the same account and amount within the duplicate window. A Rejected sale (no transaction)
    // and the sale being corrected are not duplicates.
    Review review(const SaleRequest &request);
    const SaleRequest &reviewed() const { return m_reviewed; }

    // Submits the reviewed request. nullopt: nothing was journaled or sent, `error` says why
    // (the form shows it, input kept). Otherwise the refid, now watched; when the engine already
    // settled it (a synchronous refusal, or a sale committed but not sent because the journal
    // failed right after), watchedSettled() has been emitted before this returns.
    std::optional<QString> confirm(SubmitError *error);

    QString watchedRefid() const { return m_watched; }
    // Follows a sale that is already journaled (the Pending menu): asks the engine to re-query
    // it. False when the engine would not (unknown, Rejected, needs a decision, voided).
    bool watch(const SaleRecord &sale);
    // The cashier moves on (background, Done, New sale); the engine keeps driving the sale.
    // Returns the refid let go.
    QString releaseToBackground();
    // A Check status from the pending page: one more re-query of `refid`.
    bool checkStatus(const QString &refid);

    // The request a new sale starts from when the cashier sells the same again (new refid):
    // the record's product, account, amount and extras (ProductRules::requestFromRecord).
    static SaleRequest sellAgainRequest(const SaleRecord &sale);

    // Pure rules, table-tested.
    static Outcome outcomeFor(SaleState state);
    static Rejection rejectionFor(const SaleRecord &sale);
    // IIMMPACT's 400 texts are free sentences in English: the field they most likely mean.
    static QString fieldForMessage(const QString &message);

signals:
    // The watched sale changed (processing screen, pending screen).
    void watchedUpdated(const SaleRecord &sale);
    void watchedNextQueryIn(int msecs);
    void watchedRequestStarted(int attempt);
    // The watched sale stopped being driven: show `outcome`. A Rejected sale is no longer
    // watched (the form corrects it under its refid); any other stays watched until
    // releaseToBackground(), so that a later status check updates the screen showing it.
    void watchedSettled(const SaleRecord &sale, SaleFlow::Outcome outcome);
    // Another sale (background, recovery) settled: announced once.
    void backgroundSaleSettled(const SaleRecord &sale);

private:
    void onSaleUpdated(const SaleRecord &sale);
    void onSaleSettled(const SaleRecord &sale);
    void settleWatched(const SaleRecord &sale);

    PaymentEngine &m_engine;
    const Journal *m_journal;
    const Clock *m_clock;
    int m_duplicateWindowMinutes;
    SaleRequest m_reviewed;
    QString m_watched;
    bool m_confirming = false;                           // inside confirm()'s submit()
    std::optional<SaleRecord> m_settledWhileConfirming;  // what the engine settled meanwhile
};

#pragma once

#include "journal/SaleRecord.h"
#include "payment/StaleSaleLookup.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <algorithm>
#include <functional>

class Clock;
class IimmpactClient;
class Journal;

// The sales recovery must not send blindly: no evidence of a transaction (New or Unknown,
// transactionSeen false) and a journal row older than the stale limit (wall clock, the
// injected Clock), plus the NeedsDecision sales. For each, IIMMPACT's transaction list is
// asked (StaleSaleLookup, at most one per refid) and the verdict journaled:
// - found: the evidence is journaled and found() hands the sale to the engine, which
//   re-queries it as usual (the POST of the journaled body is idempotent);
// - not found (or only ambiguous look-alikes): NeedsDecision, never sent without a
//   supervisor's decision; a void asked for is done (Voided);
// - the lookup failed: stays pending, nothing sent, asked again at the next recovery.
// A sale another driver moved on while the list was read keeps the journal's copy.
// PaymentEngine owns one and forwards its signals.
class StaleSaleResolver : public QObject
{
    Q_OBJECT
public:
    StaleSaleResolver(Journal &journal, IimmpactClient &client, const Clock &clock,
                      QObject *parent = nullptr);
    ~StaleSaleResolver() override;

    void setStaleSaleAgeMs(qint64 msecs) { m_staleSaleAgeMs = std::max<qint64>(0, msecs); }
    qint64 staleSaleAgeMs() const { return m_staleSaleAgeMs; }
    void setDeadlineMs(int msecs) { m_deadlineMs = msecs; }
    // Which refids the engine is driving right now: those are never looked up.
    void setDriving(std::function<bool(const QString &refid)> driving) { m_driving = std::move(driving); }

    // True when recovery must look this sale up instead of sending it.
    bool isStaleUnanswered(const SaleRecord &sale) const;
    // Asks IIMMPACT's list about `sale`; true when a lookup runs (a second request for the
    // same refid joins the first, and a void asked for sticks).
    bool start(const SaleRecord &sale, bool forVoid);
    // Stops a running lookup without hearing its answer (a decision overtook it).
    void drop(const QString &refid);
    bool contains(const QString &refid) const { return m_lookups.contains(refid); }
    // A supervisor's decisions about a NeedsDecision sale (PaymentEngine documents them).
    bool sendDecided(const QString &refid, QString *error);
    bool voidSale(const QString &refid, QString *error);
    int count() const { return int(m_lookups.size()); }

signals:
    // IIMMPACT has the transaction and the evidence is journaled: drive the sale.
    void found(const SaleRecord &stored);
    // A supervisor decided to send it (journaled back to New, same refid and body): drive it.
    void decidedToSend(const SaleRecord &stored);
    void saleUpdated(const SaleRecord &sale);
    void saleSettled(const SaleRecord &sale);
    void journalProblem(const QString &message);
    void voidRefused(const QString &refid, const QString &message);
    void pendingMayHaveChanged();

private:
    struct Lookup
    {
        StaleSaleLookup *lookup = nullptr;
        bool forVoid = false;
    };
    // What a lookup's verdict does to a sale still unanswered: the journal update, whether it
    // is re-queried, and why a void asked for was not done.
    struct Resolution
    {
        SaleRecord update;
        bool requery = false;
        QString refusal;
    };
    static Resolution resolve(const SaleRecord &rec, StaleSaleLookup::Verdict verdict,
                              const QString &said, bool forVoid);
    void onLookupFinished(StaleSaleLookup *lookup);
    bool isDriven(const QString &refid) const;

    Journal &m_journal;
    IimmpactClient &m_client;
    const Clock &m_clock;
    std::function<bool(const QString &)> m_driving;
    QHash<QString, Lookup> m_lookups;
    qint64 m_staleSaleAgeMs = 10 * 60 * 1000;
    int m_deadlineMs = 120000;
};

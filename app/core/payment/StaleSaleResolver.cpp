#include "payment/StaleSaleResolver.h"

#include "api/IimmpactClient.h"
#include "journal/Journal.h"
#include "payment/StaleSaleLookup.h"
#include "util/Clock.h"
#include "util/Log.h"

StaleSaleResolver::StaleSaleResolver(Journal &journal, IimmpactClient &client, const Clock &clock,
                                     QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_client(client)
    , m_clock(clock)
{
}

StaleSaleResolver::~StaleSaleResolver() = default;

bool StaleSaleResolver::isDriven(const QString &refid) const
{
    return m_driving && m_driving(refid);
}

bool StaleSaleResolver::isStaleUnanswered(const SaleRecord &sale) const
{
    if ((sale.state != SaleState::New && sale.state != SaleState::Unknown)
        || sale.hasTransactionEvidence() || !sale.createdAt.isValid())
        return false;
    return sale.createdAt.msecsTo(m_clock.now()) >= m_staleSaleAgeMs;
}

bool StaleSaleResolver::start(const SaleRecord &sale, bool forVoid)
{
    if (isDriven(sale.refid))
        return false;
    if (m_lookups.contains(sale.refid)) {
        m_lookups[sale.refid].forVoid |= forVoid;   // the same question answers the void
        return true;
    }
    auto *lookup = new StaleSaleLookup(m_client, sale, m_deadlineMs, this);
    m_lookups.insert(sale.refid, Lookup{lookup, forVoid});
    connect(lookup, &StaleSaleLookup::finished, this, [this, lookup] { onLookupFinished(lookup); });
    lookup->start();
    return true;
}

void StaleSaleResolver::drop(const QString &refid)
{
    const Lookup running = m_lookups.take(refid);
    if (!running.lookup)
        return;
    disconnect(running.lookup, nullptr, this, nullptr);
    running.lookup->deleteLater();   // may be the sender of the slot running now
}

StaleSaleResolver::Resolution StaleSaleResolver::resolve(const SaleRecord &rec,
                                                         StaleSaleLookup::Verdict verdict,
                                                         const QString &said, bool forVoid)
{
    Resolution r;
    r.update = rec;
    SaleRecord &u = r.update;
    const QString &refid = rec.refid;
    switch (verdict) {
    case StaleSaleLookup::Verdict::Found:
        // The transaction exists: a POST of the journaled body is an idempotent re-query.
        u.transactionSeen = true;
        if (u.state == SaleState::NeedsDecision)
            u.state = SaleState::Unknown;
        u.lastError = tr("%1 Re-querying it.").arg(said);
        r.requery = true;
        if (forVoid)
            r.refusal = tr("Sale %1 was not voided: %2 It is re-queried instead.").arg(refid, said);
        break;
    case StaleSaleLookup::Verdict::NotFound:
    case StaleSaleLookup::Verdict::Ambiguous:
        if (forVoid && u.state == SaleState::NeedsDecision) {
            u.state = SaleState::Voided;
            u.lastError = tr("Voided by decision: %1 Never sent; reference %2 is never used again.")
                              .arg(said, refid);
        } else {
            u.state = SaleState::NeedsDecision;
            u.lastError = tr("Not sent, needs a decision: %1 Sending it now would create a "
                             "transaction long after the sale.").arg(said);
        }
        break;
    case StaleSaleLookup::Verdict::Failed:
        // Unknown whether IIMMPACT has it: nothing is sent; the next recovery asks again.
        u.lastError = tr("%1 Not sent; asked again later.").arg(said);
        if (forVoid)
            r.refusal = tr("Sale %1 was not voided: IIMMPACT could not be asked whether it has the "
                         "transaction (%2). Try again.").arg(refid, said);
        break;
    }

    return r;
}

void StaleSaleResolver::onLookupFinished(StaleSaleLookup *lookup)
{
    const QString refid = lookup->refid();
    const auto it = m_lookups.constFind(refid);
    if (it == m_lookups.cend() || it->lookup != lookup)
        return;
    const bool forVoid = it->forVoid;
    m_lookups.erase(it);
    lookup->deleteLater();
    const StaleSaleLookup::Verdict verdict = lookup->result();
    const QString said = lookup->message();

    const std::optional<SaleRecord> rec = m_journal.sale(refid);
    if (!rec) {
        const QString message = tr("The sales journal could not read sale %1 (%2). Nothing was sent.")
                                    .arg(refid, m_journal.errorString());
        emit pendingMayHaveChanged();
        emit journalProblem(message);
        return;
    }
    // Another driver (a decision, a correction) moved the sale on while the list was read:
    // its copy stands.
    const bool stillUnanswered = rec->state == SaleState::NeedsDecision
        || ((rec->state == SaleState::New || rec->state == SaleState::Unknown)
            && !rec->hasTransactionEvidence());
    if (!stillUnanswered || isDriven(refid)) {
        if (!isDriven(refid))
            emit saleSettled(*rec);
        emit pendingMayHaveChanged();
        return;
    }

    const Resolution r = resolve(*rec, verdict, said, forVoid);
    const SaleRecord &u = r.update;
    const QString &refusal = r.refusal;
    const bool requery = r.requery;
    if (!m_journal.recordOutcome(refid, u)) {
        const QString message = tr("The sales journal could not record sale %1 (%2). Nothing was "
                                   "sent.").arg(refid, m_journal.errorString());
        emit saleSettled(*rec);
        emit pendingMayHaveChanged();
        emit journalProblem(message);
        return;
    }
    const SaleRecord stored = m_journal.sale(refid).value_or(u);
    qCInfo(lcEngine).noquote() << "sale" << refid << saleStateName(rec->state) << "->"
                               << saleStateName(stored.state) << "after a transaction-list lookup"
                               << (forVoid ? "(void asked):" : ":") << u.lastError;
    if (requery) {
        emit found(stored);   // the engine drives it from here
        if (!refusal.isEmpty())
            emit voidRefused(refid, refusal);
        return;
    }
    emit pendingMayHaveChanged();
    emit saleUpdated(stored);
    if (!refusal.isEmpty())
        emit voidRefused(refid, refusal);
    emit saleSettled(stored);
}

bool StaleSaleResolver::sendDecided(const QString &refid, QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<SaleRecord> rec = m_journal.sale(refid);
    if (!rec)
        return refuse(tr("There is no sale %1 in the journal.").arg(refid));
    if (rec->state != SaleState::NeedsDecision || isDriven(refid))
        return refuse(tr("Sale %1 is %2, not waiting for a decision: nothing was sent.")
                          .arg(refid, saleStateName(rec->state)));
    drop(refid);   // the decision is made: a background lookup no longer matters
    SaleRecord u = *rec;
    u.state = SaleState::New;
    u.lastError = tr("Sent by decision after IIMMPACT had no transaction for it.");
    if (!m_journal.recordOutcome(refid, u))
        return refuse(tr("The sales journal could not record the decision for sale %1 (%2). "
                         "Nothing was sent.").arg(refid, m_journal.errorString()));
    qCInfo(lcEngine).noquote() << "sale" << refid << "NeedsDecision -> New by a supervisor's decision";
    const std::optional<SaleRecord> armed = m_journal.sale(refid);
    if (!armed)
        return refuse(tr("The sales journal could not read sale %1 (%2). Nothing was sent; "
                         "recovery sends it.").arg(refid, m_journal.errorString()));
    emit decidedToSend(*armed);   // the engine drives it from here
    return true;
}

bool StaleSaleResolver::voidSale(const QString &refid, QString *error)
{
    const std::optional<SaleRecord> rec = m_journal.sale(refid);
    QString problem;
    if (!rec)
        problem = tr("There is no sale %1 in the journal.").arg(refid);
    else if (rec->state != SaleState::NeedsDecision || isDriven(refid))
        problem = tr("Sale %1 is %2, not waiting for a decision: it was not voided.")
                      .arg(refid, saleStateName(rec->state));
    else if (!start(*rec, true))
        problem = tr("Sale %1 is being sent: it was not voided.").arg(refid);
    if (problem.isEmpty())
        return true;
    if (error)
        *error = problem;
    return false;
}

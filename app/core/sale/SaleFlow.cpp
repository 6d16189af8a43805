#include "sale/SaleFlow.h"

#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "payment/ProductRules.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

SaleFlow::SaleFlow(PaymentEngine &engine, const Journal *journal, const Clock *clock,
                   int duplicateWindowMinutes, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_journal(journal)
    , m_clock(clock)
    , m_duplicateWindowMinutes(duplicateWindowMinutes)
{
    connect(&m_engine, &PaymentEngine::saleUpdated, this, &SaleFlow::onSaleUpdated);
    connect(&m_engine, &PaymentEngine::saleSettled, this, &SaleFlow::onSaleSettled);
    connect(&m_engine, &PaymentEngine::nextQueryIn, this, [this](const QString &refid, int msecs) {
        if (!m_watched.isEmpty() && refid == m_watched)
            emit watchedNextQueryIn(msecs);
    });
    connect(&m_engine, &PaymentEngine::requestStarted, this, [this](const QString &refid, int attempt) {
        if (!m_watched.isEmpty() && refid == m_watched)
            emit watchedRequestStarted(attempt);
    });
}

SaleFlow::Review SaleFlow::review(const SaleRequest &request)
{
    m_reviewed = request;
    Review r;
    r.request = request;
    r.similarMinutes = m_duplicateWindowMinutes;
    if (!m_journal || !m_clock || m_duplicateWindowMinutes <= 0)
        return r;
    const QDateTime since = m_clock->now().addSecs(-60LL * m_duplicateWindowMinutes);
    const QList<SaleRecord> similar = m_journal->recentSimilar(request.account, request.amount, since);
    for (const SaleRecord &s : similar) {
        // A Rejected sale made no transaction, and the sale being corrected is this one.
        if (s.refid != request.correctsRefid && s.state != SaleState::Rejected)
            r.similar.append(s);
    }
    return r;
}

std::optional<QString> SaleFlow::confirm(SubmitError *error)
{
    SubmitError local;
    SubmitError *err = error ? error : &local;
    // A sale the engine settles inside submit() (committed but not sent: the journal failed
    // right after) is this sale, not a background one: keep the engine's record, which says why.
    m_confirming = true;
    m_settledWhileConfirming.reset();
    const std::optional<QString> refid = m_engine.submit(m_reviewed, err);
    m_confirming = false;
    if (!refid)
        return std::nullopt;   // nothing journaled or sent: the form keeps the input
    m_watched = *refid;
    if (!m_engine.isActive(*refid)) {
        std::optional<SaleRecord> rec;
        if (m_settledWhileConfirming && m_settledWhileConfirming->refid == *refid)
            rec = m_settledWhileConfirming;
        else if (m_journal)
            rec = m_journal->sale(*refid);
        if (!rec) {
            rec = SaleRecord{};
            rec->refid = *refid;
            rec->product = m_reviewed.product;
            rec->account = m_reviewed.account;
            rec->amount = m_reviewed.amount;
            rec->state = SaleState::New;
        }
        settleWatched(*rec);
    }
    return refid;
}

bool SaleFlow::watch(const SaleRecord &sale)
{
    m_watched = sale.refid;
    return m_engine.requery(sale.refid);
}

QString SaleFlow::releaseToBackground()
{
    const QString refid = m_watched;
    m_watched.clear();
    return refid;
}

bool SaleFlow::checkStatus(const QString &refid)
{
    return m_engine.requery(refid);
}

SaleRequest SaleFlow::sellAgainRequest(const SaleRecord &sale)
{
    return ProductRules::requestFromRecord(sale);
}

SaleFlow::Outcome SaleFlow::outcomeFor(SaleState state)
{
    switch (state) {
    case SaleState::Succesful:
        return Outcome::Success;
    case SaleState::Failed:
    case SaleState::Refund:
    case SaleState::Voided:   // final and nothing charged: the failure screen says so
        return Outcome::Failure;
    case SaleState::Rejected:
        return Outcome::Rejected;
    case SaleState::New:
    case SaleState::Accepted:
    case SaleState::Processing:
    case SaleState::Unknown:
    case SaleState::NeedsDecision:
        return Outcome::Pending;
    }
    return Outcome::Pending;
}

SaleFlow::Rejection SaleFlow::rejectionFor(const SaleRecord &sale)
{
    // HTTP 400 (or a local refusal): no transaction. Same form, input kept, same refid.
    QString why = sale.remarks.value_or(QString());
    if (why.isEmpty())
        why = sale.lastError;
    if (why.isEmpty())
        why = tr("IIMMPACT refused the sale.");
    if (!why.endsWith(u'.'))
        why += u'.';
    Rejection r;
    r.refid = sale.refid;
    r.message = tr("Not sold: %1 Nothing was charged. Correct the details and pay again.").arg(why);
    r.field = fieldForMessage(why);
    return r;
}

QString SaleFlow::fieldForMessage(const QString &message)
{
    // The banner shows the whole text; this only moves the focus to the likely field.
    const QString m = message.toLower();
    if (m.contains("denomination"_L1) || m.contains("amount"_L1))
        return u"amount"_s;
    if (m.contains("ref-2"_L1) || m.contains("ref2"_L1))
        return u"ref2"_s;
    if (m.contains("biller"_L1))
        return u"biller"_s;
    if (m.contains("ic number"_L1) || m.contains("ic_number"_L1) || m.contains("passport"_L1))
        return u"ic"_s;
    if (m.contains("account"_L1) || m.contains("number"_L1))
        return u"account"_s;
    return {};
}

void SaleFlow::onSaleUpdated(const SaleRecord &sale)
{
    if (!m_watched.isEmpty() && sale.refid == m_watched)
        emit watchedUpdated(sale);
}

void SaleFlow::onSaleSettled(const SaleRecord &sale)
{
    if (m_confirming) {
        m_settledWhileConfirming = sale;   // confirm() settles it as the watched sale
        return;
    }
    if (!m_watched.isEmpty() && sale.refid == m_watched)
        settleWatched(sale);
    else
        emit backgroundSaleSettled(sale);
}

void SaleFlow::settleWatched(const SaleRecord &sale)
{
    const Outcome outcome = outcomeFor(sale.state);
    // A rejected sale goes back to the form, which carries its refid for the correction. Any
    // other stays watched while its screen is up: a status check from there (Succesful may now
    // read Refund) updates the same screen. The screens release it when the cashier moves on.
    if (outcome == Outcome::Rejected)
        m_watched.clear();
    emit watchedSettled(sale, outcome);
}

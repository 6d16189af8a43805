#include "reconcile/Reconciler.h"

#include "api/ApiTypes.h"
#include "api/IimmpactClient.h"
#include "journal/Journal.h"
#include "payment/StaleSaleLookup.h"
#include "util/Clock.h"
#include "util/Log.h"

#include <QJsonObject>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

Reconciler::Reconciler(IimmpactClient &client, const Journal &journal, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_clock(clock)
{
}

Reconciler::~Reconciler()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        delete m_call;   // aborts without emitting
    }
}

void Reconciler::startDay(const QDate &malaysianDay)
{
    const auto [from, to] = Reconciliation::malaysianDayPeriod(malaysianDay);
    start(from, to);
}

void Reconciler::start(const QDateTime &from, const QDateTime &to)
{
    if (m_started)
        return;
    m_started = true;
    m_input.from = from.toUTC();
    m_input.to = to.toUTC();
    m_input.terminalId = m_journal.terminalId();
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (m_call)
            m_call->abort();   // finishes the page synchronously as a failure
        fail(ReconcileResult::Failure::Network, tr("IIMMPACT's transaction list was not read in time."));
    });
    m_deadline->start(m_timeoutMs);
    // Never finish inside start(): the caller connects after constructing, maybe after start().
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        if (!m_input.from.isValid() || !m_input.to.isValid() || m_input.to <= m_input.from)
            return fail(ReconcileResult::Failure::Config, tr("The period to reconcile is empty."));
        if (!m_client.configError().isEmpty())
            return fail(ReconcileResult::Failure::Config,
                        tr("IIMMPACT cannot be asked: %1").arg(m_client.configError()));
        if (!loadJournal())
            return;
        m_queries.append({{u"limit"_s, QString::number(m_pageLimit)},
                          {u"date"_s, Reconciliation::dateParameter(m_input.from, m_input.to)}});
        requestPage();
    });
}

// The period's sales and those created up to the clock skew around it (they may pair with a
// row inside the period). The history query's days are local; the window is cut exactly here.
bool Reconciler::loadJournal()
{
    if (!m_journal.isOpen()) {
        fail(ReconcileResult::Failure::Journal, tr("The sales journal is not open."));
        return false;
    }
    const int skew = Reconciliation::ClockSkewSecs;
    const QDateTime first = m_input.from.addSecs(-skew);
    const QDateTime last = m_input.to.addSecs(skew);
    SaleHistoryQuery query;
    query.filter.from = first.toLocalTime().date();
    query.filter.to = last.toLocalTime().date();
    query.pageSize = 500;
    for (;;) {
        SaleHistoryQuery::Cursor next;
        const QList<SaleRecord> page = m_journal.findSales(query, &next);
        for (const SaleRecord &sale : page) {
            if (sale.createdAt >= first && sale.createdAt < last)
                m_input.sales.append(sale);
        }
        if (!next.isValid())
            break;
        query.after = next;
    }
    return true;
}

// Rows carrying this till's refid of a sale created outside the window (sent again by a
// recovery days later) are paired with that sale, read by refid.
void Reconciler::addSalesNamedByRows()
{
    QSet<QString> known;
    for (const SaleRecord &sale : std::as_const(m_input.sales))
        known.insert(sale.refid);
    const QString prefix = Reconciliation::refidPrefix(m_input.terminalId);
    for (const QJsonValue &value : std::as_const(m_input.rows)) {
        const QJsonObject row = value.toObject();
        QString refid = row.value("refid"_L1).toString().trimmed();
        if (refid.isEmpty())
            refid = row.value("ref_id"_L1).toString().trimmed();
        if (refid.isEmpty() || known.contains(refid) || !refid.startsWith(prefix))
            continue;
        known.insert(refid);
        if (const std::optional<SaleRecord> sale = m_journal.sale(refid))
            m_input.sales.append(*sale);
    }
}

void Reconciler::requestPage()
{
    RequestSigner::QueryItems query = m_queries.constFirst();
    if (m_offset > 0)
        query.append({u"offset"_s, QString::number(m_offset)});
    ReadCall *call = m_client.transactions(query);
    m_call = call;
    connect(call, &ReadCall::finished, this,
            [this, call](const ApiReadResult &result) { onPage(call, result); });
}

void Reconciler::onPage(ReadCall *call, const ApiReadResult &result)
{
    call->deleteLater();
    if (m_call != call || m_finished)
        return;
    m_call = nullptr;
    if (!result.ok)
        return failRead(result);
    const QJsonValue data = result.json.value(u"data"_s);
    if (!data.isArray())
        return fail(ReconcileResult::Failure::Malformed, tr("IIMMPACT's transaction list answered without a list."));
    ++m_pages;
    m_rateLimitWaits = 0;
    const QJsonArray rows = data.toArray();
    for (const QJsonValue &row : rows)
        m_input.rows.append(row);
    if (rows.size() < m_pageLimit)
        return queryDone();
    if (m_pages >= MaxPages)
        return fail(ReconcileResult::Failure::TooManyRows,
                    tr("IIMMPACT's transaction list has more than %n page(s) for this period; it was not "
                       "read to the end.", nullptr, MaxPages));
    m_offset += int(rows.size());
    requestPage();
}

void Reconciler::failRead(const ApiReadResult &result)
{
    using F = ReconcileResult::Failure;
    const QString why = tr("IIMMPACT's transaction list could not be read: %1")
                            .arg(result.errorMessage.isEmpty() ? tr("HTTP %1").arg(result.httpStatus)
                                                               : result.errorMessage);
    switch (result.errorKind) {
    case TopupOutcomeKind::ConfigError:
        return fail(F::Config, why);
    case TopupOutcomeKind::AuthError:
        return fail(F::Auth, why);
    case TopupOutcomeKind::RateLimited:
        if (m_rateLimitWaits < MaxRateLimitWaits) {
            ++m_rateLimitWaits;   // the same page again, after the wait IIMMPACT asked for
            QTimer::singleShot(std::min(result.retryAfterSecs, MaxRateLimitWaitSecs) * 1000, this,
                               [this] { if (!m_finished) requestPage(); });
            return;
        }
        return fail(F::RateLimited, why);
    default:
        break;
    }
    if (result.httpStatus == 0)
        return fail(F::Network, why);
    return fail(result.httpStatus == 200 ? F::Malformed : F::Server, why);
}

void Reconciler::queryDone()
{
    m_queries.removeFirst();
    m_offset = 0;
    if (!m_queries.isEmpty())
        return requestPage();
    addSalesNamedByRows();
    ReconcileResult result = Reconciliation::compare(m_input);
    if (!m_followedUp && queueFollowUps(result))
        return requestPage();
    finish(result);
}

// A sale missing from the period's list whose send window reaches a day the list was not asked
// for is looked up by its own dates, product and account before it is called missing.
bool Reconciler::queueFollowUps(const ReconcileResult &first)
{
    m_followedUp = true;
    const QDate firstDay = Reconciliation::malaysianDay(m_input.from);
    const QDate lastDay = Reconciliation::malaysianDay(m_input.to.addMSecs(-1));
    for (const ReconcileDiff &d : first.differences) {
        if (d.kind != ReconcileDiff::Kind::MissingAtIimmpact || m_queries.size() >= MaxFollowUps)
            continue;
        for (const SaleRecord &sale : std::as_const(m_input.sales)) {
            if (sale.refid != d.refid)
                continue;
            const QString days = StaleSaleLookup::dateParameter(sale);
            const QDate saleFirst = QDate::fromString(days.left(10), u"yyyy-MM-dd"_s);
            const QDate saleLast = QDate::fromString(days.right(10), u"yyyy-MM-dd"_s);
            if (saleFirst >= firstDay && saleLast <= lastDay)
                break;   // the period's list already covered every day it may be dated
            m_queries.append({{u"limit"_s, QString::number(m_pageLimit)},
                              {u"date"_s, days},
                              {u"product"_s, sale.product},
                              {u"account"_s, sale.account}});
            break;
        }
    }
    return !m_queries.isEmpty();
}

void Reconciler::fail(ReconcileResult::Failure failure, const QString &message)
{
    if (m_finished)
        return;
    ReconcileResult result;
    result.from = m_input.from;
    result.to = m_input.to;
    result.day = Reconciliation::malaysianDay(m_input.from);
    result.terminalId = m_input.terminalId;
    result.failure = failure;
    result.failureMessage = message;
    finish(result);
}

void Reconciler::finish(ReconcileResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
    result.checkedAt = m_clock.now();
    result.pagesRead = m_pages;
    m_result = result;
    // Refids and kinds only: accounts stay in the report, which masks IC numbers.
    const QString period = Reconciliation::dateParameter(result.from, result.to);
    if (!result.ok()) {
        qCWarning(lcReconcile).noquote() << "reconcile" << period << "not compared:"
                                         << ReconcileResult::failureName(result.failure) << result.failureMessage;
    } else {
        qCInfo(lcReconcile).noquote() << "reconcile" << period << "journal" << result.journalSales << "iimmpact"
                                      << result.iimmpactRows << "matched" << result.matched << "differences"
                                      << result.differences.size() << "pages" << result.pagesRead;
        for (const ReconcileDiff &d : std::as_const(result.differences))
            qCInfo(lcReconcile).noquote() << "reconcile difference" << ReconcileDiff::kindName(d.kind)
                                          << (d.refid.isEmpty() ? u"trxid "_s + d.trxid : d.refid)
                                          << ReconcileDiff::actionName(d.action);
    }
    emit finished(m_result);
}

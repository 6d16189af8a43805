#include "payment/StaleSaleLookup.h"

#include "api/ApiTypes.h"
#include "api/IimmpactClient.h"
#include "api/ReplyClassifier.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// IIMMPACT dates its transactions in Malaysian time (GMT+8, no daylight saving).
const QTimeZone &malaysia()
{
    static const QTimeZone zone(8 * 3600);
    return zone;
}

QDate malaysianDate(const QDateTime &utc)
{
    return utc.toTimeZone(malaysia()).date();
}

// The last moment this terminal may have sent the sale: its last attempt (updatedAt), never
// before its creation.
QDateTime lastSend(const SaleRecord &sale)
{
    if (!sale.updatedAt.isValid() || sale.updatedAt < sale.createdAt)
        return sale.createdAt;
    return sale.updatedAt;
}

QString rowText(const QJsonObject &row, QLatin1String key)
{
    const QJsonValue v = row.value(key);
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return ReplyClassifier::decimalText(v);
    return {};
}

} // namespace

QString StaleSaleLookup::dateParameter(const SaleRecord &sale)
{
    const QDate from = malaysianDate(sale.createdAt.addSecs(-ClockSkewSecs));
    const QDate to = malaysianDate(lastSend(sale).addSecs(ClockSkewSecs));
    const QString first = from.toString(u"yyyy-MM-dd"_s);
    if (to <= from)
        return first;
    return first + u" - "_s + to.toString(u"yyyy-MM-dd"_s);   // the documented range form
}

RequestSigner::QueryItems StaleSaleLookup::query(const SaleRecord &sale, int offset)
{
    RequestSigner::QueryItems q{
        {u"limit"_s, QString::number(PageLimit)},
        {u"date"_s, dateParameter(sale)},
        {u"product"_s, sale.product},
        {u"account"_s, sale.account},
    };
    if (offset > 0)
        q.append({u"offset"_s, QString::number(offset)});
    return q;
}

QDateTime StaleSaleLookup::rowDate(const QString &text)
{
    for (const QString &format : {u"yyyy-MM-dd HH:mm:ss.zzz"_s, u"yyyy-MM-dd HH:mm:ss"_s}) {
        QDateTime t = QDateTime::fromString(text.trimmed(), format);
        if (t.isValid()) {
            t.setTimeZone(malaysia());
            return t.toUTC();
        }
    }
    return {};
}

void StaleSaleLookup::scan(const SaleRecord &sale, const QJsonArray &rows, Tally &tally)
{
    const QString amount = ReplyClassifier::canonicalDecimal(sale.amount);
    const QDateTime earliest = sale.createdAt.addSecs(-ClockSkewSecs);
    const QDateTime latest = lastSend(sale).addSecs(ClockSkewSecs);
    for (const QJsonValue &value : rows) {
        ++tally.rowsSeen;
        const QJsonObject row = value.toObject();
        // §6.5 does not show the refid column; v1 called it ref_id. Either one decides.
        QString refid = rowText(row, "refid"_L1);
        if (refid.isEmpty())
            refid = rowText(row, "ref_id"_L1);
        if (!refid.isEmpty()) {
            if (refid == sale.refid)
                tally.refidFound = true;
            continue;   // another sale's transaction, however alike
        }
        if (rowText(row, "product_code"_L1) != sale.product || rowText(row, "account"_L1) != sale.account)
            continue;
        const QString rowAmount = ReplyClassifier::canonicalDecimal(rowText(row, "amount"_L1));
        if (amount.isEmpty() || rowAmount != amount)
            continue;
        const QDateTime when = rowDate(rowText(row, "date"_L1));
        if (!when.isValid() || when < earliest || when > latest)
            continue;
        ++tally.detailMatches;
    }
}

StaleSaleLookup::Verdict StaleSaleLookup::verdict(const Tally &tally)
{
    if (tally.refidFound || tally.detailMatches == 1)
        return Verdict::Found;
    if (tally.detailMatches > 1)
        return Verdict::Ambiguous;
    return Verdict::NotFound;
}

StaleSaleLookup::Verdict StaleSaleLookup::match(const SaleRecord &sale, const QJsonArray &rows)
{
    Tally tally;
    scan(sale, rows, tally);
    return verdict(tally);
}

StaleSaleLookup::StaleSaleLookup(IimmpactClient &client, const SaleRecord &sale, int timeoutMs,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sale(sale)
    , m_timeoutMs(std::max(1, timeoutMs))
{
}

StaleSaleLookup::~StaleSaleLookup()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        delete m_call;   // aborts without emitting
    }
}

void StaleSaleLookup::start()
{
    if (m_deadline || m_finished)
        return;
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (m_call)
            m_call->abort();   // finishes the page synchronously as Unknown
        if (!m_finished)
            finish(Verdict::Failed, tr("IIMMPACT's transaction list did not answer in time."));
    });
    m_deadline->start(m_timeoutMs);
    requestPage();
}

void StaleSaleLookup::requestPage()
{
    ReadCall *call = m_client.transactions(query(m_sale, m_offset));
    m_call = call;
    connect(call, &ReadCall::finished, this,
            [this, call](const ApiReadResult &result) { onPage(call, result); });
}

void StaleSaleLookup::onPage(ReadCall *call, const ApiReadResult &result)
{
    call->deleteLater();
    if (m_call != call || m_finished)
        return;
    m_call = nullptr;
    ++m_pages;
    if (!result.ok) {
        finish(Verdict::Failed,
               tr("IIMMPACT's transaction list could not be read: %1")
                   .arg(result.errorMessage.isEmpty() ? tr("HTTP %1").arg(result.httpStatus)
                                                      : result.errorMessage));
        return;
    }
    const QJsonValue data = result.json.value(u"data"_s);
    if (!data.isArray()) {
        finish(Verdict::Failed, tr("IIMMPACT's transaction list answered without a list."));
        return;
    }
    const QJsonArray rows = data.toArray();
    scan(m_sale, rows, m_tally);
    if (m_tally.refidFound) {
        finish(Verdict::Found, tr("IIMMPACT lists a transaction with reference %1.").arg(m_sale.refid));
        return;
    }
    if (rows.size() >= PageLimit) {
        if (m_pages >= MaxPages) {
            finish(Verdict::Failed, tr("IIMMPACT's transaction list has more than %n row(s) for "
                                       "this account and product; it was not read to the end.",
                                       nullptr, m_tally.rowsSeen));
            return;
        }
        m_offset += int(rows.size());
        requestPage();
        return;
    }
    switch (verdict(m_tally)) {
    case Verdict::Found:
        finish(Verdict::Found, tr("IIMMPACT lists one transaction with this sale's product, account, "
                                  "amount and time (the list shows no reference)."));
        break;
    case Verdict::Ambiguous:
        finish(Verdict::Ambiguous,
               tr("IIMMPACT lists %n transaction(s) like this sale without a reference: none can be "
                  "proved to be this one.", nullptr, m_tally.detailMatches));
        break;
    case Verdict::NotFound:
    case Verdict::Failed:
        finish(Verdict::NotFound, tr("IIMMPACT has no transaction for this sale."));
        break;
    }
}

void StaleSaleLookup::finish(Verdict verdict, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_verdict = verdict;
    m_message = message;
    if (m_deadline)
        m_deadline->stop();
    emit finished();
}

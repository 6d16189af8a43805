#include "SimLedger.h"

#include "SimCatalogue.h"
#include "SimProduct.h"
#include "util/Clock.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
// FNV-1a: a stable seed per refid, so serials and PINs repeat across runs (qHash is salted).
quint32 stableSeed(const QString &text)
{
    quint32 h = 2166136261u;
    for (char c : text.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

QString digits(QRandomGenerator &gen, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QChar(u'0' + int(gen.bounded(10))));
    return out;
}

QString pinChars(QRandomGenerator &gen, int count)
{
    // No 0/O or 1/I: PINs are read aloud at the counter.
    static const QString alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(alphabet.at(int(gen.bounded(quint32(alphabet.size())))));
    return out;
}

QString listStatusText(SimTransaction::State state)
{
    switch (state) {
    case SimTransaction::State::Accepted:
    case SimTransaction::State::Processing:
        return u"Pending"_s;
    case SimTransaction::State::Succesful:
        return u"Successful"_s;   // /v2/transactions spells it correctly (API reference §3.3)
    case SimTransaction::State::Failed:
        return u"Failed"_s;
    case SimTransaction::State::Refund:
        return u"Refund"_s;
    }
    return QString();
}

QString filterKey(SimTransaction::State state)
{
    switch (state) {
    case SimTransaction::State::Accepted:
    case SimTransaction::State::Processing:
        return u"PENDING"_s;
    case SimTransaction::State::Succesful:
        return u"SUCCESSFUL"_s;
    case SimTransaction::State::Failed:
        return u"FAILED"_s;
    case SimTransaction::State::Refund:
        return u"REFUND"_s;
    }
    return QString();
}

// "yyyy-MM-dd" or "yyyy-MM-dd - yyyy-MM-dd" (GMT+8 dates). Invalid -> both null.
std::pair<QDate, QDate> dateRange(const QString &text)
{
    const QStringList parts = text.split(u" - "_s);
    const QDate from = QDate::fromString(parts.value(0).trimmed(), u"yyyy-MM-dd"_s);
    const QDate to = parts.size() > 1 ? QDate::fromString(parts.value(1).trimmed(), u"yyyy-MM-dd"_s) : from;
    return {from, to};
}
}

SimLedger::SimLedger(qint64 startingBalance, const Clock &clock)
    : m_clock(clock)
    , m_balance(startingBalance)
{
    m_monotonic.start();
    m_statement.append(Entry{1, m_clock.now(), startingBalance, startingBalance,
                             u"Opening deposit (simulator)"_s, u"DEPOSIT"_s});
}

SimLedger::~SimLedger() = default;

void SimLedger::setTiming(int acceptedMs, int processingMs)
{
    m_acceptedMs = qMax(0, acceptedMs);
    m_processingMs = qMax(0, processingMs);
}

qint64 SimLedger::balance()
{
    advanceAll();
    return m_balance;
}

void SimLedger::setBalance(qint64 balance)
{
    advanceAll();
    record(balance - m_balance, u"Balance adjusted (simulator)"_s, u"DEPOSIT"_s);
    m_balance = balance;
    m_statement.last().balance = balance;
}

SimTransaction &SimLedger::create(const SimOrder &order, int failCode, const QString &failRemarks,
                                  bool stuck, bool refundLater)
{
    auto tx = std::make_shared<SimTransaction>();
    tx->refid = order.refid;
    tx->request = order.request;
    tx->trxid = QString::number(m_nextTrxId++);
    tx->productCode = order.product->code;
    tx->productName = order.product->name;
    tx->account = order.account;
    tx->billerCode = order.billerCode;
    tx->amount = order.amount;
    tx->cost = order.cost;
    tx->failCode = failCode;
    tx->failRemarks = failRemarks;
    tx->stuck = stuck;
    tx->refundLater = refundLater;
    tx->createdMs = m_monotonic.elapsed();
    tx->acceptedMs = m_acceptedMs;
    tx->processingMs = m_processingMs;
    tx->created = m_clock.now();
    fillDeliverables(*tx, order);

    m_balance -= order.cost;
    tx->balanceAfter = m_balance;
    record(-order.cost, u"Transaction %1 %2 %3"_s.arg(tx->refid, tx->productCode, tx->account),
           u"TRANSACTION"_s);

    m_byRefid.insert(tx->refid, tx);
    m_order.append(tx);
    if (!tx->voucherToken.isEmpty())
        m_voucherTokens.insert(tx->voucherToken, tx->refid);
    return *tx;
}

SimTransaction &SimLedger::insertListed(const QString &refid, const QString &productCode,
                                        const QString &productName, const QString &account, qint64 amount,
                                        const QDateTime &when)
{
    auto tx = std::make_shared<SimTransaction>();
    tx->refid = refid;
    tx->trxid = QString::number(m_nextTrxId++);
    tx->productCode = productCode;
    tx->productName = productName;
    tx->account = account;
    tx->amount = amount;
    tx->cost = amount;
    tx->createdMs = m_monotonic.elapsed();
    tx->created = when.isValid() ? when.toUTC() : m_clock.now();
    tx->balanceAfter = m_balance;
    overrideState(*tx, SimTransaction::State::Succesful, tx->created);
    if (!refid.isEmpty())
        m_byRefid.insert(refid, tx);
    m_order.append(tx);
    return *tx;
}

void SimLedger::overrideState(SimTransaction &tx, SimTransaction::State state, const QDateTime &now)
{
    tx.state = state;
    tx.stuck = !tx.isFinal();   // a pending override stays pending
    tx.refundLater = false;
    switch (state) {
    case SimTransaction::State::Accepted:
        tx.statusCode = 0;
        break;
    case SimTransaction::State::Processing:
        tx.statusCode = 1;
        break;
    case SimTransaction::State::Succesful:
        tx.statusCode = 20;
        break;
    case SimTransaction::State::Failed:
        tx.statusCode = tx.failCode != 0 ? tx.failCode : 40;
        break;
    case SimTransaction::State::Refund:
        tx.statusCode = 53;
        break;
    }
    if (tx.isFinal())
        tx.finished = now;
}

void SimLedger::fillDeliverables(SimTransaction &tx, const SimOrder &order) const
{
    QRandomGenerator gen(stableSeed(order.refid));
    const SimProduct &p = *order.product;
    switch (p.kind) {
    case SimProduct::Kind::Reload:
    case SimProduct::Kind::Data:
        if (p.returnsSerial)
            tx.sn = digits(gen, 12);
        break;
    case SimProduct::Kind::Bill:
        break;   // bills answer with empty sn and pin, as IIMMPACT does
    case SimProduct::Kind::JomPay:
        tx.sn = u"JP"_s + digits(gen, 10);
        break;
    case SimProduct::Kind::Ptptn:
        tx.sn = u"PT"_s + digits(gen, 10);
        break;
    case SimProduct::Kind::Voucher:
        tx.sn = digits(gen, 9);
        tx.pin = p.code == u"GC"_s ? pinChars(gen, 10) : pinChars(gen, 16);
        break;
    case SimProduct::Kind::Esim:
        tx.sn = u"8960"_s + digits(gen, 15);   // ICCID
        tx.pin = u"LPA:1$smdp.simulator.invalid$"_s + pinChars(gen, 24);
        break;
    }
    if (p.deliversPin()) {
        tx.expiry = gmt8(m_clock.now().addDays(365), u"yyyyMMdd"_s);
        tx.note = p.note;
        // The link is a capability: unguessable, unlike the refid.
        quint32 words[4];
        QRandomGenerator::system()->fillRange(words);
        for (quint32 w : words)
            tx.voucherToken += QString::number(w, 16).rightJustified(8, u'0');
    }
}

SimTransaction *SimLedger::find(const QString &refid)
{
    const auto it = m_byRefid.constFind(refid);
    if (it == m_byRefid.cend())
        return nullptr;
    advance(**it);
    return it->get();
}

SimTransaction *SimLedger::findByVoucherToken(const QString &token)
{
    const auto it = m_voucherTokens.constFind(token);
    return it == m_voucherTokens.cend() ? nullptr : find(*it);
}

void SimLedger::advance(SimTransaction &tx)
{
    if (tx.isFinal())
        return;
    const qint64 elapsed = m_monotonic.elapsed() - tx.createdMs;
    if (tx.stuck) {
        if (elapsed >= tx.acceptedMs) {
            tx.state = SimTransaction::State::Processing;
            tx.statusCode = 1;
        }
        return;
    }
    if (elapsed < tx.acceptedMs)
        return;
    if (elapsed < qint64(tx.acceptedMs) + tx.processingMs) {
        tx.state = SimTransaction::State::Processing;
        tx.statusCode = 1;
        return;
    }
    finalise(tx);
}

void SimLedger::advanceAll()
{
    for (const auto &tx : std::as_const(m_order))
        advance(*tx);
}

void SimLedger::finalise(SimTransaction &tx)
{
    tx.finished = m_clock.now();
    if (tx.failCode != 0) {
        tx.state = SimTransaction::State::Failed;
        tx.statusCode = tx.failCode;
        tx.remarks = tx.failRemarks;
        m_balance += tx.cost;   // a failed transaction is not charged
        tx.balanceAfter = m_balance;
        record(tx.cost, u"Refund of failed transaction %1"_s.arg(tx.refid), u"REFUND"_s);
    } else {
        tx.state = SimTransaction::State::Succesful;
        tx.statusCode = 20;
    }
}

bool SimLedger::refund(SimTransaction &tx)
{
    advance(tx);
    if (tx.state != SimTransaction::State::Succesful)
        return false;
    tx.state = SimTransaction::State::Refund;
    tx.statusCode = 53;
    tx.remarks = u"Transaction voided and refunded"_s;
    tx.finished = m_clock.now();
    m_balance += tx.cost;
    tx.balanceAfter = m_balance;
    record(tx.cost, u"Refund of voided transaction %1"_s.arg(tx.refid), u"REFUND"_s);
    return true;
}

void SimLedger::record(qint64 amount, const QString &remarks, const QString &type)
{
    m_statement.append(Entry{int(m_statement.size()) + 1, m_clock.now(), amount, m_balance,
                             remarks, type});
}

QString SimLedger::statusText(SimTransaction::State state)
{
    switch (state) {
    case SimTransaction::State::Accepted:
        return u"Accepted"_s;
    case SimTransaction::State::Processing:
        return u"Processing"_s;
    case SimTransaction::State::Succesful:
        return u"Succesful"_s;   // sic: IIMMPACT's permanent spelling on /v2/topup
    case SimTransaction::State::Failed:
        return u"Failed"_s;
    case SimTransaction::State::Refund:
        return u"Refund"_s;
    }
    return QString();
}

QString SimLedger::gmt8(const QDateTime &utc, const QString &format)
{
    return utc.toTimeZone(QTimeZone(8 * 3600)).toString(format);
}

QJsonObject SimLedger::topupData(const SimTransaction &tx, const QString &voucherBase) const
{
    const bool succeeded = tx.state == SimTransaction::State::Succesful;
    const bool charged = tx.state != SimTransaction::State::Failed
        && tx.state != SimTransaction::State::Refund;
    const QDateTime when = tx.isFinal() ? tx.finished : tx.created;
    return QJsonObject{
        {u"statusCode"_s, tx.statusCode},
        {u"status"_s, statusText(tx.state)},
        {u"account"_s, tx.account},
        {u"product"_s, tx.productCode},
        {u"productName"_s, tx.productName},
        {u"amount"_s, money(tx.amount)},
        {u"sn"_s, succeeded ? tx.sn : QString()},
        {u"pin"_s, succeeded ? tx.pin : QString()},
        {u"expiry"_s, succeeded ? tx.expiry : QString()},
        {u"cost"_s, charged ? money(tx.cost) : 0.0},
        {u"balance"_s, money(tx.balanceAfter)},
        {u"remarks"_s, tx.remarks},
        {u"refid"_s, tx.refid},
        {u"timestamp"_s, gmt8(when, u"yyyy-MM-dd HH:mm:ss"_s)},
        {u"note"_s, succeeded ? tx.note : QString()},
        {u"voucherlink"_s, succeeded && !tx.voucherToken.isEmpty()
                               ? voucherBase + u"/voucher/"_s + tx.voucherToken : QString()},
    };
}

QString SimLedger::transactionsQueryError(const QUrlQuery &query)
{
    bool ok = false;
    const int limit = query.queryItemValue(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0)
        return u"The limit field is required and must be a positive number."_s;
    const QString date = query.queryItemValue(u"date"_s, QUrl::FullyDecoded);
    const auto [from, to] = dateRange(date);
    if (date.isEmpty() || !from.isValid() || !to.isValid() || to < from)
        return u"The date field is required (yyyy-MM-dd or yyyy-MM-dd - yyyy-MM-dd)."_s;
    return {};
}

QJsonObject SimLedger::transactionsJson(const QUrlQuery &query)
{
    advanceAll();
    const auto [from, to] = dateRange(query.queryItemValue(u"date"_s, QUrl::FullyDecoded));
    const QStringList statuses = query.allQueryItemValues(u"status"_s, QUrl::FullyDecoded);
    const QString account = query.queryItemValue(u"account"_s, QUrl::FullyDecoded);
    const QString product = query.queryItemValue(u"product"_s, QUrl::FullyDecoded);
    bool ok = false;
    int limit = query.queryItemValue(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0)
        limit = 50;
    const int offset = qMax(0, query.queryItemValue(u"offset"_s).toInt());

    QJsonArray rows;
    int skipped = 0;
    // Newest first, like a statement screen.
    for (auto it = m_order.crbegin(); it != m_order.crend() && rows.size() < limit; ++it) {
        const SimTransaction &tx = **it;
        if (tx.hiddenFromList)
            continue;
        const QDate day = tx.created.toTimeZone(QTimeZone(8 * 3600)).date();
        if (from.isValid() && (day < from || (to.isValid() && day > to)))
            continue;
        if (!statuses.isEmpty() && !statuses.contains(filterKey(tx.state), Qt::CaseInsensitive))
            continue;
        if (!account.isEmpty() && tx.account != account)
            continue;
        if (!product.isEmpty() && tx.productCode != product)
            continue;
        if (skipped++ < offset)
            continue;
        QJsonObject row{
            {u"trxid"_s, tx.trxid},
            {u"date"_s, gmt8(tx.created, u"yyyy-MM-dd HH:mm:ss.zzz"_s)},
            {u"response_date"_s, tx.isFinal() ? gmt8(tx.finished, u"yyyy-MM-dd HH:mm:ss.zzz"_s)
                                               : QString()},
            {u"product_code"_s, tx.productCode},
            {u"product_name"_s, tx.productName},
            {u"biller_code"_s, tx.billerCode.isEmpty() ? QJsonValue() : QJsonValue(tx.billerCode)},
            {u"amount"_s, SimCatalogue::moneyText(tx.amount)},
            {u"account"_s, tx.account},
            {u"sender"_s, u"127.0.0.1"_s},
            {u"member_id"_s, u"3100528"_s},
            {u"status_code"_s, tx.statusCode},
            {u"status"_s, listStatusText(tx.state)},
            {u"sn"_s, tx.state == SimTransaction::State::Succesful ? tx.sn : QString()},
            {u"price"_s, money(tx.cost)},
            {u"remarks"_s, tx.remarks},
        };
        if (!tx.refid.isEmpty())
            row.insert(u"refid"_s, tx.refid);   // a transaction no till sent may have none
        rows.append(row);
    }
    return QJsonObject{{u"data"_s, rows}};
}

QJsonObject SimLedger::balanceStatementJson(const QUrlQuery &query, const QString &baseUrl)
{
    advanceAll();
    const auto [from, to] = dateRange(query.queryItemValue(u"date"_s, QUrl::FullyDecoded));
    const QString type = query.queryItemValue(u"type"_s).toUpper();
    int perPage = query.queryItemValue(u"limit"_s).toInt();
    if (perPage <= 0)
        perPage = 15;
    const int page = qMax(1, query.queryItemValue(u"page"_s).toInt());

    QList<const Entry *> matching;
    for (auto it = m_statement.crbegin(); it != m_statement.crend(); ++it) {
        const QDate day = it->date.toTimeZone(QTimeZone(8 * 3600)).date();
        if (from.isValid() && (day < from || (to.isValid() && day > to)))
            continue;
        if (!type.isEmpty() && it->type != type)
            continue;
        matching.append(&*it);
    }
    const int total = int(matching.size());
    const int lastPage = qMax(1, (total + perPage - 1) / perPage);
    const int first = (page - 1) * perPage;
    QJsonArray rows;
    for (int i = first; i < qMin(total, first + perPage); ++i) {
        const Entry &e = *matching.at(i);
        rows.append(QJsonObject{{u"id"_s, e.id},
                                {u"date"_s, gmt8(e.date, u"yyyy-MM-dd HH:mm:ss.zzz"_s)},
                                {u"amount"_s, money(e.amount)},
                                {u"balance"_s, money(e.balance)},
                                {u"remarks"_s, e.remarks},
                                {u"type"_s, e.type}});
    }
    const QString path = baseUrl + u"/v2/balance-statement"_s;
    const auto pageUrl = [&](int n) { return QJsonValue(path + u"?page="_s + QString::number(n)); };
    return QJsonObject{
        {u"data"_s, rows},
        {u"links"_s, QJsonObject{{u"first"_s, pageUrl(1)},
                                 {u"last"_s, pageUrl(lastPage)},
                                 {u"prev"_s, page > 1 ? pageUrl(page - 1) : QJsonValue()},
                                 {u"next"_s, page < lastPage ? pageUrl(page + 1) : QJsonValue()}}},
        {u"meta"_s, QJsonObject{{u"current_page"_s, page},
                                {u"from"_s, total == 0 ? QJsonValue() : QJsonValue(first + 1)},
                                {u"last_page"_s, lastPage},
                                {u"path"_s, path},
                                {u"per_page"_s, perPage},
                                {u"to"_s, total == 0 ? QJsonValue() : QJsonValue(qMin(total, first + perPage))},
                                {u"total"_s, total}}},
    };
}

#include "reconcile/Reconciliation.h"

#include "api/ReplyClassifier.h"
#include "payment/StaleSaleLookup.h"
#include "receipt/Receipt.h"
#include "validation/IdentityNumber.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QTimeZone &malaysia()
{
    static const QTimeZone zone(8 * 3600);
    return zone;
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

// One row of the list, read once.
struct Row
{
    QString refid;
    QString trxid;
    QString product;
    QString account;
    QString amount;      // as listed
    QString status;      // verbatim
    QString date;        // as listed
    QDateTime when;      // UTC; invalid when unreadable
    bool inPeriod = true;
};

struct Pair
{
    const Row *row;
    const SaleRecord *sale;
};

QList<Row> readRows(const Reconciliation::Input &in)
{
    QList<Row> rows;
    QSet<QString> seen;
    for (const QJsonValue &value : in.rows) {
        const QJsonObject o = value.toObject();
        Row r;
        r.refid = rowText(o, "refid"_L1);
        if (r.refid.isEmpty())
            r.refid = rowText(o, "ref_id"_L1);
        r.trxid = rowText(o, "trxid"_L1);
        // Offset paging while sales arrive repeats a row on the next page: count it once.
        const QString key = !r.trxid.isEmpty() ? u"t:"_s + r.trxid
                          : !r.refid.isEmpty() ? u"r:"_s + r.refid : QString();
        if (!key.isEmpty()) {
            if (seen.contains(key))
                continue;
            seen.insert(key);
        }
        r.product = rowText(o, "product_code"_L1);
        r.account = rowText(o, "account"_L1);
        r.amount = rowText(o, "amount"_L1);
        r.status = rowText(o, "status"_L1);
        r.date = rowText(o, "date"_L1);
        r.when = StaleSaleLookup::rowDate(r.date);
        r.inPeriod = !r.when.isValid() || (r.when >= in.from && r.when < in.to);
        rows.append(r);
    }
    return rows;
}

QDateTime lastSend(const SaleRecord &sale)
{
    return sale.updatedAt.isValid() && sale.updatedAt > sale.createdAt ? sale.updatedAt : sale.createdAt;
}

bool sameAmount(const QString &a, const QString &b)
{
    const QString ca = ReplyClassifier::canonicalDecimal(a);
    return !ca.isEmpty() && ca == ReplyClassifier::canonicalDecimal(b);
}

// The unpaired sale a refid-less row stands for: same product, account and amount, the row's
// date in the sale's send window; the nearest creation time wins. nullptr when none.
const SaleRecord *pairByDetails(const Row &row, const QList<SaleRecord> &sales, const QSet<qsizetype> &paired,
                                qsizetype *index)
{
    if (!row.when.isValid())
        return nullptr;
    const SaleRecord *best = nullptr;
    qint64 bestDistance = 0;
    for (qsizetype i = 0; i < sales.size(); ++i) {
        const SaleRecord &s = sales.at(i);
        if (paired.contains(i) || isNeverSentState(s.state) || s.product != row.product
            || s.account != row.account || !sameAmount(s.amount, row.amount))
            continue;
        const int skew = Reconciliation::ClockSkewSecs;
        if (row.when < s.createdAt.addSecs(-skew) || row.when > lastSend(s).addSecs(skew))
            continue;
        const qint64 distance = qAbs(s.createdAt.msecsTo(row.when));
        if (!best || distance < bestDistance) {
            best = &s;
            bestDistance = distance;
            *index = i;
        }
    }
    return best;
}

// A row alone: an account that reads as a MyKad is masked, since it may be a payer's IC.
QString rowAccount(const Row &row)
{
    return IdentityNumber::validate(row.account, false).ok ? IdentityNumber::mask(row.account) : row.account;
}

ReconcileDiff diffFor(ReconcileDiff::Kind kind, const Row *row, const SaleRecord *sale)
{
    ReconcileDiff d;
    d.kind = kind;
    if (sale) {
        d.refid = sale->refid;
        d.product = sale->product;
        d.account = Receipt::displayAccount(*sale);
        d.journalState = sale->state;
        d.journalAmount = sale->amount;
    }
    if (row) {
        if (d.refid.isEmpty())
            d.refid = row->refid;
        if (d.product.isEmpty())
            d.product = row->product;
        if (d.account.isEmpty())
            d.account = rowAccount(*row);
        d.trxid = row->trxid;
        d.iimmpactStatus = row->status;
        d.iimmpactAmount = row->amount;
        d.iimmpactDate = row->date;
    }
    return d;
}

QString listed(const Row &row)
{
    return row.status.isEmpty() ? Reconciliation::tr("(no status)") : row.status;
}

// The status half of a pair; nullopt when both sides agree (or both are still pending).
std::optional<ReconcileDiff> judgeStatus(const Row &row, const SaleRecord &sale, ReconcileResult &result)
{
    using A = ReconcileDiff::Action;
    const std::optional<SaleState> listedState = Reconciliation::stateFromListStatus(row.status);
    const bool listedFinal = listedState && isFinalState(*listedState);
    ReconcileDiff d = diffFor(ReconcileDiff::Kind::StatusDiffers, &row, &sale);
    const QString till = saleStateName(sale.state);
    if (sale.state == SaleState::NeedsDecision) {
        d.action = A::CheckStatus;
        d.advice = Reconciliation::tr("IIMMPACT has this sale (%1) although the till is waiting for a decision "
                                      "on it: do not void it. Check its status (kaunter recover) so that the "
                                      "till records the outcome.").arg(listed(row));
    } else if (isNeverSentState(sale.state)) {
        d.action = A::ContactSupport;
        d.advice = Reconciliation::tr("IIMMPACT lists a transaction (%1) for a sale the till recorded as %2 "
                                      "and never charged. Contact IIMMPACT support with the reference.")
                       .arg(listed(row), till);
    } else if (needsRequery(sale.state)) {
        if (!listedFinal) {
            result.openSales.append({sale.refid, sale.state, sale.amount});
            return std::nullopt;
        }
        d.action = A::CheckStatus;
        d.advice = Reconciliation::tr("IIMMPACT has finished this sale (%1) but the till still shows it as "
                                      "pending. Check its status (kaunter recover) so that the till records "
                                      "the outcome.").arg(listed(row));
    } else if (listedState == sale.state) {
        return std::nullopt;
    } else if (!listedFinal) {
        d.action = A::CheckStatus;
        d.advice = Reconciliation::tr("IIMMPACT lists this sale as %1 while the till recorded %2. Check its "
                                      "status again later (kaunter status %3).").arg(listed(row), till, sale.refid);
    } else if (sale.state == SaleState::Succesful && listedState == SaleState::Refund) {
        d.action = A::CheckStatus;
        d.advice = Reconciliation::tr("IIMMPACT refunded this sale after the till recorded it as successful: "
                                      "the product was voided. Check its status (kaunter status %1) so that "
                                      "the till records the refund.").arg(sale.refid);
    } else if (sale.state == SaleState::Succesful || listedState == SaleState::Succesful) {
        d.action = A::ContactSupport;
        d.advice = Reconciliation::tr("IIMMPACT lists this sale as %1 but the till recorded %2: the customer "
                                      "may have been charged or served wrongly. Contact IIMMPACT support with "
                                      "the reference.").arg(listed(row), till);
    } else {
        d.action = A::CheckStatus;
        d.advice = Reconciliation::tr("IIMMPACT lists this sale as %1 while the till recorded %2; neither "
                                      "charged it. Check its status (kaunter status %3).")
                       .arg(listed(row), till, sale.refid);
    }
    return d;
}

void judgePair(const Row &row, const SaleRecord &sale, ReconcileResult &result)
{
    ++result.matched;
    if (!sameAmount(row.amount, sale.amount)) {
        ReconcileDiff d = diffFor(ReconcileDiff::Kind::AmountDiffers, &row, &sale);
        d.action = ReconcileDiff::Action::ContactSupport;
        d.advice = Reconciliation::tr("IIMMPACT recorded RM %1 for this sale, the till RM %2. Contact "
                                      "IIMMPACT support with the reference.").arg(row.amount, sale.amount);
        result.differences.append(d);
    }
    if (std::optional<ReconcileDiff> d = judgeStatus(row, sale, result))
        result.differences.append(*d);
}

void judgeUnpairedSale(const SaleRecord &sale, ReconcileResult &result)
{
    if (isNeverSentState(sale.state)) {
        ++result.notSent;   // IIMMPACT never received it: nothing to list
        return;
    }
    if (!sale.hasTransactionEvidence()) {
        result.openSales.append({sale.refid, sale.state, sale.amount});   // maybe never received
        return;
    }
    ReconcileDiff d = diffFor(ReconcileDiff::Kind::MissingAtIimmpact, nullptr, &sale);
    if (sale.isFinal()) {
        d.action = ReconcileDiff::Action::ContactSupport;
        d.advice = Reconciliation::tr("IIMMPACT does not list this sale although it answered it as %1. Contact "
                                      "IIMMPACT support with the reference; keep the customer's receipt.")
                       .arg(saleStateName(sale.state));
    } else {
        d.action = ReconcileDiff::Action::CheckStatus;
        d.advice = Reconciliation::tr("IIMMPACT said it had this sale but does not list it. Check its status "
                                      "(kaunter status %1) before selling the customer the same again.")
                       .arg(sale.refid);
    }
    result.differences.append(d);
}

void judgeUnpairedRow(const Row &row, bool ours, ReconcileResult &result)
{
    ReconcileDiff d = diffFor(ReconcileDiff::Kind::MissingInJournal, &row, nullptr);
    if (ours) {
        d.action = ReconcileDiff::Action::ContactSupport;
        d.advice = Reconciliation::tr("IIMMPACT lists a transaction with this till's reference that the "
                                      "journal does not have (was the data folder restored from an older "
                                      "copy?). Contact IIMMPACT support with the reference.");
    } else {
        d.action = ReconcileDiff::Action::CheckPortal;
        d.advice = Reconciliation::tr("IIMMPACT lists a transaction without a reference that matches no sale "
                                      "of this till. It may be another till's, or made in IIMMPACT's portal: "
                                      "check it there.");
    }
    result.differences.append(d);
}

} // namespace

std::optional<SaleState> Reconciliation::stateFromListStatus(const QString &status)
{
    if (status == "Successful"_L1 || status == "Succesful"_L1)
        return SaleState::Succesful;
    if (status == "Failed"_L1)
        return SaleState::Failed;
    if (status == "Refund"_L1)
        return SaleState::Refund;
    if (status == "Pending"_L1 || status == "Accepted"_L1 || status == "Processing"_L1)
        return SaleState::Processing;
    return std::nullopt;
}

QDate Reconciliation::malaysianDay(const QDateTime &utc)
{
    return utc.toTimeZone(malaysia()).date();
}

std::pair<QDateTime, QDateTime> Reconciliation::malaysianDayPeriod(const QDate &day)
{
    const QDateTime start(day, QTime(0, 0), malaysia());
    return {start.toUTC(), start.addDays(1).toUTC()};
}

QString Reconciliation::dateParameter(const QDateTime &from, const QDateTime &to)
{
    const QDate first = malaysianDay(from);
    const QDate last = std::max(first, malaysianDay(to.addMSecs(-1)));
    const QString text = first.toString(u"yyyy-MM-dd"_s);
    return last == first ? text : text + u" - "_s + last.toString(u"yyyy-MM-dd"_s);
}

ReconcileResult Reconciliation::compare(const Input &in)
{
    ReconcileResult result;
    result.from = in.from;
    result.to = in.to;
    result.day = malaysianDay(in.from);
    result.terminalId = in.terminalId;

    const auto inPeriod = [&in](const SaleRecord &s) { return s.createdAt >= in.from && s.createdAt < in.to; };
    QHash<QString, qsizetype> byRefid;
    for (qsizetype i = 0; i < in.sales.size(); ++i) {
        byRefid.insert(in.sales.at(i).refid, i);
        if (inPeriod(in.sales.at(i)))
            ++result.journalSales;
    }
    const QString prefix = refidPrefix(in.terminalId);
    const QList<Row> rows = readRows(in);
    QSet<qsizetype> paired;
    QList<const Row *> withoutRefid;
    for (const Row &row : rows) {
        if (row.refid.isEmpty()) {
            withoutRefid.append(&row);
            continue;
        }
        const bool ours = !in.terminalId.isEmpty() && row.refid.startsWith(prefix);
        const auto it = byRefid.constFind(row.refid);
        if (it == byRefid.cend() && !ours) {
            result.otherTerminalRows += row.inPeriod ? 1 : 0;   // another till of this merchant
            continue;
        }
        const SaleRecord *sale = it == byRefid.cend() ? nullptr : &in.sales.at(*it);
        if (sale)
            paired.insert(*it);
        if (!row.inPeriod && !(sale && inPeriod(*sale)))
            continue;   // read only to pair a neighbour of the period
        ++result.iimmpactRows;
        if (sale)
            judgePair(row, *sale, result);
        else
            judgeUnpairedRow(row, true, result);
    }
    for (const Row *row : std::as_const(withoutRefid)) {
        qsizetype index = -1;
        const SaleRecord *sale = pairByDetails(*row, in.sales, paired, &index);
        if (sale)
            paired.insert(index);
        if (!row->inPeriod && !(sale && inPeriod(*sale)))
            continue;
        ++result.iimmpactRows;
        if (sale)
            judgePair(*row, *sale, result);
        else
            judgeUnpairedRow(*row, false, result);
    }
    for (qsizetype i = 0; i < in.sales.size(); ++i) {
        if (!paired.contains(i) && inPeriod(in.sales.at(i)))
            judgeUnpairedSale(in.sales.at(i), result);
    }
    std::stable_sort(result.differences.begin(), result.differences.end(),
                     [](const ReconcileDiff &a, const ReconcileDiff &b) { return a.refid < b.refid; });
    std::sort(result.openSales.begin(), result.openSales.end(),
              [](const auto &a, const auto &b) { return a.refid < b.refid; });
    return result;
}

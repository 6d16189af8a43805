#include "ShiftSummary.h"

#include "journal/JournalRows.h"
#include "receipt/Receipt.h"
#include "validation/Money.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace {

constexpr ShiftSummary::Group kGroups[] = {
    ShiftSummary::Group::Successful, ShiftSummary::Group::Pending, ShiftSummary::Group::Failed,
    ShiftSummary::Group::Rejected,   ShiftSummary::Group::Refunded, ShiftSummary::Group::Voided,
};

// JSON numbers are doubles: sen up to 2^53 are exact, far beyond any till's day.
QJsonValue senValue(qint64 sen)
{
    return QJsonValue(double(sen));
}

std::optional<qint64> senFrom(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

QJsonArray pendingJson(const QList<ShiftSummary::PendingSale> &sales)
{
    QJsonArray out;
    for (const ShiftSummary::PendingSale &p : sales) {
        QJsonObject o{{u"refid"_s, p.refid},
                      {u"product"_s, p.product},
                      {u"account"_s, p.account},
                      {u"sen"_s, senValue(p.sen)},
                      {u"state"_s, saleStateName(p.state)},
                      {u"createdAt"_s, p.createdAt.toMSecsSinceEpoch()}};
        if (p.zNumber > 0)
            o.insert(u"zNumber"_s, p.zNumber);
        out.append(o);
    }
    return out;
}

// Absent (a report written before the list existed) reads as empty.
bool pendingFromJson(const QJsonValue &value, QList<ShiftSummary::PendingSale> *sales)
{
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        const std::optional<qint64> sen = senFrom(o.value("sen"_L1));
        const std::optional<SaleState> state = saleStateFromName(o.value("state"_L1).toString());
        if (!sen || !state)
            return false;
        sales->append(ShiftSummary::PendingSale{o.value("refid"_L1).toString(), o.value("product"_L1).toString(),
                                                o.value("account"_L1).toString(), *sen, *state,
                                                JournalRows::fromMs(qint64(o.value("createdAt"_L1).toDouble())),
                                                o.value("zNumber"_L1).toInt()});
    }
    return true;
}

} // namespace

ShiftSummary::Group ShiftSummary::groupOf(SaleState state)
{
    switch (state) {
    case SaleState::Succesful:
        return Group::Successful;
    case SaleState::New:
    case SaleState::Accepted:
    case SaleState::Processing:
    case SaleState::Unknown:
    case SaleState::NeedsDecision:
        return Group::Pending;
    case SaleState::Failed:
        return Group::Failed;
    case SaleState::Rejected:
        return Group::Rejected;
    case SaleState::Refund:
        return Group::Refunded;
    case SaleState::Voided:
        return Group::Voided;
    }
    return Group::Pending;   // unreachable; a state nobody knows is not counted as settled
}

bool ShiftSummary::tookCash(Group group)
{
    return group == Group::Successful || group == Group::Pending;
}

QString ShiftSummary::groupName(Group group)
{
    switch (group) {
    case Group::Successful:
        return tr("Successful");
    case Group::Pending:
        return tr("Pending");
    case Group::Failed:
        return tr("Failed");
    case Group::Rejected:
        return tr("Rejected");
    case Group::Refunded:
        return tr("Refunded");
    case Group::Voided:
        return tr("Voided");
    }
    return {};
}

QString ShiftSummary::groupKey(Group group)
{
    switch (group) {
    case Group::Successful:
        return u"successful"_s;
    case Group::Pending:
        return u"pending"_s;
    case Group::Failed:
        return u"failed"_s;
    case Group::Rejected:
        return u"rejected"_s;
    case Group::Refunded:
        return u"refunded"_s;
    case Group::Voided:
        return u"voided"_s;
    }
    return {};
}

std::optional<ShiftSummary::Group> ShiftSummary::groupFromKey(const QString &key)
{
    for (Group g : kGroups) {
        if (groupKey(g) == key)
            return g;
    }
    return std::nullopt;
}

ShiftSummary ShiftSummary::fromSales(qint64 openingFloatSen, const QList<SaleRecord> &sales)
{
    ShiftSummary s;
    s.openingFloatSen = openingFloatSen;
    for (Group g : kGroups)
        s.statusTotals.append(StatusTotal{g, 0, 0});
    std::map<QString, ProductTotal> products;   // ordered by code: the same report every time
    QList<SaleRecord> ordered = sales;
    std::stable_sort(ordered.begin(), ordered.end(), [](const SaleRecord &a, const SaleRecord &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    for (const SaleRecord &sale : std::as_const(ordered)) {
        const std::optional<qint64> parsed = Money::senFromApiAmount(sale.amount);
        if (!parsed)
            s.unreadableAmounts.append(sale.refid);
        const qint64 sen = parsed.value_or(0);
        const Group group = groupOf(sale.state);
        StatusTotal &status = s.statusTotals[int(group)];
        ++status.count;
        status.sen += sen;
        ProductTotal &product = products[sale.product];
        product.product = sale.product;
        if (sale.productName)
            product.name = *sale.productName;
        if (group == Group::Successful) {
            ++product.soldCount;
            product.soldSen += sen;
        } else if (group == Group::Pending) {
            ++product.pendingCount;
            product.pendingSen += sen;
            s.pending.append(PendingSale{sale.refid, sale.product, Receipt::displayAccount(sale), sen,
                                         sale.state, sale.createdAt, 0});
        } else {
            ++product.noCashCount;
        }
    }
    for (auto &[code, total] : products) {
        if (total.name.isEmpty())
            total.name = code;
        s.productTotals.append(total);
    }
    return s;
}

ShiftSummary::StatusTotal ShiftSummary::total(Group group) const
{
    for (const StatusTotal &t : statusTotals) {
        if (t.group == group)
            return t;
    }
    return StatusTotal{group, 0, 0};
}

int ShiftSummary::saleCount() const
{
    int n = 0;
    for (const StatusTotal &t : statusTotals)
        n += t.count;
    return n;
}

void ShiftSummary::carryOver(const QList<PendingSale> &earlierPending)
{
    for (const PendingSale &sale : earlierPending) {
        const Group group = groupOf(sale.state);
        if (group == Group::Pending)
            carried.append(sale);
        else if (!tookCash(group))
            handedBack.append(sale);
    }
}

QList<ShiftSummary::PendingSale> ShiftSummary::stillOpenAtClose(int zNumber) const
{
    QList<PendingSale> out = carried;
    for (PendingSale sale : pending) {
        sale.zNumber = zNumber;
        out.append(sale);
    }
    return out;
}

qint64 ShiftSummary::handedBackSen() const
{
    qint64 sen = 0;
    for (const PendingSale &sale : handedBack)
        sen += sale.sen;
    return sen;
}

qint64 ShiftSummary::expectedCashSen() const
{
    return openingFloatSen + total(Group::Successful).sen + total(Group::Pending).sen - handedBackSen();
}

QJsonObject ShiftSummary::toJson() const
{
    QJsonArray statuses;
    for (const StatusTotal &t : statusTotals)
        statuses.append(QJsonObject{{u"status"_s, groupKey(t.group)}, {u"count"_s, t.count},
                                    {u"sen"_s, senValue(t.sen)}});
    QJsonArray products;
    for (const ProductTotal &p : productTotals)
        products.append(QJsonObject{{u"product"_s, p.product},
                                    {u"name"_s, p.name},
                                    {u"soldCount"_s, p.soldCount},
                                    {u"soldSen"_s, senValue(p.soldSen)},
                                    {u"pendingCount"_s, p.pendingCount},
                                    {u"pendingSen"_s, senValue(p.pendingSen)},
                                    {u"noCashCount"_s, p.noCashCount}});
    return {{u"openingFloatSen"_s, senValue(openingFloatSen)},
            {u"statuses"_s, statuses},
            {u"products"_s, products},
            {u"pending"_s, pendingJson(pending)},
            {u"handedBack"_s, pendingJson(handedBack)},
            {u"carried"_s, pendingJson(carried)},
            {u"unreadableAmounts"_s, QJsonArray::fromStringList(unreadableAmounts)}};
}

std::optional<ShiftSummary> ShiftSummary::fromJson(const QJsonObject &json)
{
    ShiftSummary s;
    const std::optional<qint64> opening = senFrom(json.value("openingFloatSen"_L1));
    if (!opening)
        return std::nullopt;
    s.openingFloatSen = *opening;
    for (Group g : kGroups)
        s.statusTotals.append(StatusTotal{g, 0, 0});
    for (const QJsonValue &v : json.value("statuses"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const std::optional<Group> g = groupFromKey(o.value("status"_L1).toString());
        const std::optional<qint64> sen = senFrom(o.value("sen"_L1));
        if (!g || !sen)
            return std::nullopt;
        s.statusTotals[int(*g)] = StatusTotal{*g, o.value("count"_L1).toInt(), *sen};
    }
    for (const QJsonValue &v : json.value("products"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const std::optional<qint64> sold = senFrom(o.value("soldSen"_L1));
        const std::optional<qint64> pendingSen = senFrom(o.value("pendingSen"_L1));
        if (!sold || !pendingSen)
            return std::nullopt;
        s.productTotals.append(ProductTotal{o.value("product"_L1).toString(), o.value("name"_L1).toString(),
                                            o.value("soldCount"_L1).toInt(), *sold,
                                            o.value("pendingCount"_L1).toInt(), *pendingSen,
                                            o.value("noCashCount"_L1).toInt()});
    }
    for (const auto &[key, list] : {std::pair{"pending"_L1, &s.pending}, std::pair{"handedBack"_L1, &s.handedBack},
                                    std::pair{"carried"_L1, &s.carried}}) {
        if (!pendingFromJson(json.value(key), list))
            return std::nullopt;
    }
    for (const QJsonValue &v : json.value("unreadableAmounts"_L1).toArray())
        s.unreadableAmounts.append(v.toString());
    return s;
}

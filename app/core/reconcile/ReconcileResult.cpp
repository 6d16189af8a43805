#include "reconcile/ReconcileResult.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

QString ReconcileResult::failureName(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Config:
        return u"config"_s;
    case Failure::Auth:
        return u"auth"_s;
    case Failure::Network:
        return u"network"_s;
    case Failure::Server:
        return u"server"_s;
    case Failure::Malformed:
        return u"malformed"_s;
    case Failure::TooManyRows:
        return u"too-many-rows"_s;
    case Failure::RateLimited:
        return u"rate-limited"_s;
    case Failure::Journal:
        return u"journal"_s;
    }
    return {};
}

QJsonObject ReconcileResult::toJson() const
{
    // Period bounds in Malaysian time, as IIMMPACT and the shop read them.
    const QTimeZone malaysia(8 * 3600);
    const auto text = [&malaysia](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(malaysia).toString(Qt::ISODate) : QString();
    };
    QJsonArray diffs;
    for (const ReconcileDiff &d : differences)
        diffs.append(d.toJson());
    QJsonArray open;
    for (const OpenSale &s : openSales)
        open.append(QJsonObject{{u"refid"_s, s.refid}, {u"status"_s, saleStateName(s.state)},
                                {u"amount"_s, s.amount}});
    QJsonObject o{
        {u"date"_s, day.toString(Qt::ISODate)},
        {u"from"_s, text(from)},
        {u"to"_s, text(to)},
        {u"terminalId"_s, terminalId},
        {u"checkedAt"_s, checkedAt.toUTC().toString(Qt::ISODate)},
        {u"agree"_s, agrees()},
        {u"differences"_s, diffs},
        {u"openSales"_s, open},
        {u"counts"_s, QJsonObject{{u"journalSales"_s, journalSales},
                                  {u"iimmpactRows"_s, iimmpactRows},
                                  {u"matched"_s, matched},
                                  {u"otherTerminalRows"_s, otherTerminalRows},
                                  {u"notSent"_s, notSent},
                                  {u"pagesRead"_s, pagesRead}}},
    };
    if (!ok()) {
        o.insert(u"failure"_s, failureName(failure));
        o.insert(u"error"_s, failureMessage);
    }
    return o;
}

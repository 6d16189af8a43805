#include "reconcile/ReconcileDiff.h"

using namespace Qt::StringLiterals;

QString ReconcileDiff::kindName(Kind kind)
{
    switch (kind) {
    case Kind::MissingAtIimmpact:
        return u"MissingAtIimmpact"_s;
    case Kind::MissingInJournal:
        return u"MissingInJournal"_s;
    case Kind::StatusDiffers:
        return u"StatusDiffers"_s;
    case Kind::AmountDiffers:
        return u"AmountDiffers"_s;
    }
    return {};
}

QString ReconcileDiff::actionName(Action action)
{
    switch (action) {
    case Action::CheckStatus:
        return u"check-status"_s;
    case Action::ContactSupport:
        return u"contact-support"_s;
    case Action::CheckPortal:
        return u"check-portal"_s;
    }
    return {};
}

QJsonObject ReconcileDiff::toJson() const
{
    QJsonObject o{{u"kind"_s, kindName(kind)}, {u"action"_s, actionName(action)}, {u"advice"_s, advice}};
    const auto put = [&o](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    put(u"refid"_s, refid);
    put(u"trxid"_s, trxid);
    put(u"product"_s, product);
    put(u"account"_s, account);
    QJsonObject journal;
    if (journalState) {
        journal.insert(u"status"_s, saleStateName(*journalState));
        journal.insert(u"amount"_s, journalAmount);
    }
    QJsonObject iimmpact;
    if (!iimmpactStatus.isEmpty() || !iimmpactAmount.isEmpty() || !trxid.isEmpty()) {
        iimmpact.insert(u"status"_s, iimmpactStatus);
        iimmpact.insert(u"amount"_s, iimmpactAmount);
        if (!iimmpactDate.isEmpty())
            iimmpact.insert(u"date"_s, iimmpactDate);
    }
    o.insert(u"journal"_s, journal.isEmpty() ? QJsonValue() : QJsonValue(journal));
    o.insert(u"iimmpact"_s, iimmpact.isEmpty() ? QJsonValue() : QJsonValue(iimmpact));
    return o;
}

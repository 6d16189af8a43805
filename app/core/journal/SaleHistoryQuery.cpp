#include "SaleHistoryQuery.h"
#include "JournalSchema.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QList<SaleState> &allStates()
{
    static const QList<SaleState> all{SaleState::New,     SaleState::Accepted, SaleState::Processing,
                                      SaleState::Unknown, SaleState::Rejected, SaleState::Succesful,
                                      SaleState::Failed,  SaleState::Refund,   SaleState::NeedsDecision,
                                      SaleState::Voided};
    return all;
}

// Midnight at the start of `day` on this terminal's clock, in UTC milliseconds. The cashier
// asks for "sales of 3 March" as the shop's calendar day: its bounds are local midnights,
// converted by QDateTime with the local zone's rules for that date (offset, DST), never a
// fixed 86 400 s step from a UTC date, which would cut the day at the wrong hour.
qint64 localMidnightMs(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
}

}   // namespace

QList<SaleState> SaleHistoryQuery::pendingStates()
{
    return {SaleState::New, SaleState::Accepted, SaleState::Processing, SaleState::Unknown,
            SaleState::NeedsDecision};
}

qint64 SaleHistoryQuery::startMs() const
{
    return filter.from.isValid() ? localMidnightMs(filter.from) : -1;
}

qint64 SaleHistoryQuery::endMs() const
{
    return filter.to.isValid() ? localMidnightMs(filter.to.addDays(1)) : -1;
}

QList<SaleState> SaleHistoryQuery::statesOf(int group) const
{
    QList<SaleState> wanted = filter.states.isEmpty() ? allStates() : filter.states;
    if (!filter.pendingFirst)
        return filter.states;   // empty: no condition on state
    QList<SaleState> out;
    for (SaleState s : std::as_const(wanted)) {
        const int g = s == SaleState::NeedsDecision ? 0 : isPendingState(s) ? 1 : 2;
        if (g == group && !out.contains(s))
            out.append(s);
    }
    return out;
}

QList<int> SaleHistoryQuery::groups() const
{
    if (!filter.pendingFirst)
        return {0};
    QList<int> out;
    for (int g = 0; g < 3; ++g) {
        if (!statesOf(g).isEmpty())
            out.append(g);
    }
    return out;
}

SaleHistoryQuery::Sql SaleHistoryQuery::sql(int group, const Cursor &cursor, int limit) const
{
    Sql out;
    QStringList where;
    const QList<SaleState> states = statesOf(group);
    if (filter.pendingFirst && group == 2 && filter.states.isEmpty()) {
        // "Everything settled": as NOT IN the few pending states, SQLite reads sales_created in
        // order and skips them; as IN the many others it would sort every settled row.
        const QList<SaleState> pending = pendingStates();
        where << QString("state NOT IN ("_L1 + QStringList(pending.size(), u"?"_s).join(u',') + u')');
        for (SaleState s : pending)
            out.binds << saleStateName(s);
    } else if (!states.isEmpty()) {
        if (states.size() == 1) {
            where << u"state = ?"_s;
        } else {
            QStringList marks(states.size(), u"?"_s);
            where << QString("state IN ("_L1 + marks.join(u',') + u')');
        }
        for (SaleState s : states)
            out.binds << saleStateName(s);
    }
    if (!filter.refid.isEmpty()) {
        if (filter.refidPrefix) {
            // A range on the unique index instead of LIKE (which SQLite only turns into a range
            // under case_sensitive_like): refids are ASCII, U+FFFF sorts after any of them.
            where << u"refid >= ? AND refid < ?"_s;
            out.binds << filter.refid << QString(filter.refid + QChar(0xFFFF));
        } else {
            where << u"refid = ?"_s;
            out.binds << filter.refid;
        }
    }
    if (!filter.account.isEmpty()) {
        where << u"account = ?"_s;
        out.binds << filter.account;
    }
    if (!filter.product.isEmpty()) {
        where << u"product = ?"_s;
        out.binds << filter.product;
    }
    if (filter.from.isValid()) {
        where << u"created_at >= ?"_s;
        out.binds << startMs();
    }
    if (filter.to.isValid()) {
        where << u"created_at < ?"_s;
        out.binds << endMs();
    }
    if (cursor.m_valid && cursor.m_group == group) {
        // The first term is the index range; the second breaks ties on the same millisecond.
        where << u"created_at <= ? AND (created_at < ? OR id < ?)"_s;
        out.binds << cursor.m_createdMs << cursor.m_createdMs << cursor.m_id;
    }
    QString tail;
    if (!where.isEmpty())
        tail = QString("WHERE "_L1 + where.join(" AND "_L1) + u' ');
    tail += "ORDER BY created_at DESC, id DESC LIMIT ?"_L1;
    out.binds << limit;
    out.text = JournalSchema::selectSales(QLatin1String(tail.toLatin1()));
    return out;
}

SaleHistoryQuery::Cursor SaleHistoryQuery::cursorAfter(const SaleRecord &row, int group)
{
    Cursor c;
    c.m_valid = true;
    c.m_group = group;
    c.m_createdMs = row.createdAt.toMSecsSinceEpoch();
    c.m_id = row.id;
    return c;
}

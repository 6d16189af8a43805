#include "SimFaultPlan.h"

using namespace Qt::StringLiterals;

namespace {
struct Row
{
    Simulator::Fault fault;
    const char16_t *name;
    const char16_t *account;
};

// The one table behind --fault names, magic accounts and the README.
constexpr Row rows[] = {
    {Simulator::Fault::DropAfterCommit, u"drop", u"60123459001"},
    {Simulator::Fault::LongDelay, u"delay", u"60123459002"},
    {Simulator::Fault::Html500, u"html500", u"60123459003"},
    {Simulator::Fault::GatewayTimeout504, u"504", u"60123459004"},
    {Simulator::Fault::RateLimit429, u"429", u"60123459005"},
    {Simulator::Fault::MalformedJson, u"malformed", u"60123459006"},
    {Simulator::Fault::UnknownStatus, u"unknown-status", u"60123459007"},
    {Simulator::Fault::Redirect, u"redirect", u"60123459008"},
    {Simulator::Fault::Unauthorized401Once, u"401-once", u"60123459009"},
};
}

void SimFaultPlan::setNext(Simulator::Fault fault, int count)
{
    m_queue.clear();
    if (fault == Simulator::Fault::None)
        return;
    for (int i = 0; i < count; ++i)
        m_queue.append(fault);
}

Simulator::Fault SimFaultPlan::takeNext()
{
    return m_queue.isEmpty() ? Simulator::Fault::None : m_queue.takeFirst();
}

Simulator::Fault SimFaultPlan::magicFault(const QString &account)
{
    for (const Row &row : rows) {
        if (account == QString::fromUtf16(row.account))
            return row.fault;
    }
    return Simulator::Fault::None;
}

QString SimFaultPlan::accountFor(Simulator::Fault fault)
{
    for (const Row &row : rows) {
        if (row.fault == fault)
            return QString::fromUtf16(row.account);
    }
    return QString();
}

QString SimFaultPlan::name(Simulator::Fault fault)
{
    for (const Row &row : rows) {
        if (row.fault == fault)
            return QString::fromUtf16(row.name);
    }
    return u"none"_s;
}

std::optional<Simulator::Fault> SimFaultPlan::fromName(const QString &name)
{
    if (name.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return Simulator::Fault::None;
    for (const Row &row : rows) {
        if (name.compare(QString::fromUtf16(row.name), Qt::CaseInsensitive) == 0)
            return row.fault;
    }
    return std::nullopt;
}

QList<Simulator::Fault> SimFaultPlan::all()
{
    QList<Simulator::Fault> out;
    for (const Row &row : rows)
        out.append(row.fault);
    return out;
}

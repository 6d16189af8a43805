#pragma once

#include "Simulator.h"

#include <QList>
#include <QString>

// Which fault, if any, a /v2/topup request gets. Two sources (README "Faults"):
// - the control setting (Simulator::setNextFaults, kaunter-sim --fault): the next N
//   authenticated /v2/topup requests, whatever their account;
// - magic accounts 60123459001..009: only the FIRST authenticated request of a refid, so a
//   client's re-query of the same refid is answered normally and recovery can be tested.
class SimFaultPlan
{
public:
    void setNext(Simulator::Fault fault, int count);
    // Pops the next control fault; Fault::None when the queue is empty.
    Simulator::Fault takeNext();
    int pending() const { return int(m_queue.size()); }

    static Simulator::Fault magicFault(const QString &account);
    static QString accountFor(Simulator::Fault fault);
    static QString name(Simulator::Fault fault);
    static std::optional<Simulator::Fault> fromName(const QString &name);
    static QList<Simulator::Fault> all();

private:
    QList<Simulator::Fault> m_queue;
};

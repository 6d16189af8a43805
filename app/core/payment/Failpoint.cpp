#include "payment/Failpoint.h"

#include <QtGlobal>

#ifdef KAUNTER_FAILPOINTS
#include <csignal>
#include <cstdlib>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#endif

QByteArray Failpoint::armedFromEnvironment()
{
#ifdef KAUNTER_FAILPOINTS
    return qgetenv("KAUNTER_FAILPOINT");
#else
    return {};
#endif
}

void Failpoint::hit(const QByteArray &armed, const char *point)
{
#ifdef KAUNTER_FAILPOINTS
    if (armed.isEmpty() || armed != point)
        return;
#ifdef Q_OS_UNIX
    ::raise(SIGKILL);
    ::_exit(137);   // not reached
#else
    std::_Exit(137);
#endif
#else
    Q_UNUSED(armed)
    Q_UNUSED(point)
#endif
}

bool Failpoint::fails(const QByteArray &armed, const char *point)
{
#ifdef KAUNTER_FAILPOINTS
    return !armed.isEmpty() && armed == point;
#else
    Q_UNUSED(armed)
    Q_UNUSED(point)
    return false;
#endif
}

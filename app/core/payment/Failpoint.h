#pragma once

#include <QByteArray>

// Crash points for the kill tests. Compiled in only with -DKAUNTER_FAILPOINTS=ON (never in
// releases); armed by the environment, e.g. KAUNTER_FAILPOINT=in-flight. The process dies
// with SIGKILL at the armed point, the way a power cut or the OOM killer would end it: no
// destructors, no flush, no atexit handlers.
//
// Points used by PaymentEngine:
//   after-journal-commit  the sale row is durable, nothing has been sent
//   in-flight             the request has been handed to the socket, no answer yet
//   after-response        the answer arrived, it is not yet in the journal
//
// Fault points do not kill; the code at the point behaves as if the operation failed:
//   read-after-commit     submit()'s read-back of the sale row it has just committed fails
class Failpoint
{
public:
    // The armed point from KAUNTER_FAILPOINT; empty when failpoints are compiled out.
    static QByteArray armedFromEnvironment();
    // Dies when `point` is the armed one.
    static void hit(const QByteArray &armed, const char *point);
    // True when `point` is the armed fault point: the caller then fails the operation.
    static bool fails(const QByteArray &armed, const char *point);
    static constexpr bool compiledIn()
    {
#ifdef KAUNTER_FAILPOINTS
        return true;
#else
        return false;
#endif
    }
};

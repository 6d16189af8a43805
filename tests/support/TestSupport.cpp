#include "TestSupport.h"

#include <QCoreApplication>

namespace TestSupport {
QString binaryDir()
{
    const QByteArray env = qgetenv("KAUNTER_BIN_DIR");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() : QString::fromLocal8Bit(env);
}
}

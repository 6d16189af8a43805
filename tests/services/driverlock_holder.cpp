// A second process for tst_driverlock: takes the driver lock on the folder named by its one
// argument and holds it until its stdin closes (an orderly exit, which releases the lock) or
// the test kills it (kill -9: the lock file stays behind, naming a process that is gone).
//
// Prints "locked <pid>" once it holds the lock, or "busy <message>" and exits 3 when another
// process holds it.

#include "services/DriverLock.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: driverlock_holder DATA_FOLDER\n";
        return 2;
    }
    DriverLock lock(args.at(1));
    switch (lock.acquire()) {
    case DriverLock::Result::Acquired:
        break;
    case DriverLock::Result::Busy:
        out << "busy " << lock.errorString() << '\n';
        return 3;
    case DriverLock::Result::Error:
        out << "error " << lock.errorString() << '\n';
        return 4;
    }
    out << "locked " << QCoreApplication::applicationPid() << '\n';
    out.flush();
    // Blocks without an event loop: nothing else happens in this process while it holds the lock.
    while (std::fgetc(stdin) != EOF) {
    }
    lock.release();
    return 0;
}

#include "CliMain.h"

#include <QCoreApplication>

bool isHeadlessCommand(int, char *[]) { return false; }
int runCli(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return 2;
}

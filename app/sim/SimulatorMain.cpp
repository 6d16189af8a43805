#include "SimulatorMain.h"

#include <QCoreApplication>

int runSimulatorMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return 0;
}

#include "GuiStartup.h"

#include <QApplication>

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return 0;
}

#include "cli/CliMain.h"
#include "sim/SimulatorMain.h"

#include <cstring>

#ifdef KAUNTER_WITH_GUI
#include "GuiStartup.h"
#endif

// Only wiring: the headless commands, the standalone simulator, or the GUI.
int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "--simulator") == 0)
        return runSimulatorMain(argc, argv);
    // --help and --version too: they need no display, and a QApplication aborts without one.
    if (isHeadlessCommand(argc, argv) || isHelpOrVersionRequest(argc, argv))
        return runCli(argc, argv);
#ifdef KAUNTER_WITH_GUI
    return runGui(argc, argv);
#else
    return runCli(argc, argv);
#endif
}

#include "sim/SimulatorMain.h"

int main(int argc, char *argv[])
{
    return runSimulatorMain(argc, argv);
}

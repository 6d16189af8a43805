#pragma once

// Runs the simulator standalone (kaunter-sim, kaunter --simulator): parses --port, --bind,
// timing and fault options, listens on loopback by default, runs until interrupted.
int runSimulatorMain(int argc, char *argv[]);

#pragma once

// Entry point of the graphical program (owned by the UI work). Creates the QApplication,
// parses --demo / --data-dir, wires journal, client, engine (and the embedded simulator in
// demo mode), recovers pending sales, then shows the main window.
int runGui(int argc, char *argv[]);

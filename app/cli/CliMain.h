#pragma once

#include <QStringList>

// The headless commands: pay, status, recover, history.
bool isHeadlessCommand(int argc, char *argv[]);
int runCli(int argc, char *argv[]);

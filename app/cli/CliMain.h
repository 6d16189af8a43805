#pragma once

// The headless commands: pay, status, recover, history (see CliCommands and CliOptions).
// isHeadlessCommand() is true when argv[1] names one of them; runCli() then runs it with a
// QCoreApplication and returns the documented exit code.
bool isHeadlessCommand(int argc, char *argv[]);
int runCli(int argc, char *argv[]);

#pragma once

// The headless commands: pay, status, recover, history, send, void, receipt, reconcile (see
// CliCommands and CliOptions). isHeadlessCommand() is true when argv[1] names one of them;
// runCli() then runs it with a QCoreApplication (receipt: a QGuiApplication on the offscreen
// platform, for fonts) and returns the documented exit code.
bool isHeadlessCommand(int argc, char *argv[]);
// True when the till's command line asks for --help/-h/help or --version/-v: runCli() answers
// it with a QCoreApplication, so that it works without a display (a QApplication would abort).
bool isHelpOrVersionRequest(int argc, char *argv[]);
int runCli(int argc, char *argv[]);

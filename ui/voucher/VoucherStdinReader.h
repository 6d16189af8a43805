#pragma once

#include <QByteArray>
#include <QThread>

// Reads the helper's standard input line by line on a thread of its own and hands each line
// to the GUI thread (lineRead, a queued signal). A blocking read on a thread works the same
// on every platform, where a socket notifier on stdin would not (Windows pipes).
//
// It ends with inputEnded() when kaunter closes the pipe or dies. If the helper exits first
// (the cashier closed the voucher window) the thread may still be blocked in read(): it is
// then left to the process's exit, never destroyed while running (see VoucherHelperMain.cpp).
class VoucherStdinReader : public QThread
{
    Q_OBJECT
public:
    using QThread::QThread;

signals:
    void lineRead(const QByteArray &line);
    void inputEnded();

protected:
    void run() override;
};

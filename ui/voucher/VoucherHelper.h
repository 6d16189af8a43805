#pragma once

#include "VoucherHelperProtocol.h"
#include "VoucherWebView.h"

#include <QObject>
#include <QPointer>
#include <cstdio>
#include <memory>

class QWindow;

// The voucher helper process's one object: carries out kaunter's commands (open a link,
// close) on a single voucher window and reports what happens in it as protocol events.
// The helper ends (finished()) when that window is closed, by the cashier or by command, or
// when kaunter's end of the pipe goes away.
class VoucherHelper : public QObject
{
    Q_OBJECT
public:
    // Events are written to `events` (the process's standard output in the helper).
    explicit VoucherHelper(std::FILE *events, QObject *parent = nullptr);
    ~VoucherHelper() override;

    // One line from kaunter; lines that are not protocol commands are ignored.
    void handleLine(const QByteArray &line);
    // kaunter has closed the pipe (or died): close the window and finish.
    void handleEndOfInput();

    VoucherWebView *view() const { return m_view; }

signals:
    void finished();

private:
    void open(const VoucherHelperProtocol::Command &command);
    void closeView();
    void viewGone();
    void send(const VoucherHelperProtocol::Event &event);
    bool makeTransient(quint64 parentId);
    void placeOver(const QRect &parent);

    std::FILE *m_events = nullptr;
    QPointer<VoucherWebView> m_view;
    std::unique_ptr<QWindow> m_parentWindow;   // kaunter's window, as a foreign QWindow
    bool m_finished = false;
};

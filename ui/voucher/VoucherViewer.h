#pragma once

#include <QObject>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QUrl>

class QProcess;

// Shows voucher links in Kaunter's own voucher window, which lives in a helper process
// (kaunter-voucher, ui/voucher/VoucherHelperMain.cpp). kaunter itself never links QtWebEngine:
// loaded in-process, the browser engine needs OpenGL context sharing decided before
// QApplication exists, which alone costs the till ~150 ms and ~58 MiB at every start even
// if no voucher is ever opened. In its own process it costs nothing until a link is opened,
// and a web page that crashes Chromium cannot take a sale screen down with it.
//
// The helper is started on the first open() and kept while its window is open: a second
// link replaces the page in the same window. The link travels over the helper's standard
// input (never its command line, see VoucherHelperProtocol.h). Destroying the viewer, or
// kaunter dying, ends the helper.
//
// Search order for the helper: $KAUNTER_VOUCHER_HELPER (a file), <application dir>, then
// <application dir>/<relative libexec dir>/kaunter (installed layout on Linux).
class VoucherViewer : public QObject
{
    Q_OBJECT
public:
    explicit VoucherViewer(QObject *parent = nullptr);
    ~VoucherViewer() override;

    // http or https with a host: the only links the window will show.
    static bool isAllowedVoucherUrl(const QUrl &url);
    // The places looked at, in order (full file names).
    static QStringList helperCandidates();
    // The first candidate that is an executable file; empty when there is none.
    static QString findHelper();

    // Shows `voucherUrl` over the window with native id `transientParent` (0: none) whose
    // frame is at `parentGeometry` (screen coordinates; where the voucher window is placed),
    // starting the helper if it is not running. false with errorString() when the link is
    // refused or no helper is installed; a helper that fails later reports failed().
    bool open(const QUrl &voucherUrl, quint64 transientParent = 0, const QRect &parentGeometry = {});
    // Closes the window; the helper exits.
    void close();

    bool isRunning() const;
    qint64 helperProcessId() const;
    QString helperPath() const { return m_helperPath; }
    // Translated, and never containing the voucher link (it can hold a voucher code).
    QString errorString() const { return m_error; }

signals:
    void shown(bool transientForParent);
    void loadFinished(bool ok);
    void navigationRefused(const QString &host, const QString &scheme);
    void popupRefused();
    void downloadRefused();
    // The window is gone: closed by the cashier, by close(), or the helper ended.
    void closed();
    // The helper could not be started, or stopped before it showed the voucher; offer the
    // system browser instead. `reason` is translated.
    void failed(const QString &reason);

private:
    void readEvents();
    void processEnded();
    void fail(const QString &reason);

    QProcess *m_process = nullptr;
    QString m_helperPath;
    QString m_error;
    QByteArray m_partialLine;
    bool m_shown = false;     // the current helper has shown its window
    bool m_failed = false;    // failed() was emitted for the current helper
};

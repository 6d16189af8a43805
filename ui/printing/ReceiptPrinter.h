#pragma once

#include "print/PrintResult.h"
#include "journal/SaleRecord.h"
#include "receipt/Receipt.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

class PrinterTransport;
class QMessageBox;
class QWidget;
class Settings;

// Prints one sale's receipt where the settings say (Settings::PrinterKind):
//   "system"        the operating system's printer through QtPrintSupport: QPrintDialog the
//                   first time (or when the remembered one is gone), its name kept in
//                   PrinterTarget so later prints go straight there;
//   "pdf"           a file dialog and ReceiptImage::writePdf;
//   "escpos-tcp"    ReceiptImage at 384 or 576 dots (PrinterPaperMm 58/80), EscPosRaster,
//   "escpos-device" then PrinterTransport to "host[:port]" (9100) or a device path.
// The ESC/POS transports work asynchronously (socket, worker thread), so the till never waits
// for a printer. A failure is shown in plain words with Retry (the same bytes again) and
// reported through finished(); it never touches the sale: this class only reads a copy.
//
// Until a supervisor unlocked them, a reprint hides the PIN and leaves out the voucher link
// (which opens the voucher and its PIN), as the history screen does.
class ReceiptPrinter : public QObject
{
    Q_OBJECT
public:
    enum class Kind { System, Pdf, EscPosTcp, EscPosDevice };
    Q_ENUM(Kind)

    // Asks where to save a PDF (suggested path in, chosen path out; empty = cancelled).
    using PathChooser = std::function<QString(const QString &suggested)>;

    // `settings` may be null (PDF, nothing remembered). Dialogs are parented to `dialogParent`.
    ReceiptPrinter(Settings *settings, QWidget *dialogParent, QObject *parent = nullptr);
    ~ReceiptPrinter() override;

    void setTraining(bool training) { m_training = training; }
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    // Failures show a message box with Retry unless turned off (the tests read lastResult()).
    void setShowsFailures(bool shows) { m_showsFailures = shows; }

    // Starts printing `sale`. False when nothing was started: a job is still on its way, or the
    // cashier cancelled a dialog. Otherwise finished() follows exactly once (for the system
    // printer and PDF before this returns; for ESC/POS later, from the event loop).
    bool print(const SaleRecord &sale, const QString &productName, bool pinsUnlocked);
    // The last job again (ESC/POS: the same bytes). False while busy or before any job.
    bool retry();
    bool isBusy() const;
    PrintResult lastResult() const { return m_last; }
    // The failure message box while it is open (Retry / Close), else null.
    QMessageBox *failureBox() const;

    static Kind kindFromSetting(const QString &value);
    // The receipt as this printer prints it: PIN hidden and voucher link left out unless
    // `pinsUnlocked`.
    static Receipt receiptFor(const SaleRecord &sale, const QString &productName, bool pinsUnlocked,
                              const Receipt::Context &base = {});
    // What stands in for a hidden PIN on screens and slips.
    static QString hiddenPin();
    // "host", "host:port" -> host and port (9100 when absent); false when unusable.
    static bool parseTcpTarget(const QString &target, QString *host, quint16 *port);

signals:
    void finished(const PrintResult &result);

private:
    struct Job
    {
        SaleRecord sale;
        QString productName;
        bool pinsUnlocked = false;
        Kind kind = Kind::Pdf;   // where it went (the settings may change before a Retry)
    };
    Receipt::Context context(const Job &job) const;
    void run(Job &job);
    PrintResult printSystem(const Receipt &receipt);
    PrintResult printPdf(const Receipt &receipt, const QString &refid, bool *cancelled);
    PrintResult sendEscPos(Kind kind, const Receipt &receipt);
    PrinterTransport *transportFor(Kind kind, const QString &target, PrintResult *error);
    void onTransportFinished(const PrintResult &result);
    void report(const PrintResult &result);
    void showFailure(const PrintResult &result);

    Settings *m_settings;
    QPointer<QWidget> m_dialogParent;
    PathChooser m_chooser;
    bool m_training = false;
    bool m_showsFailures = true;
    bool m_cancelled = false;
    std::unique_ptr<Job> m_job;     // the last job, for Retry
    std::unique_ptr<PrinterTransport> m_transport;
    QString m_transportKey;        // kind and target the transport was made for
    PrintResult m_last;
    QPointer<QMessageBox> m_box;
};

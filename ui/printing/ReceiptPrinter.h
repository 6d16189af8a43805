#pragma once

#include "print/PrintResult.h"
#include "journal/SaleRecord.h"
#include "receipt/Receipt.h"
#include "receipt/ReceiptContextBuilder.h"
#include "shift/ZReport.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class PrinterTransport;
class QMessageBox;
class QWidget;
class Settings;
struct UiServices;

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
// What is printed is the core receipt built by ReceiptContextBuilder from the services: shop
// header and footer from the settings, the cashier of the open shift, the catalogue's names for
// product, plan and biller, the training mark in demo mode. printAfterSale() is the success
// page's print: the PIN shows (the cashier sees it on screen already); a second original of the
// same sale would look like a second purchase, so once one was printed the next says COPY.
// reprint() is history's: always COPY, and the PIN and voucher link (which opens the voucher
// and its PIN) hidden until a supervisor unlocked that sale, as the history screen does.
class ReceiptPrinter : public QObject
{
    Q_OBJECT
public:
    enum class Kind { System, Pdf, EscPosTcp, EscPosDevice };
    Q_ENUM(Kind)

    // Asks where to save a PDF (suggested path in, chosen path out; empty = cancelled).
    using PathChooser = std::function<QString(const QString &suggested)>;

    // `services.settings` may be null (PDF, nothing remembered); the other services only add
    // to the receipt. Dialogs are parented to `dialogParent`.
    ReceiptPrinter(const UiServices &services, QWidget *dialogParent, QObject *parent = nullptr);
    ~ReceiptPrinter() override;

    // What every receipt of this till is built with (the success page's share text too).
    const ReceiptContextBuilder &contextBuilder() const { return m_builder; }
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    // Failures show a message box with Retry unless turned off (the tests read lastResult()).
    void setShowsFailures(bool shows) { m_showsFailures = shows; }

    // Starts printing `sale`. False when nothing was started: a job is still on its way, or the
    // cashier cancelled a dialog. Otherwise finished() follows exactly once (for the system
    // printer and PDF before this returns; for ESC/POS later, from the event loop).
    // `productName` is only the fallback when neither the API nor the catalogue names it.
    bool printAfterSale(const SaleRecord &sale, const QString &productName);
    bool reprint(const SaleRecord &sale, const QString &productName, bool pinUnlocked);
    // A Z-report (a reprint from the Z-reports list) on the same printer, the same way: the
    // system printer, a PDF page, or the ESC/POS raster at the paper's width.
    bool printZReport(const ZReport &report);
    // The last job again (ESC/POS: the same bytes). False while busy or before any job.
    bool retry();
    bool isBusy() const;
    PrintResult lastResult() const { return m_last; }
    // The receipt of the last job started (what was, or is being, printed).
    const Receipt &lastReceipt() const { return m_lastReceipt; }
    // The failure message box while it is open (Retry / Close), else null.
    QMessageBox *failureBox() const;

    static Kind kindFromSetting(const QString &value);
    // "host", "host:port" -> host and port (9100 when absent); false when unusable.
    static bool parseTcpTarget(const QString &target, QString *host, quint16 *port);

signals:
    void finished(const PrintResult &result);

private:
    struct Job
    {
        SaleRecord sale;
        QString productName;
        ReceiptContextBuilder::Occasion occasion = ReceiptContextBuilder::Occasion::Reprint;
        bool pinUnlocked = false;
        Kind kind = Kind::Pdf;   // where it went (the settings may change before a Retry)
        std::optional<ZReport> zReport;   // set: this job prints the Z-report, not the sale
    };
    bool start(Job job);
    void run(Job &job);
    void runZReport(Job &job);
    // The three ways out, for any document drawn as a slip image of `dots` width.
    using Render = std::function<QImage(int dots)>;
    PrintResult printSystem(const Render &render, const QString &docName);
    PrintResult printPdf(const QString &suggestedName, const std::function<bool(const QString &, QString *)> &write,
                         bool *cancelled);
    PrintResult sendEscPos(Kind kind, const Render &render);
    PrinterTransport *transportFor(Kind kind, const QString &target, PrintResult *error);
    void onTransportFinished(const PrintResult &result);
    void report(const PrintResult &result);
    void showFailure(const PrintResult &result);

    Settings *m_settings;
    ReceiptContextBuilder m_builder;
    QPointer<QWidget> m_dialogParent;
    PathChooser m_chooser;
    bool m_showsFailures = true;
    bool m_cancelled = false;
    std::unique_ptr<Job> m_job;     // the last job, for Retry
    std::unique_ptr<PrinterTransport> m_transport;
    QString m_transportKey;        // kind and target the transport was made for
    PrintResult m_last;
    Receipt m_lastReceipt;
    QSet<QString> m_originalsPrinted;   // refids whose original was printed this session
    QPointer<QMessageBox> m_box;
};

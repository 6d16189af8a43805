#pragma once

#include "journal/SaleHistoryQuery.h"
#include "payment/SaleRequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineParser;

// The parsed command line of a headless command (pay, status, recover, history, send, void,
// receipt, reconcile, shift, zreport).
// Secrets are never accepted here: API key and HMAC secret come from the environment only.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    // Send/Void: a NeedsDecision sale. Shift: open, status, close (ShiftCommand); ZReport: reprint.
    enum class Command { Pay, Status, Recover, History, Send, Void, Receipt, Reconcile, Shift, ZReport };
    enum class ReceiptFormat { Pdf, Png, EscPos };
    enum class ShiftAction { Open, Status, Close };

    Command command = Command::History;
    bool json = false;
    SaleRequest sale;                  // pay
    QString refid;                     // pay --refid (correction), or status/send/void REFID
    std::optional<int> pollIntervalMs; // --poll-interval SECONDS (fractional)
    std::optional<int> deadlineMs;     // --deadline SECONDS (fractional)
    QString dataDir;                   // --data-dir (KAUNTER_DATA_DIR wins)
    // history --from --to --status --account --product --refid (a trailing * = prefix).
    SaleHistoryQuery::Filter historyFilter;
    bool historyFiltered = false;      // any of those given: else history lists as it always did
    QString csvFile;                   // history --csv FILE, zreport --csv FILE
    // receipt REFID --format --width --out --copy (ReceiptCommand)
    ReceiptFormat receiptFormat = ReceiptFormat::Pdf;
    std::optional<int> paperMm;        // --width 58|80; unset: the PrinterPaperMm setting
    QString outFile;
    bool copy = false;
    QDate reconcileDate;               // reconcile --date YYYY-MM-DD (a Malaysian day)
    bool reconcileShift = false;       // reconcile --shift [N]: zNumber's shift (0 = the latest)
    ShiftAction shiftAction = ShiftAction::Status;   // shift open|status|close
    QString cashier;                   // shift open --cashier NAME
    qint64 floatSen = 0;               // shift open --float AMOUNT
    qint64 countedSen = 0;             // shift close --counted AMOUNT
    int zNumber = 0;                   // zreport [N], reconcile --shift [N]; 0 = the latest
    QString pdfFile;                   // zreport --pdf FILE

    // False for the commands that only read the journal (history, receipt, reconcile, shift
    // status, zreport):
    // they run beside a till without its driver lock.
    bool drivesJournal() const;

    static std::optional<Command> commandFromName(const QString &name);
    // `arguments` as QCoreApplication::arguments(): program, command, options...
    // nullopt + *error (translated, names the option) on a usage error.
    static std::optional<CliOptions> parse(const QStringList &arguments, QString *error);
    // "1.5" -> 1500. nullopt unless a finite number >= 0 (> 0 when !allowZero).
    static std::optional<int> parseSeconds(const QString &text, bool allowZero);
    static QString usage();

private:
    // The parse steps; each returns the usage error, or an empty string when its step passed.
    struct OptionSet;
    static QString secretArgumentError(const QStringList &arguments);
    static QString readRefid(const QCommandLineParser &p, const QStringList &arguments, CliOptions *o);
    static QString repeatedOptionError(const QCommandLineParser &p, const OptionSet &opts, Command command);
    static QString readSale(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o);
    static QString readTiming(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o);
    static QString readHistory(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o);
    static QString readReceipt(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o);
    static QString readReconcile(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o);
    static QString readShift(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o);
    static QString readZReport(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o);
};

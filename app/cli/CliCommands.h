#pragma once

#include "cli/CliOptions.h"
#include "journal/SaleRecord.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QPointer>
#include <QString>
#include <memory>

#include "payment/PaymentEngine.h"

class IimmpactClient;
class Journal;
class KaunterServices;
class QTextStream;
class Settings;
class SystemClock;

// Runs one headless command against the journal and IIMMPACT (the environment's
// configuration). Needs a running QCoreApplication; blocks in a local event loop.
//
// Order of checks, so that nothing is sent on any error: arguments -> configuration
// (pay/status/recover) -> driver lock (every command but history, receipt, reconcile, shift
// status and zreport) -> journal -> command. --deadline bounds the whole command: the
// engine's per-sale deadline is what is left of it when the sale starts, and each request
// times out at the remaining deadline (IIMMPACT may take up to 29 s).
//
// The services (data folder, settings, client, journal, engine) are built by KaunterServices,
// as for the GUI: the same journal by default, the same defaults (the settings table).
// Data folder: --data-dir, else KAUNTER_DATA_DIR, else the platform default (DataFolder.h).
// Exit codes (SaleReport::ExitCode): 3 another process drives this journal (nothing sent;
// the message names its pid and since when), 0 Succesful, 10 Failed, 11 Refund, 20 Rejected (local
// validation or HTTP 400: no transaction), 30 still pending at the deadline (journaled;
// also when the journal stopped accepting writes mid-sale), 2 usage, configuration,
// journal-open or authentication error (a sale hit by 401/403 stays pending, recoverable).
// reconcile (ReconcileCommand): 0 the journal and IIMMPACT agree, 40 they differ, 2 IIMMPACT's
// list could not be read or configuration error (nothing compared).
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    CliCommands(CliOptions options, QTextStream &out, QTextStream &err);
    ~CliCommands();
    CliCommands(const CliCommands &) = delete;
    CliCommands &operator=(const CliCommands &) = delete;

    int run();

    // The data folder for --data-dir `option`: DataFolder::resolve() with this process's
    // KAUNTER_DATA_DIR and platform folders, the rule the GUI uses too.
    static QString resolveDataDir(const QString &option);

    // Engine timing for these options: the settings (table defaults, or the till's
    // kaunter.ini), --poll-interval over them, and the command's deadline.
    static PaymentEngine::Timing engineTiming(const CliOptions &options, const Settings &settings,
                                              int deadlineMs);
    // The whole command's deadline: --deadline, else the settings' deadline.
    static int commandDeadlineMs(const CliOptions &options, const Settings &settings);

private:
    int pay();
    int status();
    int recover();
    int reportSale(const SaleRecord &sale);
    int history();
    int findHistory();   // history with a filter or --csv
    // kaunter send REFID / kaunter void REFID: a supervisor's decision on a NeedsDecision sale.
    int sendDecision();
    int voidDecision();
    int refuseDecision(const SaleRecord *known);   // 2: not a NeedsDecision sale, nothing sent
    int receipt();   // ReceiptCommand on the open journal
    int reconcile();   // ReconcileCommand with this command's client and journal
    int shift();   // shift open|status|close, zreport: ShiftCommand on the journal
    std::optional<qint64> walletBalanceSen();

    // Each returns an exit code (!= 0) after printing the reason, or 0 when ready.
    // Every command that can send /v2/topup holds the driver lock from before its journal is
    // opened until it exits: 0, or DriverBusy (3) naming the holder, or Usage (2) when the
    // lock file cannot be written. openJournal() takes it for every command but history.
    int acquireDriverLock();
    int loadConfig();
    int openJournal();
    int journalError();   // Usage (2), naming the journal's folder and why
    void makeEngine(int deadlineMs);
    int remainingMs() const;

    int usageError(const QString &message);
    void print(const QJsonValue &json);
    void diagnostic(const QString &message);

    CliOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    QElapsedTimer m_elapsed;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<KaunterServices> m_services;   // owns client, journal and engine
    IimmpactClient *m_client = nullptr;
    Journal *m_journal = nullptr;
    QPointer<PaymentEngine> m_engine;
    QString m_authProblem;
    QString m_journalProblem;
};

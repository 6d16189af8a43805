#pragma once

#include "cli/CliOptions.h"
#include "journal/SaleRecord.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QString>
#include <memory>

class IimmpactClient;
class Journal;
class PaymentEngine;
class QNetworkAccessManager;
class QTextStream;
class SystemClock;

// Runs one headless command against the journal and IIMMPACT (the environment's
// configuration). Needs a running QCoreApplication; blocks in a local event loop.
//
// Order of checks, so that nothing is sent on any error: arguments -> configuration
// (pay/status/recover) -> journal -> command. --deadline bounds the whole command: the
// engine's per-sale deadline is what is left of it when the sale starts, and each request
// times out at the remaining deadline (IIMMPACT may take up to 29 s).
//
// Data folder: KAUNTER_DATA_DIR, else --data-dir, else QStandardPaths::AppDataLocation.
// Exit codes (SaleReport::ExitCode): 0 Succesful, 10 Failed, 11 Refund, 20 Rejected (local
// validation or HTTP 400: no transaction), 30 still pending at the deadline (journaled;
// also when the journal stopped accepting writes mid-sale), 2 usage, configuration,
// journal-open or authentication error (a sale hit by 401/403 stays pending, recoverable).
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    static constexpr int DefaultPollIntervalMs = 7000;
    static constexpr int DefaultDeadlineMs = 120000;

    CliCommands(CliOptions options, QTextStream &out, QTextStream &err);
    ~CliCommands();
    CliCommands(const CliCommands &) = delete;
    CliCommands &operator=(const CliCommands &) = delete;

    int run();

    static QString resolveDataDir(const QString &option);

private:
    int pay();
    int status();
    int recover();
    int reportSale(const SaleRecord &sale);
    int history();
    // kaunter send REFID / kaunter void REFID: a supervisor's decision on a NeedsDecision sale.
    int sendDecision();
    int voidDecision();
    int refuseDecision(const SaleRecord *known);   // 2: not a NeedsDecision sale, nothing sent

    // Each returns an exit code (!= 0) after printing the reason, or 0 when ready.
    int loadConfig();
    int openJournal();
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
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<IimmpactClient> m_client;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PaymentEngine> m_engine;
    QString m_authProblem;
    QString m_journalProblem;
};

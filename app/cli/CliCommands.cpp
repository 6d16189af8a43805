#include "cli/CliCommands.h"

#include "api/ApiConfig.h"
#include "api/IimmpactClient.h"
#include "cli/ReceiptCommand.h"
#include "cli/ReconcileCommand.h"
#include "catalogue/CatalogueService.h"
#include "cli/SaleReport.h"
#include "cli/ShiftCommand.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "receipt/SaleCsv.h"
#include "services/DataFolder.h"
#include "services/KaunterServices.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QDir>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Grace after the deadline before the command stops waiting for the engine: the engine
// itself settles at the deadline; this only guards against a hang.
constexpr int WatchdogGraceMs = 3000;
// `status` makes one query: long enough for IIMMPACT's 29 s plus transport.
constexpr int StatusDeadlineMs = 40000;
// How long opening or closing a shift waits for the wallet balance before going on without it.
constexpr int BalanceWaitMs = 10000;

} // namespace

CliCommands::CliCommands(CliOptions options, QTextStream &out, QTextStream &err)
    : m_options(std::move(options))
    , m_out(out)
    , m_err(err)
    , m_clock(std::make_unique<SystemClock>())
{
    m_elapsed.start();
    KaunterServices::Options services = KaunterServices::Options::forProcess(m_options.dataDir, false);
    // history, receipt, reconcile, shift status and zreport only read: they run beside a till
    // or a command that drives the journal.
    services.driving = m_options.drivesJournal();
    // The log file as the GUI writes it, plus warnings on stderr: stdout carries only the
    // command's answer (--json), and the engine's info lines stay in the file.
    services.log = KaunterServices::Options::Log::FileAndStderr;
    m_services = std::make_unique<KaunterServices>(*m_clock, std::move(services));
}

CliCommands::~CliCommands()
{
    // The services destroy the engine before the client and the journal, the lock last.
    m_services.reset();
}

QString CliCommands::resolveDataDir(const QString &option)
{
    return DataFolder::resolve(option, DataFolder::environmentValue(), DataFolder::PlatformDirs::current());
}

int CliCommands::commandDeadlineMs(const CliOptions &options, const Settings &settings)
{
    return options.deadlineMs.value_or(settings.integer(Settings::Key::DeadlineMs));
}

PaymentEngine::Timing CliCommands::engineTiming(const CliOptions &options, const Settings &settings,
                                                int deadlineMs)
{
    PaymentEngine::Timing t = KaunterServices::engineTiming(settings, false);
    t.pollIntervalMs = options.pollIntervalMs.value_or(t.pollIntervalMs);
    // --poll-interval is the wait after Accepted/Processing/unknown alike: no growing backoff,
    // a small jitter so that many terminals do not poll in step.
    t.jitterMs = t.pollIntervalMs / 10;
    t.maxBackoffMs = t.pollIntervalMs;
    t.deadlineMs = deadlineMs;
    return t;
}

int CliCommands::run()
{
    switch (m_options.command) {
    case CliOptions::Command::Pay:
        return pay();
    case CliOptions::Command::Status:
        return status();
    case CliOptions::Command::Recover:
        return recover();
    case CliOptions::Command::History:
        return history();
    case CliOptions::Command::Send:
        return sendDecision();
    case CliOptions::Command::Void:
        return voidDecision();
    case CliOptions::Command::Receipt:
        return receipt();
    case CliOptions::Command::Reconcile:
        return reconcile();
    case CliOptions::Command::Shift:
    case CliOptions::Command::ZReport:
        return shift();
    }
    return SaleReport::Usage;
}

int CliCommands::receipt()
{
    if (const int rc = openJournal())
        return rc;
    return ReceiptCommand(m_options, *m_journal, *m_services->settings(), m_out, m_err).run();
}

int CliCommands::usageError(const QString &message)
{
    diagnostic(message);
    if (m_options.json)
        print(SaleReport::error(message));
    return SaleReport::Usage;
}

void CliCommands::print(const QJsonValue &json)
{
    const QByteArray text = json.isArray()
        ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Indented)
        : QJsonDocument(json.toObject()).toJson(QJsonDocument::Indented);
    m_out << QString::fromUtf8(text);
    m_out.flush();
}

void CliCommands::diagnostic(const QString &message)
{
    m_err << u"kaunter: "_s << message << u'\n';
    m_err.flush();
}

int CliCommands::remainingMs() const
{
    // Before the data folder is known, the table's deadline (the settings file is not read yet).
    const int total = m_services->settings()
        ? commandDeadlineMs(m_options, *m_services->settings())
        : m_options.deadlineMs.value_or(Settings::defaultInteger(Settings::Key::DeadlineMs));
    return int(std::max<qint64>(1, total - m_elapsed.elapsed()));
}

int CliCommands::loadConfig()
{
    if (m_client)
        return 0;
    m_services->loadApiConfig();
    const QString problem = m_services->apiConfigProblem();
    if (!problem.isEmpty())
        return usageError(tr("Configuration error: %1. Nothing was sent.").arg(problem));
    m_services->makeClient();
    m_client = m_services->client();
    if (!m_client->configError().isEmpty())
        return usageError(tr("Configuration error: %1. Nothing was sent.").arg(m_client->configError()));
    return 0;
}

int CliCommands::journalError()
{
    const QString dir = m_services->dataFolder().isEmpty() ? resolveDataDir(m_options.dataDir)
                                                           : m_services->dataFolder();
    if (dir.isEmpty())
        return usageError(tr("No data folder: pass --data-dir or set KAUNTER_DATA_DIR. Nothing was sent."));
    return usageError(tr("The sales journal in %1 cannot be opened: %2 Nothing was sent.")
                          .arg(QDir::toNativeSeparators(dir), m_services->errorString()));
}

int CliCommands::acquireDriverLock()
{
    if (m_services->lockDriver())
        return 0;
    if (!m_services->driverLockBusy())
        return journalError();
    const QString message = tr("%1 This command sends nothing while another process drives the "
                               "journal in %2. Nothing was sent.")
                                .arg(m_services->errorString(),
                                     QDir::toNativeSeparators(m_services->dataFolder()));
    diagnostic(message);
    if (m_options.json)
        print(SaleReport::error(message));
    return SaleReport::DriverBusy;
}

int CliCommands::openJournal()
{
    if (m_journal)
        return 0;
    // The lock before the journal: a second driver must not even resume what it reads.
    if (m_options.drivesJournal()) {
        if (const int rc = acquireDriverLock())
            return rc;
    }
    if (!m_services->openJournal())
        return journalError();
    m_journal = m_services->journal();
    return 0;
}

void CliCommands::makeEngine(int deadlineMs)
{
    if (!m_services->makeEngine()) {   // journal and client are open by now: cannot fail
        diagnostic(m_services->errorString());
        return;
    }
    m_engine = m_services->engine();
    m_engine->setTiming(engineTiming(m_options, *m_services->settings(), deadlineMs));
    m_engine->setDuplicateGuardMs(0);   // one sale per process: nothing to guard
    QObject::connect(m_engine.get(), &PaymentEngine::authenticationProblem, m_engine.get(),
                     [this](const QString &message) {
                         m_authProblem = message;
                         diagnostic(tr("Authentication problem (check KAUNTER_API_KEY, "
                                       "KAUNTER_API_SECRET, the clock and the IP allowlist): %1")
                                        .arg(message));
                     });
    QObject::connect(m_engine.get(), &PaymentEngine::journalProblem, m_engine.get(),
                     [this](const QString &message) {
                         m_journalProblem = message;
                         diagnostic(message);
                     });
}

int CliCommands::pay()
{
    if (const int rc = loadConfig())
        return rc;
    if (const int rc = openJournal())
        return rc;

    if (!m_options.refid.isEmpty()) {
        const std::optional<SaleRecord> old = m_journal->sale(m_options.refid);
        if (!old)
            return usageError(tr("--refid %1 is not in the journal: --refid only corrects a Rejected "
                                 "sale. Nothing was sent.").arg(m_options.refid));
        if (old->state != SaleState::Rejected)
            return usageError(tr("Sale %1 is %2: it has (or may have) a transaction, so it is never "
                                 "sent with other details. Use `kaunter status %1`.")
                                  .arg(m_options.refid, SaleReport::statusName(old->state)));
    }

    makeEngine(remainingMs());
    QHash<QString, SaleRecord> settled;
    QEventLoop loop;
    QString refid;
    QObject::connect(m_engine.get(), &PaymentEngine::saleSettled, &loop,
                     [&](const SaleRecord &sale) {
                         settled.insert(sale.refid, sale);
                         if (sale.refid == refid)
                             loop.quit();
                     });

    SubmitError error;
    const std::optional<QString> started = m_engine->submit(m_options.sale, &error);
    if (!started) {
        if (error.field == "config"_L1 || error.field == "journal"_L1 || error.field == "refid"_L1
            || error.field == "duplicate"_L1)
            return usageError(error.message);
        diagnostic(error.message);
        if (m_options.json)
            print(SaleReport::localRejection(m_options.sale, error));
        else
            m_out << SaleReport::localRejectionText(error);
        return SaleReport::Rejected;
    }
    refid = *started;
    if (!settled.contains(refid)) {
        QTimer::singleShot(remainingMs() + WatchdogGraceMs, &loop, &QEventLoop::quit);
        loop.exec();
    }

    // The sale is journaled under `refid`: whatever else failed, the report names it.
    SaleRecord fallback = settled.value(refid);
    if (fallback.refid.isEmpty()) {
        fallback.refid = refid;
        fallback.product = m_options.sale.product.trimmed();
        fallback.account = m_options.sale.account.trimmed();
        fallback.amount = m_options.sale.amount.trimmed();
        fallback.state = SaleState::New;
    }
    return reportSale(m_journal->sale(refid).value_or(fallback));
}

int CliCommands::status()
{
    if (const int rc = openJournal())
        return rc;
    const std::optional<SaleRecord> known = m_journal->sale(m_options.refid);
    if (!known)
        return usageError(tr("Sale %1 is not in the journal; status never creates a transaction. "
                             "Nothing was sent.").arg(m_options.refid));

    // Status asks IIMMPACT about every sale that has a transaction there, final ones included,
    // so that support can compare the journal with the provider. A query is a POST of the
    // sale's body: for a sale without a transaction it would create one, so those are only
    // shown as the journal knows them.
    const bool hasTransaction = known->transactionSeen || known->state == SaleState::Accepted
        || known->state == SaleState::Processing || known->state == SaleState::Succesful
        || known->state == SaleState::Failed || known->state == SaleState::Refund;
    if (!hasTransaction) {
        switch (known->state) {
        case SaleState::Rejected:
            diagnostic(tr("Sale %1 is Rejected: IIMMPACT created no transaction for it, so there "
                          "is nothing to ask. Nothing was sent.").arg(m_options.refid));
            break;
        case SaleState::NeedsDecision:
        case SaleState::Voided:
            diagnostic(tr("Sale %1 is %2: it was never sent and status never sends a sale. "
                          "Nothing was sent.").arg(m_options.refid, SaleReport::statusName(known->state)));
            break;
        default:
            diagnostic(tr("Sale %1 never got an answer from IIMMPACT: asking would send it, and "
                          "status never sends a sale. `kaunter recover` resumes it. Nothing was "
                          "sent.").arg(m_options.refid));
            break;
        }
    } else {
        if (const int rc = loadConfig())
            return rc;
        makeEngine(StatusDeadlineMs);
        QEventLoop loop;
        bool done = false;
        QObject::connect(m_engine.get(), &PaymentEngine::saleSettled, &loop,
                         [&](const SaleRecord &sale) {
                             if (sale.refid == m_options.refid) {
                                 done = true;
                                 loop.quit();
                             }
                         });
        if (m_engine->queryOnce(m_options.refid) && !done) {
            QTimer::singleShot(StatusDeadlineMs + WatchdogGraceMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }

    return reportSale(m_journal->sale(m_options.refid).value_or(*known));
}

// The one way pay and status end: diagnostics on stderr, one summary (or JSON object) on
// stdout, and the exit code of the sale's state. A pending sale is 30 whatever else went wrong
// (a wrapper that retries on 2 would otherwise sell twice); 2 for an authentication problem
// only when the sale is not pending.
int CliCommands::reportSale(const SaleRecord &sale)
{
    if (!sale.isFinal() && !sale.lastError.isEmpty())
        diagnostic(tr("Sale %1: %2").arg(sale.refid, sale.lastError));
    if (m_options.json)
        print(SaleReport::toJson(sale));
    else
        m_out << SaleReport::toText(sale);
    const int code = SaleReport::exitCode(sale.state);
    if (code != SaleReport::Pending && !m_authProblem.isEmpty())
        return SaleReport::Usage;
    return code;
}

int CliCommands::recover()
{
    if (const int rc = loadConfig())
        return rc;
    if (const int rc = openJournal())
        return rc;

    const QList<SaleRecord> pending = m_journal->nonFinal();
    if (!pending.isEmpty()) {
        makeEngine(remainingMs());
        QEventLoop loop;
        QObject::connect(m_engine.get(), &PaymentEngine::saleSettled, &loop,
                         [&](const SaleRecord &) {
                             if (m_engine->activeCount() == 0)
                                 loop.quit();
                         });
        m_engine->recoverAll();
        if (m_engine->activeCount() > 0) {
            QTimer::singleShot(remainingMs() + WatchdogGraceMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }

    QJsonArray array;
    for (const SaleRecord &before : pending) {
        const SaleRecord sale = m_journal->sale(before.refid).value_or(before);
        if (!sale.isFinal() && !sale.lastError.isEmpty())
            diagnostic(tr("Sale %1: %2").arg(sale.refid, sale.lastError));
        if (m_options.json)
            array.append(SaleReport::toJson(sale));
        else
            m_out << SaleReport::toText(sale);
    }
    const int left = m_journal->nonFinalCount();
    if (m_options.json)
        print(array);
    else if (pending.isEmpty())
        m_out << tr("Nothing to recover: no pending sales.") << u'\n';
    else
        m_out << tr("%n sale(s) still pending.", nullptr, left) << u'\n';
    // Pending sales are 30 whatever else went wrong; 2 only when nothing is left pending.
    if (left != 0)
        return SaleReport::Pending;
    return m_authProblem.isEmpty() ? SaleReport::Succesful : SaleReport::Usage;
}

int CliCommands::history()
{
    if (m_options.historyFiltered || !m_options.csvFile.isEmpty())
        return findHistory();
    if (const int rc = openJournal())
        return rc;
    QJsonArray array;
    qint64 before = 0;
    constexpr int Page = 500;
    for (;;) {
        const QList<SaleRecord> page = m_journal->history(Page, before);
        for (const SaleRecord &sale : page) {
            if (m_options.json)
                array.append(SaleReport::toJson(sale));
            else
                m_out << SaleReport::historyLine(sale);
        }
        if (page.size() < Page)
            break;
        before = page.constLast().id;
    }
    if (m_options.json)
        print(array);
    m_out.flush();
    return 0;
}

// history with filters or --csv: SaleHistoryQuery pages, the same listing or a CSV file.
int CliCommands::findHistory()
{
    if (const int rc = openJournal())
        return rc;
    std::unique_ptr<QSaveFile> csv;
    if (!m_options.csvFile.isEmpty()) {
        // Written whole or not at all: a reader never sees half an export, an old file stays
        // as it was when this one fails.
        csv = std::make_unique<QSaveFile>(m_options.csvFile);
        if (!csv->open(QIODevice::WriteOnly) || csv->write(SaleCsv::begin()) < 0)
            return usageError(tr("Cannot write %1: %2").arg(m_options.csvFile, csv->errorString()));
    }
    SaleHistoryQuery query;
    query.filter = m_options.historyFilter;
    query.pageSize = 500;
    QJsonArray array;
    int rows = 0;
    for (;;) {
        SaleHistoryQuery::Cursor next;
        const QList<SaleRecord> page = m_journal->findSales(query, &next);
        for (const SaleRecord &sale : page) {
            ++rows;
            if (csv) {
                if (csv->write(SaleCsv::line(SaleCsv::fields(sale))) < 0)
                    return usageError(tr("Cannot write %1: %2").arg(m_options.csvFile, csv->errorString()));
            } else if (m_options.json) {
                array.append(SaleReport::toJson(sale));
            } else {
                m_out << SaleReport::historyLine(sale);
            }
        }
        if (!next.isValid())
            break;
        query.after = next;
    }
    if (csv) {
        if (!csv->commit())
            return usageError(tr("Cannot write %1: %2").arg(m_options.csvFile, csv->errorString()));
        if (m_options.json) {
            print(QJsonObject{{u"file"_s, m_options.csvFile}, {u"rows"_s, rows}});
        } else {
            m_out << tr("%n sale(s) written to %1.", nullptr, rows).arg(m_options.csvFile) << u'\n';
        }
    } else if (m_options.json) {
        print(array);
    }
    m_out.flush();
    return 0;
}

// shift open|status|close and zreport: no API, only the journal (ShiftCommand).
int CliCommands::shift()
{
    if (const int rc = openJournal())
        return rc;
    return ShiftCommand(m_options, *m_journal, *m_clock, m_out, m_err, [this] { return walletBalanceSen(); })
        .run();
}

// The wallet balance for a shift's open or close: read from IIMMPACT when the environment
// configures it, waiting BalanceWaitMs at most; otherwise not recorded, so a till without a
// configuration or a network still opens and closes its shifts.
std::optional<qint64> CliCommands::walletBalanceSen()
{
    m_services->loadApiConfig();
    if (!m_services->apiConfigProblem().isEmpty() || !m_services->makeCatalogue()
        || !m_services->client()->configError().isEmpty())
        return std::nullopt;
    CatalogueService *catalogue = m_services->catalogue();
    std::optional<qint64> sen;
    bool answered = false;
    QEventLoop loop;
    QTimer::singleShot(BalanceWaitMs, &loop, &QEventLoop::quit);
    QObject::connect(catalogue, &CatalogueService::balanceUpdated, &loop, [&](const BalanceInfo &balance) {
        answered = true;
        if (balance.ok)
            sen = balance.balanceSen;
        else
            diagnostic(tr("The IIMMPACT wallet balance was not recorded: %1").arg(balance.error));
        loop.quit();
    });
    catalogue->refreshBalance();
    if (!answered)   // an answer may come before the loop runs (a refusal without a request)
        loop.exec();
    if (!answered)
        diagnostic(tr("The IIMMPACT wallet balance was not recorded: no answer within %n second(s).", nullptr,
                      BalanceWaitMs / 1000));
    return sen;
}

// --- Decisions on a stale sale IIMMPACT had no transaction for (NeedsDecision) ---

int CliCommands::refuseDecision(const SaleRecord *known)
{
    if (!known)
        return usageError(tr("Sale %1 is not in the journal. Nothing was sent.").arg(m_options.refid));
    return usageError(tr("Sale %1 is %2, not waiting for a decision: send and void only act on a "
                         "sale that is NeedsDecision. Nothing was sent.")
                          .arg(m_options.refid, SaleReport::statusName(known->state)));
}

// Like pay: the sale is driven (same refid, the journaled body) until final or the deadline,
// and the exit code is its state's (30 while pending).
int CliCommands::sendDecision()
{
    if (const int rc = loadConfig())
        return rc;
    if (const int rc = openJournal())   // takes the driver lock first
        return rc;
    const std::optional<SaleRecord> known = m_journal->sale(m_options.refid);
    if (!known || known->state != SaleState::NeedsDecision)
        return refuseDecision(known ? &*known : nullptr);

    makeEngine(remainingMs());
    QEventLoop loop;
    bool settled = false;
    QObject::connect(m_engine.get(), &PaymentEngine::saleSettled, &loop, [&](const SaleRecord &sale) {
        if (sale.refid == m_options.refid) {
            settled = true;
            loop.quit();
        }
    });
    QString error;
    if (!m_engine->sendDecided(m_options.refid, &error)) {
        // Nothing was sent; the journal says whether the sale is still waiting (30).
        diagnostic(error);
        return reportSale(m_journal->sale(m_options.refid).value_or(*known));
    }
    if (!settled) {
        QTimer::singleShot(remainingMs() + WatchdogGraceMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return reportSale(m_journal->sale(m_options.refid).value_or(*known));
}

// 12 when voided. When IIMMPACT has the transaction after all the sale is re-queried instead
// and the command exits 30 with a message whatever the re-query found: the void did not happen.
int CliCommands::voidDecision()
{
    if (const int rc = loadConfig())
        return rc;
    if (const int rc = openJournal())   // takes the driver lock first
        return rc;
    const std::optional<SaleRecord> known = m_journal->sale(m_options.refid);
    if (!known || known->state != SaleState::NeedsDecision)
        return refuseDecision(known ? &*known : nullptr);

    makeEngine(remainingMs());
    QEventLoop loop;
    bool settled = false;
    QString refusal;
    QObject::connect(m_engine.get(), &PaymentEngine::voidRefused, &loop,
                     [&](const QString &refid, const QString &message) {
                         if (refid == m_options.refid)
                             refusal = message;
                     });
    QObject::connect(m_engine.get(), &PaymentEngine::saleSettled, &loop, [&](const SaleRecord &sale) {
        if (sale.refid == m_options.refid) {
            settled = true;
            loop.quit();
        }
    });
    QString error;
    if (!m_engine->voidSale(m_options.refid, &error))
        return refuseDecision(&*known);
    if (!settled) {
        QTimer::singleShot(remainingMs() + WatchdogGraceMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const SaleRecord sale = m_journal->sale(m_options.refid).value_or(*known);
    if (sale.state == SaleState::Voided)
        return reportSale(sale);
    diagnostic(refusal.isEmpty() ? tr("Sale %1 was not voided.").arg(m_options.refid) : refusal);
    reportSale(sale);
    return SaleReport::Pending;
}

// Reads IIMMPACT's list and the journal only: no driver lock, nothing sent.
int CliCommands::reconcile()
{
    if (const int rc = loadConfig())
        return rc;
    if (const int rc = openJournal())
        return rc;
    ReconcileCommand command(*m_client, *m_journal, *m_clock, m_services->dataFolder(), m_options, m_out, m_err);
    return command.run();
}

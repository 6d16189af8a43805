#pragma once

#include "api/ApiConfig.h"
#include "payment/PaymentEngine.h"
#include "services/ApiEnvironment.h"
#include "services/DataFolder.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

class CatalogueService;
class Clock;
class DriverLock;
class FavouritesStore;
class IimmpactClient;
class Journal;
class LogSink;
class QNetworkAccessManager;
class Settings;

// Builds the core services the same way for the GUI, the CLI and the test harness, in one
// order, from one table of defaults (Settings.cpp):
//
//   data folder -> driver lock -> settings -> API configuration -> journal -> network access
//   manager and client -> engine (timing from the settings) -> catalogue and favourites
//
// build() runs every step not done yet in that order. A front end that must do something
// between two steps (the GUI starts its demo simulator before the API configuration; the CLI
// checks the configuration before it touches the journal) calls the steps one by one; each
// step first does the ones it cannot do without (the journal never opens without the driver
// lock in a driving process). The clock is injected; tests inject the data folder, the API
// configuration and the network access manager. Destroyed in the reverse order, the lock last.
class KaunterServices
{
    Q_DECLARE_TR_FUNCTIONS(KaunterServices)
public:
    enum class Step { None, DataFolder, DriverLock, Settings, ApiConfig, Journal, Client, Engine, Catalogue };

    struct Options
    {
        QString dataDirOption;                  // --data-dir
        QString dataDirEnvironment;             // KAUNTER_DATA_DIR
        DataFolder::PlatformDirs platform;
        QString dataFolder;                     // non-empty (tests): exactly this folder, no rule
        bool demo = false;                      // journal in <folder>/demo, faster polling
        // Can send /v2/topup (GUI, pay, status, recover): the journal opens only under the driver
        // lock. `kaunter history` only reads and runs beside a driver.
        bool driving = true;
        std::optional<ApiConfig> apiConfig;     // unset: ApiConfig::fromEnvironment()
        QNetworkAccessManager *nam = nullptr;   // unset: the services own one
        // Where this process's log goes once the data folder is known (LogSink):
        // <data folder>/logs/kaunter.log, level from the log/level setting or QT_LOGGING_RULES.
        // None for tests that build services directly (their logs never reach a real home);
        // forProcess() sets File (the GUI); the CLI adds warnings and above on stderr.
        enum class Log { None, File, FileAndStderr };
        Log log = Log::None;

        // This process's KAUNTER_DATA_DIR and platform folders.
        static Options forProcess(const QString &dataDirOption, bool demo);
    };

    KaunterServices(const Clock &clock, Options options);
    ~KaunterServices();
    KaunterServices(const KaunterServices &) = delete;
    KaunterServices &operator=(const KaunterServices &) = delete;

    bool build();

    // The steps, in build() order. Each is done once; false when it (or one it needs) failed.
    bool resolveDataFolder();
    bool lockDriver();
    bool loadSettings();
    void setApiConfig(const ApiConfig &config);   // before makeClient(); replaces Options::apiConfig
    bool loadApiConfig();
    bool openJournal();
    bool makeClient();
    bool makeEngine();
    bool makeCatalogue();

    Step failedStep() const { return m_failed; }
    QString errorString() const { return m_error; }   // translated; names the folder or holder
    bool driverLockBusy() const { return m_driverLockBusy; }   // another process drives the journal

    const Options &options() const { return m_options; }
    const Clock &clock() const { return m_clock; }
    QString dataFolder() const { return m_dataFolder; }   // the journal's folder (demo: <dir>/demo)
    DriverLock *driverLock() const { return m_lock.get(); }
    Settings *settings() const { return m_settings.get(); }
    const ApiConfig &apiConfig() const { return m_apiConfig; }
    QString apiConfigProblem() const { return m_apiConfig.validate(); }
    ApiEnvironment environment() const;
    Journal *journal() const { return m_journal.get(); }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    IimmpactClient *client() const { return m_client.get(); }
    PaymentEngine *engine() const { return m_engine.get(); }
    CatalogueService *catalogue() const { return m_catalogue.get(); }
    FavouritesStore *favourites() const { return m_favourites.get(); }
    LogSink *logSink() const { return m_log.get(); }   // null until the data folder is known

    // From the settings table; what the header and the review page use.
    qint64 lowBalanceSen() const;
    int duplicateWindowMinutes() const;

    // Engine timing from the settings (demo: the simulator settles in ~3 s, so training polls
    // faster, like the counter feels).
    static PaymentEngine::Timing engineTiming(const Settings &settings, bool demo);

private:
    bool fail(Step step, const QString &message);
    void startLog();

    const Clock &m_clock;
    Options m_options;
    Step m_failed = Step::None;
    QString m_error;
    QString m_dataFolder;
    bool m_driverLockBusy = false;
    bool m_apiConfigLoaded = false;
    ApiConfig m_apiConfig;
    std::unique_ptr<DriverLock> m_lock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<QNetworkAccessManager> m_ownNam;
    QNetworkAccessManager *m_nam = nullptr;
    std::unique_ptr<IimmpactClient> m_client;
    std::unique_ptr<PaymentEngine> m_engine;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<FavouritesStore> m_favourites;
    std::unique_ptr<LogSink> m_log;   // destroyed last (explicitly): it hears the others close
};

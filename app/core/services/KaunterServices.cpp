#include "KaunterServices.h"

#include "api/IimmpactClient.h"
#include "catalogue/CatalogueService.h"
#include "catalogue/FavouritesStore.h"
#include "journal/Journal.h"
#include "services/DriverLock.h"
#include "util/Clock.h"
#include "util/Log.h"
#include "util/Settings.h"

#include <QDir>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {
// The embedded simulator answers Accepted -> Succesful in about 3 s.
constexpr int DemoPollIntervalMs = 2500;
constexpr int DemoJitterMs = 400;
}

KaunterServices::Options KaunterServices::Options::forProcess(const QString &dataDirOption, bool demo)
{
    Options o;
    o.dataDirOption = dataDirOption;
    o.dataDirEnvironment = DataFolder::environmentValue();
    o.platform = DataFolder::PlatformDirs::current();
    o.demo = demo;
    o.log = Options::Log::File;
    return o;
}

KaunterServices::KaunterServices(const Clock &clock, Options options)
    : m_clock(clock)
    , m_options(std::move(options))
{
}

KaunterServices::~KaunterServices()
{
    // Reverse order of construction: users before what they use, the lock after the journal
    // is closed.
    m_favourites.reset();
    m_catalogue.reset();
    m_engine.reset();
    m_client.reset();
    m_ownNam.reset();
    m_journal.reset();
    m_settings.reset();
    m_lock.reset();
    m_log.reset();   // last: the others may still log while they close
}

bool KaunterServices::fail(Step step, const QString &message)
{
    m_failed = step;
    m_error = message;
    return false;
}

bool KaunterServices::build()
{
    return resolveDataFolder() && (!m_options.driving || lockDriver()) && loadSettings()
        && loadApiConfig() && openJournal() && makeClient() && makeEngine() && makeCatalogue();
}

bool KaunterServices::resolveDataFolder()
{
    if (!m_dataFolder.isEmpty())
        return true;
    const QString base = !m_options.dataFolder.isEmpty()
        ? m_options.dataFolder
        : DataFolder::resolve(m_options.dataDirOption, m_options.dataDirEnvironment, m_options.platform);
    if (base.isEmpty())
        return fail(Step::DataFolder, tr("No data folder: pass --data-dir or set KAUNTER_DATA_DIR."));
    const QString folder = DataFolder::journalFolder(base, m_options.demo);
    if (!QDir().mkpath(folder))
        return fail(Step::DataFolder, tr("The data folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    m_dataFolder = folder;
    startLog();
    return true;
}

void KaunterServices::startLog()
{
    if (m_log || m_options.log == Options::Log::None)
        return;
    LogSink::Options o;
    o.folder = QDir(m_dataFolder).filePath(u"logs"_s);
    o.toStderr = m_options.log == Options::Log::FileAndStderr;
    auto sink = std::make_unique<LogSink>(o);
    if (!sink->install())
        return;   // another sink already owns this process's messages
    m_log = std::move(sink);
    // The table's level until the settings file is read (loadSettings applies the stored one).
    LogSink::applyLevel(Settings::defaultValue(Settings::Key::LogLevel).toString());
    qCInfo(lcEngine).noquote().nospace() << "Kaunter " << KAUNTER_VERSION << ", data folder "
                                         << QDir::toNativeSeparators(m_dataFolder)
                                         << (m_options.demo ? " (demo)" : "");
}

bool KaunterServices::lockDriver()
{
    if (m_lock && m_lock->isHeld())
        return true;
    if (!resolveDataFolder())
        return false;
    if (!m_lock)
        m_lock = std::make_unique<DriverLock>(m_dataFolder);
    const DriverLock::Result result = m_lock->acquire();
    m_driverLockBusy = result == DriverLock::Result::Busy;
    if (result != DriverLock::Result::Acquired)
        return fail(Step::DriverLock, m_lock->errorString());
    return true;
}

bool KaunterServices::loadSettings()
{
    if (m_settings)
        return true;
    if (!resolveDataFolder())
        return false;
    m_settings = std::make_unique<Settings>(QDir(m_dataFolder).filePath(u"kaunter.ini"_s));
    if (m_log)
        LogSink::applyLevel(m_settings->string(Settings::Key::LogLevel));
    return true;
}

void KaunterServices::setApiConfig(const ApiConfig &config)
{
    Q_ASSERT_X(!m_client, "KaunterServices::setApiConfig", "the client already has its configuration");
    m_apiConfig = config;
    m_apiConfigLoaded = true;
}

bool KaunterServices::loadApiConfig()
{
    if (!m_apiConfigLoaded)
        setApiConfig(m_options.apiConfig.value_or(ApiConfig::fromEnvironment()));
    // Not validated here: the GUI starts without a usable configuration and says why it
    // cannot sell; the CLI refuses (apiConfigProblem()).
    return true;
}

bool KaunterServices::openJournal()
{
    if (m_journal)
        return true;
    if (!resolveDataFolder() || (m_options.driving && !lockDriver()) || !loadSettings())
        return false;
    auto journal = std::make_unique<Journal>(m_clock);
    if (!journal->open(m_dataFolder))
        return fail(Step::Journal, journal->errorString());
    m_journal = std::move(journal);
    return true;
}

bool KaunterServices::makeClient()
{
    if (m_client)
        return true;
    loadApiConfig();
    if (!m_nam) {
        m_nam = m_options.nam;
        if (!m_nam) {
            m_ownNam = std::make_unique<QNetworkAccessManager>();
            m_nam = m_ownNam.get();
        }
    }
    m_client = std::make_unique<IimmpactClient>(m_nam, m_clock);
    m_client->setConfig(m_apiConfig);
    return true;
}

bool KaunterServices::makeEngine()
{
    if (m_engine)
        return true;
    if (!openJournal() || !makeClient())
        return false;
    m_engine = std::make_unique<PaymentEngine>(*m_journal, *m_client, m_clock);
    m_engine->setTiming(engineTiming(*m_settings, m_options.demo));
    m_engine->setStaleSaleAgeMs(qint64(m_settings->integer(Settings::Key::StaleSaleMinutes)) * 60 * 1000);
    return true;
}

bool KaunterServices::makeCatalogue()
{
    if (m_catalogue)
        return true;
    if (!makeClient() || !resolveDataFolder())
        return false;
    m_catalogue = std::make_unique<CatalogueService>(*m_client);
    m_favourites = std::make_unique<FavouritesStore>(m_dataFolder);
    return true;
}

ApiEnvironment KaunterServices::environment() const
{
    return apiEnvironmentFor(m_options.demo, m_apiConfig.baseUrl.host());
}

qint64 KaunterServices::lowBalanceSen() const
{
    const int ringgit = m_settings ? m_settings->integer(Settings::Key::LowBalanceThreshold)
                                   : Settings::defaultInteger(Settings::Key::LowBalanceThreshold);
    return qint64(ringgit) * 100;
}

int KaunterServices::duplicateWindowMinutes() const
{
    return m_settings ? m_settings->integer(Settings::Key::DuplicateWindowMinutes)
                      : Settings::defaultInteger(Settings::Key::DuplicateWindowMinutes);
}

PaymentEngine::Timing KaunterServices::engineTiming(const Settings &settings, bool demo)
{
    PaymentEngine::Timing timing;
    timing.pollIntervalMs = settings.integer(Settings::Key::PollIntervalMs);
    timing.deadlineMs = settings.integer(Settings::Key::DeadlineMs);
    if (demo) {
        timing.pollIntervalMs = DemoPollIntervalMs;
        timing.jitterMs = DemoJitterMs;
    }
    return timing;
}

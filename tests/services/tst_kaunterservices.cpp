#include "api/IimmpactClient.h"
#include "catalogue/CatalogueService.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "payment/SaleRequest.h"
#include "services/ApiEnvironment.h"
#include "services/DriverLock.h"
#include "services/KaunterServices.h"
#include "sim/Simulator.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiEnvironment)

// The one way the GUI, the CLI and the harness build their core services: the steps in order,
// the journal only under the driver lock, timing and thresholds from the settings table.
class TestKaunterServices : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Simulator> m_sim;

    QString folder() const { return m_dir->filePath(u"till"_s); }

    ApiConfig simConfig() const
    {
        ApiConfig config;
        config.baseUrl = m_sim->baseUrl();
        config.apiKey = Simulator::demoApiKey();
        config.secretBase64 = Simulator::demoSecretBase64();
        config.transferTimeoutMs = 5000;
        config.readTimeoutMs = 5000;
        return config;
    }

    KaunterServices::Options options(bool driving = true, bool demo = false) const
    {
        KaunterServices::Options o;
        o.dataFolder = folder();
        o.apiConfig = simConfig();
        o.driving = driving;
        o.demo = demo;
        return o;
    }

    // The till's kaunter.ini in the services' journal folder, written before they load it.
    static bool writeSettings(const QString &journalFolder, const QList<QPair<Settings::Key, int>> &values)
    {
        Settings settings(QDir(journalFolder).filePath(u"kaunter.ini"_s));
        for (const auto &[key, value] : values)
            settings.setValue(key, value);
        return settings.sync();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Simulator::Options so;
        so.acceptedMs = 100;
        so.processingMs = 100;
        so.billerCount = 50;
        m_sim = std::make_unique<Simulator>(so);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }
    void cleanup()
    {
        m_sim.reset();
        m_dir.reset();
    }

    void buildMakesEveryServiceInTheFolder()
    {
        KaunterServices services(m_clock, options());
        QVERIFY2(services.build(), qPrintable(services.errorString()));
        QCOMPARE(services.failedStep(), KaunterServices::Step::None);
        QVERIFY(services.errorString().isEmpty());
        QVERIFY(!services.driverLockBusy());

        QCOMPARE(services.dataFolder(), folder());
        QVERIFY(QFileInfo(folder()).isDir());
        QVERIFY(services.driverLock());
        QVERIFY(services.driverLock()->isHeld());
        QCOMPARE(services.driverLock()->filePath(), QDir(folder()).filePath(DriverLock::fileName()));
        QVERIFY(QFileInfo::exists(services.driverLock()->filePath()));
        QVERIFY(services.settings());
        QCOMPARE(services.settings()->filePath(), QDir(folder()).filePath(u"kaunter.ini"_s));
        QCOMPARE(services.apiConfig().baseUrl, m_sim->baseUrl());
        QVERIFY(services.apiConfigProblem().isEmpty());
        QCOMPARE(services.environment(), ApiEnvironment::Custom);   // 127.0.0.1
        QVERIFY(services.journal());
        QCOMPARE(QFileInfo(services.journal()->filePath()).absolutePath(), QFileInfo(folder()).absoluteFilePath());
        QVERIFY(services.networkAccessManager());
        QVERIFY(services.client());
        QCOMPARE(services.client()->config().baseUrl, m_sim->baseUrl());
        QVERIFY(services.engine());
        QVERIFY(services.catalogue());
        QVERIFY(services.favourites());
        // Idempotent: a second build() keeps the same objects.
        Journal *journal = services.journal();
        PaymentEngine *engine = services.engine();
        QVERIFY(services.build());
        QCOMPARE(services.journal(), journal);
        QCOMPARE(services.engine(), engine);
    }

    // A later step does the earlier ones it needs: the journal never opens without the lock.
    void laterStepTakesTheLockFirst()
    {
        KaunterServices services(m_clock, options());
        QVERIFY(!services.driverLock());
        QVERIFY(services.openJournal());
        QVERIFY(services.driverLock());
        QVERIFY(services.driverLock()->isHeld());
        QVERIFY(services.settings());
        QVERIFY(services.journal());
        QVERIFY(!services.client());   // not needed yet
        QVERIFY(services.makeEngine());
        QVERIFY(services.client());
        QVERIFY(services.engine());
        QVERIFY(!services.catalogue());
    }

    // The injected configuration and the built engine really reach the simulator: a sale
    // settles Succesful and is journaled in the services' folder.
    void builtEngineSells()
    {
        QVERIFY(QDir().mkpath(folder()));
        QVERIFY(writeSettings(folder(), {{Settings::Key::PollIntervalMs, 1000}}));
        KaunterServices services(m_clock, options());
        QVERIFY2(services.build(), qPrintable(services.errorString()));
        QCOMPARE(services.engine()->timing().pollIntervalMs, 1000);

        QSignalSpy settled(services.engine(), &PaymentEngine::saleSettled);
        SaleRequest request;
        request.product = u"D"_s;
        request.account = u"0123456789"_s;
        request.amount = u"10"_s;
        SubmitError error;
        const std::optional<QString> refid = services.engine()->submit(request, &error);
        QVERIFY2(refid, qPrintable(error.message));
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 20000);
        QCOMPARE(settled.first().first().value<SaleRecord>().state, SaleState::Succesful);
        QVERIFY(m_sim->topupRequestCount(*refid) >= 1);
        QCOMPARE(services.journal()->sale(*refid)->state, SaleState::Succesful);

        QSignalSpy products(services.catalogue(), &CatalogueService::catalogueUpdated);
        services.catalogue()->refreshProducts();
        QVERIFY(products.wait(10000));
    }

    void secondDriverFailsAtTheLock()
    {
        KaunterServices first(m_clock, options());
        QVERIFY(first.lockDriver());   // the lock only: the journal does not exist yet

        KaunterServices second(m_clock, options());
        QVERIFY(!second.build());
        QCOMPARE(second.failedStep(), KaunterServices::Step::DriverLock);
        QVERIFY(second.driverLockBusy());
        const QString pid = QString::number(QCoreApplication::applicationPid());
        QVERIFY2(second.errorString().contains(pid), qPrintable(second.errorString()));
        // build() stops at the lock: no step after it (settings, journal, client, engine) ran.
        QCOMPARE(second.settings(), nullptr);
        QCOMPARE(second.journal(), nullptr);
        QCOMPARE(second.engine(), nullptr);
        QCOMPARE(second.client(), nullptr);
        QVERIFY(!second.openJournal());
        QCOMPARE(second.journal(), nullptr);
        QVERIFY(!second.makeEngine());
        QCOMPARE(second.engine(), nullptr);
        // The refused driver created nothing next to the lock: no journal file, no settings.
        QCOMPARE(QDir(folder()).entryList(QDir::Files | QDir::NoDotAndDotDot),
                 QStringList{DriverLock::fileName()});
        QVERIFY(first.driverLock()->isHeld());

        // Once the first one is gone, the second one builds.
        first.driverLock()->release();
        QVERIFY2(second.build(), qPrintable(second.errorString()));
        QVERIFY(second.journal());
        QVERIFY(second.driverLock()->isHeld());
    }

    // `kaunter history` only reads: it opens the journal beside a running driver.
    void historyBuildsBesideTheDriver()
    {
        KaunterServices driver(m_clock, options());
        QVERIFY2(driver.build(), qPrintable(driver.errorString()));

        KaunterServices history(m_clock, options(false));
        QVERIFY2(history.build(), qPrintable(history.errorString()));
        QCOMPARE(history.failedStep(), KaunterServices::Step::None);
        QVERIFY(!history.driverLockBusy());
        QVERIFY(!history.driverLock() || !history.driverLock()->isHeld());
        QVERIFY(history.journal());
        QCOMPARE(history.journal()->filePath(), driver.journal()->filePath());
        QVERIFY(driver.driverLock()->isHeld());
    }

    // Destroyed in reverse order, the lock last: nothing is left to block the next driver.
    void destructionReleasesTheLock()
    {
        {
            KaunterServices services(m_clock, options());
            QVERIFY(services.build());
        }
        QVERIFY(!QFileInfo::exists(QDir(folder()).filePath(DriverLock::fileName())));
        KaunterServices next(m_clock, options());
        QVERIFY2(next.build(), qPrintable(next.errorString()));
    }

    void engineTimingFromSettings_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<int>("iniPollMs");       // 0: no kaunter.ini
        QTest::addColumn<int>("iniDeadlineMs");   // 0: no kaunter.ini
        QTest::addColumn<int>("pollMs");          // -1: faster than the table's default
        QTest::addColumn<int>("deadlineMs");

        const int poll = Settings::defaultInteger(Settings::Key::PollIntervalMs);
        const int deadline = Settings::defaultInteger(Settings::Key::DeadlineMs);
        QTest::newRow("table defaults") << false << 0 << 0 << poll << deadline;
        QTest::newRow("the till's kaunter.ini") << false << 3000 << 60000 << 3000 << 60000;
        QTest::newRow("out of range falls back to the table") << false << 5 << 5 << poll << deadline;
        QTest::newRow("demo polls faster") << true << 0 << 0 << -1 << deadline;
        QTest::newRow("demo keeps the ini deadline") << true << 3000 << 60000 << -1 << 60000;
    }
    void engineTimingFromSettings()
    {
        QFETCH(bool, demo);
        QFETCH(int, iniPollMs);
        QFETCH(int, iniDeadlineMs);
        QFETCH(int, pollMs);
        QFETCH(int, deadlineMs);

        KaunterServices services(m_clock, options(true, demo));
        QVERIFY(services.resolveDataFolder());
        QCOMPARE(services.dataFolder(), demo ? QDir(folder()).filePath(u"demo"_s) : folder());
        if (iniPollMs > 0) {
            QVERIFY(writeSettings(services.dataFolder(), {{Settings::Key::PollIntervalMs, iniPollMs},
                                                         {Settings::Key::DeadlineMs, iniDeadlineMs}}));
        }
        QVERIFY2(services.build(), qPrintable(services.errorString()));

        const PaymentEngine::Timing timing = services.engine()->timing();
        const PaymentEngine::Timing computed = KaunterServices::engineTiming(*services.settings(), demo);
        QCOMPARE(timing.pollIntervalMs, computed.pollIntervalMs);
        QCOMPARE(timing.deadlineMs, computed.deadlineMs);
        QCOMPARE(timing.jitterMs, computed.jitterMs);
        QCOMPARE(timing.deadlineMs, deadlineMs);
        if (pollMs > 0) {
            QCOMPARE(timing.pollIntervalMs, pollMs);
        } else {
            QVERIFY(timing.pollIntervalMs > 0);
            QVERIFY(timing.pollIntervalMs < Settings::defaultInteger(Settings::Key::PollIntervalMs));
            QVERIFY(timing.jitterMs < timing.pollIntervalMs);
        }
    }

    void thresholdsFromSettings_data()
    {
        QTest::addColumn<int>("iniRinggit");   // 0: no kaunter.ini
        QTest::addColumn<int>("iniMinutes");
        QTest::addColumn<qint64>("lowBalanceSen");
        QTest::addColumn<int>("duplicateMinutes");
        const int ringgit = Settings::defaultInteger(Settings::Key::LowBalanceThreshold);
        const int minutes = Settings::defaultInteger(Settings::Key::DuplicateWindowMinutes);
        QTest::newRow("table defaults") << 0 << 0 << qint64(ringgit) * 100 << minutes;
        QTest::newRow("the till's kaunter.ini") << 50 << 30 << qint64(5000) << 30;
    }
    void thresholdsFromSettings()
    {
        QFETCH(int, iniRinggit);
        QFETCH(int, iniMinutes);
        QFETCH(qint64, lowBalanceSen);
        QFETCH(int, duplicateMinutes);

        KaunterServices services(m_clock, options());
        // Before the settings are read: the table's defaults, never a constant of their own.
        QCOMPARE(services.lowBalanceSen(),
                 qint64(Settings::defaultInteger(Settings::Key::LowBalanceThreshold)) * 100);
        QCOMPARE(services.duplicateWindowMinutes(),
                 Settings::defaultInteger(Settings::Key::DuplicateWindowMinutes));
        QVERIFY(services.resolveDataFolder());
        if (iniRinggit > 0) {
            QVERIFY(writeSettings(services.dataFolder(), {{Settings::Key::LowBalanceThreshold, iniRinggit},
                                                         {Settings::Key::DuplicateWindowMinutes, iniMinutes}}));
        }
        QVERIFY(services.loadSettings());
        QCOMPARE(services.lowBalanceSen(), lowBalanceSen);
        QCOMPARE(services.duplicateWindowMinutes(), duplicateMinutes);
    }

    void apiEnvironmentFor_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("host");
        QTest::addColumn<ApiEnvironment>("expected");

        QTest::newRow("demo wins over production") << true << u"api.iimmpact.com"_s << ApiEnvironment::Demo;
        QTest::newRow("demo wins over staging") << true << u"staging.iimmpact.com"_s << ApiEnvironment::Demo;
        QTest::newRow("demo on the local simulator") << true << u"127.0.0.1"_s << ApiEnvironment::Demo;
        QTest::newRow("demo without a host") << true << QString() << ApiEnvironment::Demo;
        QTest::newRow("staging") << false << u"staging.iimmpact.com"_s << ApiEnvironment::Staging;
        QTest::newRow("staging, any case") << false << u"Staging.IIMMPACT.com"_s << ApiEnvironment::Staging;
        QTest::newRow("production") << false << u"api.iimmpact.com"_s << ApiEnvironment::Production;
        QTest::newRow("production, any case") << false << u"API.IIMMPACT.COM"_s << ApiEnvironment::Production;
        QTest::newRow("local simulator") << false << u"127.0.0.1"_s << ApiEnvironment::Custom;
        QTest::newRow("no host") << false << QString() << ApiEnvironment::Custom;
        QTest::newRow("bare domain") << false << u"iimmpact.com"_s << ApiEnvironment::Custom;
        QTest::newRow("look-alike suffix") << false << u"api.iimmpact.com.example.net"_s << ApiEnvironment::Custom;
        QTest::newRow("look-alike prefix") << false << u"evilapi.iimmpact.com"_s << ApiEnvironment::Custom;
    }
    void apiEnvironmentFor()
    {
        QFETCH(bool, demo);
        QFETCH(QString, host);
        QFETCH(ApiEnvironment, expected);
        QCOMPARE(::apiEnvironmentFor(demo, host), expected);
    }

    // The services report the environment of the configuration they were given.
    void servicesEnvironment_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<ApiEnvironment>("expected");
        QTest::newRow("staging") << false << u"https://staging.iimmpact.com"_s << ApiEnvironment::Staging;
        QTest::newRow("production") << false << u"https://api.iimmpact.com"_s << ApiEnvironment::Production;
        QTest::newRow("demo") << true << u"http://127.0.0.1:8080"_s << ApiEnvironment::Demo;
        QTest::newRow("custom") << false << u"https://proxy.example.com"_s << ApiEnvironment::Custom;
    }
    void servicesEnvironment()
    {
        QFETCH(bool, demo);
        QFETCH(QString, baseUrl);
        QFETCH(ApiEnvironment, expected);
        KaunterServices::Options o = options(true, demo);
        ApiConfig config = simConfig();
        config.baseUrl = QUrl(baseUrl);
        o.apiConfig = config;
        KaunterServices services(m_clock, o);
        QVERIFY(services.loadApiConfig());
        QCOMPARE(services.apiConfig().baseUrl, QUrl(baseUrl));
        QCOMPARE(services.environment(), expected);
    }
};

QTEST_GUILESS_MAIN(TestKaunterServices)
#include "tst_kaunterservices.moc"

#include "GuiStartup.h"

#include "FirstFrameProbe.h"
#include "MainWindow.h"
#include "Theme.h"
#include "HeaderBar.h"
#include "api/ApiConfig.h"
#include "api/IimmpactClient.h"
#include "catalogue/CatalogueService.h"
#include "catalogue/FavouritesStore.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "sim/Simulator.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString defaultDataDir()
{
    const QString env = qEnvironmentVariable("KAUNTER_DATA_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

} // namespace

int runGui(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // No Qt::AA_ShareOpenGLContexts here: QtWebEngine runs in the voucher helper process
    // (ui/voucher/VoucherViewer.h). Set in the till it created a GL share context at every
    // start (+~150 ms, +~58 MiB under Xvfb) whether or not a voucher was ever opened.
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Kaunter"_s);
    QApplication::setOrganizationName(u"Kaunter"_s);
    QApplication::setApplicationVersion(QStringLiteral(KAUNTER_VERSION));
    QApplication::setDesktopFileName(u"kaunter"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("GuiStartup", "Kaunter point of sale"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(u"demo"_s,
        QApplication::translate("GuiStartup", "Training mode: an IIMMPACT simulator inside Kaunter answers; "
                                              "no money moves. Uses its own journal."));
    const QCommandLineOption dataDirOption(u"data-dir"_s,
        QApplication::translate("GuiStartup", "Directory of the journal and local files (default: "
                                              "KAUNTER_DATA_DIR, else the per-user data directory)."),
        u"dir"_s);
    parser.addOption(demoOption);
    parser.addOption(dataDirOption);
    parser.process(app);

    Theme::apply(app);
    const bool demo = parser.isSet(demoOption);
    QString dataDir = parser.isSet(dataDirOption) ? parser.value(dataDirOption) : defaultDataDir();
    if (demo)   // demo sales never share a journal with real ones
        dataDir = QDir(dataDir).filePath(u"demo"_s);
    if (!QDir().mkpath(dataDir)) {
        QMessageBox::critical(nullptr, QApplication::translate("GuiStartup", "Kaunter cannot start"),
                              QApplication::translate("GuiStartup", "The data directory %1 cannot be created.")
                                  .arg(QDir::toNativeSeparators(dataDir)));
        return 1;
    }

    SystemClock clock;
    Settings settings(QDir(dataDir).filePath(u"kaunter.ini"_s));

    std::unique_ptr<Simulator> simulator;
    ApiConfig config;
    QString blocked;
    if (demo) {
        Simulator::Options options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;                       // ephemeral: two demo tills never collide
        options.apiKey = Simulator::demoApiKey();
        options.secretBase64 = Simulator::demoSecretBase64();
        options.clock = &clock;
        simulator = std::make_unique<Simulator>(options);
        QString error;
        if (!simulator->start(&error)) {
            QMessageBox::critical(nullptr, QApplication::translate("GuiStartup", "Kaunter cannot start"),
                                  QApplication::translate("GuiStartup", "The demo simulator did not start: %1")
                                      .arg(error));
            return 1;
        }
        config.baseUrl = simulator->baseUrl();
        config.apiKey = Simulator::demoApiKey();
        config.secretBase64 = Simulator::demoSecretBase64();
    } else {
        config = ApiConfig::fromEnvironment();   // the OS keychain replaces this in a later issue
        const QString why = config.validate();
        if (!why.isEmpty()) {
            blocked = QApplication::translate("GuiStartup", "Not configured for selling: %1. Set KAUNTER_API_BASE, "
                                                            "KAUNTER_API_KEY and KAUNTER_API_SECRET, or start "
                                                            "with --demo.").arg(why);
            QMessageBox::warning(nullptr, QApplication::translate("GuiStartup", "Kaunter is not configured"), blocked);
        }
    }

    Journal journal(clock);
    if (!journal.open(dataDir)) {
        // Without a durable journal nothing may be sold: say why and stop.
        QMessageBox::critical(nullptr, QApplication::translate("GuiStartup", "The sales journal cannot be opened"),
                              QApplication::translate("GuiStartup", "%1\n\nJournal: %2\n\nKaunter does not sell "
                                                                    "without its journal.")
                                  .arg(journal.errorString(), QDir::toNativeSeparators(dataDir)));
        return 1;
    }

    QNetworkAccessManager nam;
    IimmpactClient client(&nam, clock);
    client.setConfig(config);
    PaymentEngine engine(journal, client, clock);
    PaymentEngine::Timing timing = engine.timing();
    const int poll = settings.integer(Settings::Key::PollIntervalMs);
    const int deadline = settings.integer(Settings::Key::DeadlineMs);
    if (poll >= 1000 && poll <= 60000)
        timing.pollIntervalMs = poll;
    if (deadline >= 10000)
        timing.deadlineMs = deadline;
    if (demo) {   // the simulator settles in ~3 s; poll faster so training feels like the counter
        timing.pollIntervalMs = 2500;
        timing.jitterMs = 400;
    }
    engine.setTiming(timing);
    engine.setBackgroundRecoveryInterval(60000);
    CatalogueService catalogue(client);
    FavouritesStore favourites(dataDir);

    UiServices services;
    services.engine = &engine;
    services.journal = &journal;
    services.catalogue = &catalogue;
    services.favourites = &favourites;
    services.clock = &clock;
    services.environment = HeaderBar::environmentFor(demo, config.baseUrl.host());
    services.environmentHost = config.baseUrl.host();
    services.terminalId = journal.terminalId();
    const int lowRinggit = settings.integer(Settings::Key::LowBalanceThreshold);
    services.lowBalanceSen = qint64(lowRinggit > 0 ? lowRinggit : 200) * 100;
    const int dupMinutes = settings.integer(Settings::Key::DuplicateWindowMinutes);
    services.duplicateWindowMinutes = dupMinutes > 0 ? dupMinutes : 10;
    services.stagingTestAccounts = demo || services.environment == ApiEnvironment::Staging;
    services.sellingBlockedReason = blocked;

    // Pending sales from an earlier run are resumed before the till says it is ready.
    engine.recoverAll();

    MainWindow window(services);
    // KAUNTER_STARTUP_PROBE=1 (benchmarks only): print time to the first frame and to "ready"
    // (products and balance shown) with peak memory, then quit. Prints nothing else.
    if (qEnvironmentVariableIntValue("KAUNTER_STARTUP_PROBE") == 1) {
        auto *probe = new FirstFrameProbe(&window);
        QObject::connect(probe, &FirstFrameProbe::firstFrame, &window, [&sinceMain] {
            std::printf("first-frame-ms %lld peak-rss-kib %lld\n", qlonglong(sinceMain.elapsed()),
                        qlonglong(FirstFrameProbe::peakRssKiB()));
            std::fflush(stdout);
        });
        QObject::connect(&catalogue, &CatalogueService::catalogueUpdated, &window, [&sinceMain, &catalogue] {
            std::printf("ready-ms %lld products %d peak-rss-kib %lld\n", qlonglong(sinceMain.elapsed()),
                        catalogue.catalogue().count(), qlonglong(FirstFrameProbe::peakRssKiB()));
            std::fflush(stdout);
            QTimer::singleShot(200, qApp, &QCoreApplication::quit);
        });
    }
    window.show();
    window.start();
    return app.exec();
}

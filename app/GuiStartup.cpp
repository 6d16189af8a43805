#include "GuiStartup.h"

#include "FirstFrameProbe.h"
#include "MainWindow.h"
#include "Theme.h"
#include "HeaderBar.h"
#include "api/ApiConfig.h"
#include "catalogue/CatalogueService.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "security/SupervisorPin.h"
#include "services/KaunterServices.h"
#include "sim/Simulator.h"
#include "util/AppTranslations.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QApplication>
#include <QLocale>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>
#include <QMessageBox>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// Same code as `kaunter pay` when another process drives the journal (SaleReport::DriverBusy).
constexpr int ExitDriverBusy = 3;

struct GuiCommandLine
{
    bool demo = false;
    QString dataDir;
};

GuiCommandLine parseCommandLine(const QApplication &app)
{
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
    return GuiCommandLine{parser.isSet(demoOption), parser.value(dataDirOption)};
}

// Why the till will not start goes to stderr too (a terminal, the systemd journal of a kiosk
// unit: where support looks), and to a box for the person at the counter.
void refuse(bool probeMode, const QString &title, const QString &why)
{
    std::fprintf(stderr, "kaunter: %s\n%s\n", qPrintable(title), qPrintable(why));
    std::fflush(stderr);
    if (!probeMode)
        QMessageBox::critical(nullptr, title, why);
}

void cannotStart(bool probeMode, const QString &why)
{
    refuse(probeMode, QApplication::translate("GuiStartup", "Kaunter cannot start"), why);
}

// Before the journal is opened and before any request: a second till on the same journal
// sends nothing, recovers nothing, and says who holds it. Returns the exit code, or 0.
int lockDataFolder(KaunterServices &core, bool probeMode)
{
    if (!core.resolveDataFolder()) {
        cannotStart(probeMode, core.errorString());
        return 1;
    }
    if (!core.lockDriver()) {
        if (core.driverLockBusy()) {
            refuse(probeMode, QApplication::translate("GuiStartup", "Kaunter is already running"),
                   QApplication::translate("GuiStartup", "%1\n\nOnly one Kaunter may sell from this journal "
                                                         "(%2) at a time. Use the window that is already open.")
                       .arg(core.errorString(), QDir::toNativeSeparators(core.dataFolder())));
            return ExitDriverBusy;
        }
        cannotStart(probeMode, core.errorString());
        return 1;
    }
    return 0;
}

// Demo mode: the API is an embedded simulator with the published demo credentials.
bool startDemoSimulator(KaunterServices &core, const Clock &clock, std::unique_ptr<Simulator> *simulator,
                        bool probeMode)
{
    Simulator::Options options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;                       // ephemeral: two demo tills never collide
    options.apiKey = Simulator::demoApiKey();
    options.secretBase64 = Simulator::demoSecretBase64();
    options.clock = &clock;
    *simulator = std::make_unique<Simulator>(options);
    QString error;
    if (!(*simulator)->start(&error)) {
        cannotStart(probeMode,
                    QApplication::translate("GuiStartup", "The demo simulator did not start: %1").arg(error));
        return false;
    }
    ApiConfig config;
    config.baseUrl = (*simulator)->baseUrl();
    config.apiKey = Simulator::demoApiKey();
    config.secretBase64 = Simulator::demoSecretBase64();
    core.setApiConfig(config);
    return true;
}

// Outside demo mode a missing configuration does not stop the till: it starts, shows why it
// cannot sell, and can still recover and show history. Returns that reason, or empty.
QString loadLiveApiConfig(KaunterServices &core, bool probeMode)
{
    core.loadApiConfig();   // the OS keychain replaces the environment in a later issue
    const QString why = core.apiConfigProblem();
    if (why.isEmpty())
        return {};
    const QString blocked =
        QApplication::translate("GuiStartup", "Not configured for selling: %1. Set KAUNTER_API_BASE, "
                                              "KAUNTER_API_KEY and KAUNTER_API_SECRET, or start "
                                              "with --demo.").arg(why);
    std::fprintf(stderr, "kaunter: %s\n", qPrintable(blocked));
    if (!probeMode)
        QMessageBox::warning(nullptr, QApplication::translate("GuiStartup", "Kaunter is not configured"), blocked);
    return blocked;
}

UiServices makeUiServices(KaunterServices &core, const Clock &clock, SupervisorPin *supervisorPin, bool demo,
                          const QString &blocked)
{
    UiServices services;
    services.engine = core.engine();
    services.journal = core.journal();
    services.catalogue = core.catalogue();
    services.client = core.client();
    services.favourites = core.favourites();
    services.clock = &clock;
    services.environment = core.environment();
    services.environmentHost = core.apiConfig().baseUrl.host();
    services.terminalId = core.journal()->terminalId();
    services.dataFolder = core.dataFolder();
    services.supervisorPin = supervisorPin;
    services.settings = core.settings();
    services.lowBalanceSen = core.lowBalanceSen();
    services.duplicateWindowMinutes = core.duplicateWindowMinutes();
    services.stagingTestAccounts = demo || services.environment == ApiEnvironment::Staging;
    services.sellingBlockedReason = blocked;
    return services;
}

// KAUNTER_STARTUP_PROBE=1 (benchmarks, tests): print time to the first frame and to "ready"
// (products and balance shown) with peak memory, then quit. Prints nothing else.
void installStartupProbe(MainWindow &window, CatalogueService &catalogue, const QElapsedTimer &sinceMain)
{
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
}

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
    // The system's language until the settings are read (the refusals below may come first).
    AppTranslations translations;
    translations.apply(AppTranslations::resolve({}, QLocale::system()));
    const GuiCommandLine commandLine = parseCommandLine(app);

    Theme::apply(app);
    SystemClock clock;
    // Declared before the services so that it outlives the client that talks to it.
    std::unique_ptr<Simulator> simulator;
    KaunterServices core(clock, KaunterServices::Options::forProcess(commandLine.dataDir, commandLine.demo));
    // KAUNTER_STARTUP_PROBE=1: no person is watching (benchmarks, tests, package checks).
    const bool probeMode = qEnvironmentVariableIntValue("KAUNTER_STARTUP_PROBE") == 1;
    if (const int exitCode = lockDataFolder(core, probeMode); exitCode != 0)
        return exitCode;
    core.loadSettings();
    const QString language = AppTranslations::resolve(core.settings()->string(Settings::Key::Language),
                                                      QLocale::system());
    if (language != translations.current())
        translations.apply(language);

    QString blocked;
    if (commandLine.demo) {
        if (!startDemoSimulator(core, clock, &simulator, probeMode))
            return 1;
    } else {
        blocked = loadLiveApiConfig(core, probeMode);
    }

    if (!core.build()) {
        // Without a durable journal nothing may be sold: say why and stop.
        refuse(probeMode, QApplication::translate("GuiStartup", "The sales journal cannot be opened"),
               QApplication::translate("GuiStartup", "%1\n\nJournal: %2\n\nKaunter does not sell without "
                                                     "its journal.")
                   .arg(core.errorString(), QDir::toNativeSeparators(core.dataFolder())));
        return 1;
    }
    core.engine()->setBackgroundRecoveryInterval(60000);
    SupervisorPin supervisorPin(*core.settings(), clock);
    const UiServices services = makeUiServices(core, clock, &supervisorPin, commandLine.demo, blocked);

    // Pending sales from an earlier run are resumed before the till says it is ready.
    core.engine()->recoverAll();

    MainWindow window(services);
    if (probeMode)
        installStartupProbe(window, *core.catalogue(), sinceMain);
    window.show();
    window.start();
    return app.exec();
}

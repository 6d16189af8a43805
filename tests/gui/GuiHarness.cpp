#include "GuiHarness.h"

#include "Theme.h"
#include "ReviewPage.h"
#include "SaleFormPage.h"
#include "validation/Money.h"

#include <QPushButton>

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

GuiHarness::GuiHarness()
    : GuiHarness(Options())
{
}

GuiHarness::GuiHarness(const Options &options)
    : m_options(options)
{
}

GuiHarness::~GuiHarness()
{
    // Window first (it listens to the services), then the engine before the journal.
    m_window.reset();
    m_supervisorPin.reset();
    m_core.reset();
    m_sim.reset();
}

bool GuiHarness::start(QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_dir.isValid())
        return fail(u"no temporary directory"_s);
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        Theme::apply(*app);

    Simulator::Options so;
    so.acceptedMs = m_options.acceptedMs;
    so.processingMs = m_options.processingMs;
    so.billerCount = m_options.billerCount;
    m_sim = std::make_unique<Simulator>(so);
    QString why;
    if (!m_sim->start(&why))
        return fail(u"simulator: "_s + why);

    ApiConfig config;
    config.baseUrl = m_sim->baseUrl();
    config.apiKey = Simulator::demoApiKey();
    config.secretBase64 = Simulator::demoSecretBase64();
    config.transferTimeoutMs = 5000;
    config.readTimeoutMs = 5000;
    KaunterServices::Options core;
    core.dataFolder = m_dir.path();
    core.apiConfig = config;
    m_core = std::make_unique<KaunterServices>(m_clock, core);
    if (!m_core->build())
        return fail(u"services: "_s + m_core->errorString());
    PaymentEngine::Timing t = m_core->engine()->timing();
    t.pollIntervalMs = m_options.pollIntervalMs;
    t.jitterMs = 0;
    t.maxBackoffMs = 1000;
    t.deadlineMs = m_options.deadlineMs;
    m_core->engine()->setTiming(t);
    m_core->engine()->setDuplicateGuardMs(0);

    m_supervisorPin = std::make_unique<SupervisorPin>(*m_core->settings(), m_clock);
    m_services.supervisorPin = m_supervisorPin.get();
    m_services.settings = m_core->settings();
    m_services.engine = m_core->engine();
    m_services.journal = m_core->journal();
    m_services.catalogue = m_core->catalogue();
    m_services.client = m_core->client();
    m_services.favourites = m_core->favourites();
    m_services.clock = &m_clock;
    m_services.environment = ApiEnvironment::Demo;
    m_services.terminalId = m_core->journal()->terminalId();
    m_services.dataFolder = m_core->dataFolder();
    m_services.lowBalanceSen = m_core->lowBalanceSen();
    m_services.duplicateWindowMinutes = m_core->duplicateWindowMinutes();
    m_services.stagingTestAccounts = true;
    m_window = std::make_unique<MainWindow>(m_services);
    if (m_options.showWindow) {
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return fail(u"window not exposed"_s);
    }
    QSignalSpy products(m_core->catalogue(), &CatalogueService::catalogueUpdated);
    QSignalSpy balance(m_core->catalogue(), &CatalogueService::balanceUpdated);
    QSignalSpy billers(m_core->catalogue(), &CatalogueService::billersUpdated);
    m_window->start();
    m_core->catalogue()->refreshBillers();
    if (!products.wait(10000) && products.isEmpty())
        return fail(u"product list never arrived"_s);
    if (balance.isEmpty() && !balance.wait(10000))
        return fail(u"balance never arrived"_s);
    if (billers.isEmpty() && !billers.wait(20000))
        return fail(u"biller list never arrived"_s);
    return true;
}

bool GuiHarness::waitForScreen(MainWindow::Screen screen, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (m_window->screen() != screen) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

bool GuiHarness::payAndConfirm()
{
    QPushButton *pay = m_window->formPage()->payButton();
    if (!pay->isEnabled())
        return false;
    QTest::mouseClick(pay, Qt::LeftButton);
    if (!waitForScreen(MainWindow::Screen::Review, 2000))
        return false;
    QTest::mouseClick(m_window->reviewPage()->confirmButton(), Qt::LeftButton);
    return m_window->screen() != MainWindow::Screen::Review;
}

std::optional<SaleRecord> GuiHarness::lastSale() const
{
    const auto rows = m_core->journal()->history(1);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

bool GuiHarness::chooseDenomination(qint64 sen)
{
    auto *b = m_window->formPage()->findChild<QPushButton *>(u"denomination_"_s + Money::formatSen(sen));
    if (!b)
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return b->isChecked();
}

#pragma once

#include "MainWindow.h"
#include "UiServices.h"
#include "catalogue/CatalogueService.h"
#include "catalogue/FavouritesStore.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "security/SupervisorPin.h"
#include "services/KaunterServices.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <memory>

// The real GUI wired to an in-process simulator with fast timings, the way runGui() wires it:
// KaunterServices builds data folder (temporary), driver lock, settings, journal, client,
// engine, catalogue and favourites; only the engine's timing is made faster here.
// Tests drive the widgets and read what the screens show.
class GuiHarness
{
public:
    struct Options
    {
        int acceptedMs = 60;
        int processingMs = 120;
        int pollIntervalMs = 120;
        int deadlineMs = 8000;
        int billerCount = 2000;          // the full 20,000 only where a test needs it
        bool showWindow = true;
    };

    GuiHarness();
    explicit GuiHarness(const Options &options);
    ~GuiHarness();

    // Starts everything and waits until products, balance and billers are loaded.
    bool start(QString *error = nullptr);

    Simulator &sim() { return *m_sim; }
    Journal &journal() { return *m_core->journal(); }
    PaymentEngine &engine() { return *m_core->engine(); }
    CatalogueService &catalogue() { return *m_core->catalogue(); }
    KaunterServices &core() { return *m_core; }
    SupervisorPin &supervisorPin() { return *m_supervisorPin; }
    MainWindow &window() { return *m_window; }
    const UiServices &services() const { return m_services; }
    QString dataDir() const { return m_dir.path(); }

    // Driving helpers (false when the expected screen did not come).
    bool waitForScreen(MainWindow::Screen screen, int timeoutMs = 10000);
    // Form complete -> Pay -> review shown -> Confirm -> processing (or an outcome).
    bool payAndConfirm();
    // The newest journaled sale.
    std::optional<SaleRecord> lastSale() const;
    // Clicks the denomination button for `sen` on the current form.
    bool chooseDenomination(qint64 sen);

private:
    Options m_options;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<KaunterServices> m_core;
    std::unique_ptr<SupervisorPin> m_supervisorPin;
    std::unique_ptr<MainWindow> m_window;
    UiServices m_services;
};

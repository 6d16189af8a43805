#pragma once

#include "MainWindow.h"
#include "UiServices.h"
#include "api/IimmpactClient.h"
#include "catalogue/CatalogueService.h"
#include "catalogue/FavouritesStore.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>

// The real GUI wired to an in-process simulator with fast timings, the way runGui() wires it:
// temporary data directory, journal, client, engine, catalogue service, favourites, window.
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
    Journal &journal() { return *m_journal; }
    PaymentEngine &engine() { return *m_engine; }
    CatalogueService &catalogue() { return *m_catalogue; }
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
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<IimmpactClient> m_client;
    std::unique_ptr<PaymentEngine> m_engine;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<FavouritesStore> m_favourites;
    std::unique_ptr<MainWindow> m_window;
    UiServices m_services;
};

#pragma once

#include "services/ApiEnvironment.h"
#include "util/Settings.h"

#include <QString>

class CatalogueService;
class Clock;
class FavouritesStore;
class IimmpactClient;
class Journal;
class PaymentEngine;
class Settings;
class SupervisorPin;

// Everything the cashier screens need from the core, built by KaunterServices and wired once by
// runGui() (or the test harness). ApiEnvironment (the header badge) is decided in core.
// The screens never own these and never reach for globals.
struct UiServices
{
    PaymentEngine *engine = nullptr;
    Journal *journal = nullptr;
    CatalogueService *catalogue = nullptr;
    IimmpactClient *client = nullptr;   // reads only from the screens' side: reconciliation (ShiftController)
    FavouritesStore *favourites = nullptr;
    const Clock *clock = nullptr;
    ApiEnvironment environment = ApiEnvironment::Custom;
    QString environmentHost;            // shown with the Custom badge
    QString terminalId;
    QString dataFolder;                 // reports/ (a shift's reconciliation is kept there); empty: not kept
    SupervisorPin *supervisorPin = nullptr;   // asked before a supervisor's action when set
    Settings *settings = nullptr;             // the printer (ReceiptPrinter); null: PDF only
    // Header warns below this; review warns on the same account + amount. Defaults: the
    // settings table, the only place they are written.
    qint64 lowBalanceSen = qint64(Settings::defaultInteger(Settings::Key::LowBalanceThreshold)) * 100;
    int duplicateWindowMinutes = Settings::defaultInteger(Settings::Key::DuplicateWindowMinutes);
    bool stagingTestAccounts = false;   // send 6012345xxxx test numbers verbatim (demo, staging)
    QString sellingBlockedReason;       // non-empty: the till may not sell (shown instead)
    int balanceRefreshMs = 60000;
};

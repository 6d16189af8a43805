#pragma once

#include <QString>

class CatalogueService;
class Clock;
class FavouritesStore;
class Journal;
class PaymentEngine;

// Which IIMMPACT the till talks to; shown as the header badge so nobody mistakes a training
// session for real money or the other way round.
enum class ApiEnvironment { Demo, Staging, Production, Custom };

// Everything the cashier screens need from the core, wired once by runGui() (or a test).
// The screens never own these and never reach for globals.
struct UiServices
{
    PaymentEngine *engine = nullptr;
    Journal *journal = nullptr;
    CatalogueService *catalogue = nullptr;
    FavouritesStore *favourites = nullptr;
    const Clock *clock = nullptr;
    ApiEnvironment environment = ApiEnvironment::Custom;
    QString environmentHost;            // shown with the Custom badge
    QString terminalId;
    qint64 lowBalanceSen = 10000;       // header warns below this (RM 100 default)
    int duplicateWindowMinutes = 10;    // review warns on the same account + amount
    bool stagingTestAccounts = false;   // send 6012345xxxx test numbers verbatim (demo, staging)
    QString sellingBlockedReason;       // non-empty: the till may not sell (shown instead)
    int balanceRefreshMs = 60000;
};

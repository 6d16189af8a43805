#pragma once

#include "receipt/Receipt.h"

class CatalogueService;
class Clock;
class Journal;
class Settings;

// Everything a receipt shows that the sale itself does not hold, gathered in one place so the
// printer, the share text and the success page's PDF cannot disagree:
// - the shop's header and footer (Receipt::contextFromSettings);
// - the cashier of the shift open now (none when no shift is open or there is no journal);
// - the product's own words from the catalogue: the product's name, the data plan's or PTPTN
//   account type's name (the options the catalogue looked up this session), the JomPAY
//   biller's name. A name the catalogue does not know is left empty: the receipt then prints
//   the code alone, never a guess;
// - the training mark in demo mode;
// - which print this is: the first print after the sale shows the PIN; a reprint says COPY
//   and hides the PIN and voucher link unless a supervisor unlocked that sale.
// Every source may be null (a test, a till without catalogue yet): its part stays at the
// default. Reads only; never writes the journal or the settings.
class ReceiptContextBuilder
{
public:
    enum class Occasion { AfterSale, Reprint };

    struct Sources
    {
        const Settings *settings = nullptr;
        Journal *journal = nullptr;      // for the open shift (ShiftLedger reads only)
        const Clock *clock = nullptr;
        const CatalogueService *catalogue = nullptr;
        bool training = false;           // demo mode
    };

    ReceiptContextBuilder() = default;
    explicit ReceiptContextBuilder(const Sources &sources) : m_sources(sources) {}

    // `productName` is the caller's fallback when neither the API nor the catalogue named the
    // product. `pinUnlocked` matters for a Reprint only (a supervisor unlocked the sale).
    Receipt::Context contextFor(const SaleRecord &sale, Occasion occasion, bool pinUnlocked = false,
                                const QString &productName = {}) const;
    Receipt receiptFor(const SaleRecord &sale, Occasion occasion, bool pinUnlocked = false,
                       const QString &productName = {}) const;

    // The name of the cashier of the open shift; empty when none is open.
    QString cashierName() const;
    // The catalogue's words for the sale's extras; empty when unknown.
    QString subproductName(const SaleRecord &sale) const;
    QString billerName(const SaleRecord &sale) const;

    const Sources &sources() const { return m_sources; }

private:
    Sources m_sources;
};

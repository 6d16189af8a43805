#include "ReceiptContextBuilder.h"

#include "catalogue/CatalogueService.h"
#include "shift/ShiftLedger.h"
#include "util/Settings.h"

using namespace Qt::StringLiterals;

Receipt::Context ReceiptContextBuilder::contextFor(const SaleRecord &sale, Occasion occasion, bool pinUnlocked,
                                                   const QString &productName) const
{
    Receipt::Context c = m_sources.settings ? Receipt::contextFromSettings(*m_sources.settings) : Receipt::Context{};
    c.training = m_sources.training;
    c.cashierName = cashierName();
    // The API's name for what was sold first (it is what the customer bought), then the
    // catalogue's, then the caller's.
    QString name = sale.productName.value_or(QString());
    if (name.isEmpty() && m_sources.catalogue) {
        if (const Product *p = m_sources.catalogue->catalogue().product(sale.product))
            name = p->name;
    }
    c.productDisplayName = name.isEmpty() ? productName : name;
    c.subproductName = subproductName(sale);
    c.billerName = billerName(sale);
    c.copy = occasion == Occasion::Reprint ? Receipt::CopyKind::Copy : Receipt::CopyKind::Original;
    c.revealPin = occasion == Occasion::AfterSale || pinUnlocked;
    return c;
}

Receipt ReceiptContextBuilder::receiptFor(const SaleRecord &sale, Occasion occasion, bool pinUnlocked,
                                          const QString &productName) const
{
    return Receipt::fromSale(sale, contextFor(sale, occasion, pinUnlocked, productName));
}

QString ReceiptContextBuilder::cashierName() const
{
    if (!m_sources.journal || !m_sources.clock)
        return {};
    const ShiftLedger ledger(*m_sources.journal, *m_sources.clock);
    const std::optional<Shift> shift = ledger.current();
    return shift ? shift->cashier : QString();
}

QString ReceiptContextBuilder::subproductName(const SaleRecord &sale) const
{
    const QString code = sale.extras.value("subproduct_code"_L1).toString();
    if (code.isEmpty() || !m_sources.catalogue)
        return {};
    return m_sources.catalogue->optionName(sale.product, code);
}

QString ReceiptContextBuilder::billerName(const SaleRecord &sale) const
{
    const QString code = sale.extras.value("biller_code"_L1).toString();
    if (code.isEmpty() || !m_sources.catalogue)
        return {};
    const BillerIndex &billers = m_sources.catalogue->billers();
    const int i = billers.indexOfCode(code);
    return i < 0 ? QString() : billers.billers().at(i).name;
}

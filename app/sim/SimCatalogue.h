#pragma once

#include "SimBiller.h"
#include "SimDataPlan.h"
#include "SimProduct.h"
#include "SimPtptnAccount.h"

#include <QHash>
#include <QList>
#include <QString>

// The simulated Malaysian product range (README "Catalogue"): prepaid reloads, mobile-data
// plans, bills, JomPAY with a large deterministic biller list, PTPTN/SSPN, gift cards and
// eSIM. Everything is generated from code, so two simulators always agree and tests can
// compute what to expect (plans per phone number, PTPTN accounts per IC).
class SimCatalogue
{
public:
    explicit SimCatalogue(int billerCount);

    const QList<SimProduct> &products() const { return m_products; }
    const SimProduct *product(const QString &code) const;

    const QList<SimBiller> &billers() const { return m_billers; }
    const SimBiller *biller(const QString &code) const;

    // Plans offered to one phone number (personalised like IIMMPACT's: numbers ending in an
    // odd digit also get a "Special" plan). Empty for products without plans.
    QList<SimDataPlan> plansFor(const QString &productCode, const QString &phone) const;
    // PTPTN / SSPN accounts linked to a 12-digit IC (README "PTPTN"); empty for unknown ICs.
    QList<SimPtptnAccount> ptptnAccounts(const QString &icNumber) const;

    static QString moneyText(qint64 sen);            // "10.00"

private:
    void addProducts();
    void addBillers(int count);

    QList<SimProduct> m_products;
    QHash<QString, qsizetype> m_productIndex;
    QList<SimBiller> m_billers;
    QHash<QString, qsizetype> m_billerIndex;
};

#pragma once

#include "SimResponse.h"

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

class SimCatalogue;

// The read-only catalogue endpoints, with IIMMPACT's envelopes and casings (API reference
// §1.3, §5, §6.1, §6.2): /v2/product-list, /v2/subproducts, /v2/options, /v2/catalog,
// /v2/bill-presentment and /v2/networkstatus.
class SimCatalogueApi
{
public:
    SimCatalogueApi(const SimCatalogue &catalogue, QString interruptedProduct);

    SimResponse productList() const;
    SimResponse subproducts(const QUrlQuery &query, const QString &baseUrl) const;
    SimResponse options(const QUrlQuery &query) const;
    SimResponse catalog(const QUrlQuery &query) const;
    SimResponse billPresentment(const QUrlQuery &query, const QDateTime &nowUtc) const;
    SimResponse networkStatus(const QUrlQuery &query, const QDateTime &nowUtc) const;

private:
    const SimCatalogue &m_catalogue;
    QString m_interruptedProduct;
};

#pragma once

#include "Product.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// The merchant's products as /v2/product-list returned them (API reference §5.1). Pure
// parsing, no network: the catalogue service feeds it the JSON root. Inactive products are
// kept out of the lists; products are kept in the order the API sent them.
class ProductCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ProductCatalogue)
public:
    // Replaces the content from a /v2/product-list document ({"data": [...]}). Returns false
    // (content unchanged, errorString() set) when the document is not a product list. Single
    // malformed entries are skipped and counted in skippedCount().
    bool parse(const QJsonObject &root);
    // One entry of `data`; nullopt when it lacks a product_code.
    static std::optional<Product> parseProduct(const QJsonObject &entry);

    const QList<Product> &products() const { return m_products; }
    int count() const { return int(m_products.size()); }
    bool isEmpty() const { return m_products.isEmpty(); }
    const Product *product(const QString &code) const;
    QList<Product> productsIn(ProductFamily family) const;
    QList<ProductFamily> familiesPresent() const;   // in browser order
    int skippedCount() const { return m_skipped; }
    int inactiveCount() const { return m_inactive; }
    QString errorString() const { return m_error; }

private:
    QList<Product> m_products;
    QHash<QString, qsizetype> m_byCode;
    int m_skipped = 0;
    int m_inactive = 0;
    QString m_error;
};

#pragma once

#include "catalogue/ProductFamily.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// One product of /v2/product-list (API reference §5.1), plus the simulator's min/max
// extension. Money is held in sen (integer) so nothing is ever rounded through a double.
struct Product
{
    Q_DECLARE_TR_FUNCTIONS(Product)
public:
    QString code;                 // product_code: what goes into /v2/topup `product`
    QString name;
    QString remarks;              // product_remarks (customer-facing notes)
    QString accountLabel;         // "Mobile Number", "Account Number"... (may be empty)
    QString keyboardType;         // "Numeric" or other
    QString accountType;          // "phone_number", ...
    QString group;                // product_group as received
    QString category;
    QString imageUrl;
    ProductFamily family = ProductFamily::Other;
    bool active = true;
    bool hasSubproduct = false;
    bool refundable = false;
    bool integerDenominations = true;    // denomination_data_type == Integer
    QList<qint64> denominationsSen;      // allowed amounts; empty = open amount
    QList<qint64> commonDenominationsSen;
    std::optional<qint64> minAmountSen;  // open-amount products (simulator extension)
    std::optional<qint64> maxAmountSen;

    bool isOpenAmount() const { return denominationsSen.isEmpty(); }
    bool numericKeyboard() const;
    bool accountIsPhoneNumber() const;
    // Denominations with the common ones first (in their catalogue order), then the rest.
    QList<qint64> denominationsCommonFirst() const;
    // The label for the account field: the catalogue's, or a sensible default for the family.
    QString effectiveAccountLabel() const;

    static ProductFamily familyFromGroup(const QString &productGroup);
    static QString familyTitle(ProductFamily family);          // translated, for the browser
    static QString familyKey(ProductFamily family);            // stable, for icons and tests
    static QList<ProductFamily> browserFamilies();             // display order
    // "10.00" for 1000; "10" when whole and compact is true.
    static QString formatSen(qint64 sen, bool compact = false);
};

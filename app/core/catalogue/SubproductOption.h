#pragma once

#include <QString>
#include <optional>

// One selectable item for a product: a data plan for a phone number, a PTPTN/SSPN account
// for an IC (legacy /v2/subproducts or /v2/options). `code` goes byte for byte into
// extras.subproduct_code.
struct SubproductOption
{
    QString code;
    QString label;                      // display_name / label
    QString description;                // description (PTPTN: category "PTPTN", "SSPN Prime")
    QString validity;
    QString accountNumber;              // PTPTN: the account to pay into
    std::optional<qint64> priceSen;     // denomination / face_value / price.amount
    std::optional<qint64> minSen;
    std::optional<qint64> maxSen;
};

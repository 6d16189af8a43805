#pragma once

#include "payment/SaleRequest.h"
#include "payment/SubmitError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

// Which extras a product family needs, by product code alone (make-payment.txt "Extras
// Parameters by Product"), so that the headless `kaunter pay` works without a catalogue:
//
//   family       codes                              required extras
//   JomPAY       JOMPAY                             biller_code, ic_number (ref2 optional)
//   PTPTN        PTPTN                              subproduct_code, ic_number
//   MobileData   CEL DI HI UMI TI OXI YESI           subproduct_code
//   Other        everything else                    none
//
// Field rules: the product code is trimmed and upper-cased; the account trimmed (JomPAY
// Ref-1 rules for JOMPAY); the amount a positive decimal (Money::validateAmount, sent as
// "10.00"); IC numbers through IdentityNumber (MyKad, or passport when icIsPassport);
// sub-product codes are sent byte for byte (they may contain spaces). Mobile-number format
// is deliberately NOT checked here: staging test accounts (6012345xxxx) must pass untouched,
// and the UI validates mobile numbers itself before submitting.
class ProductRules
{
    Q_DECLARE_TR_FUNCTIONS(ProductRules)
public:
    enum class Family { Other, JomPay, Ptptn, MobileData };

    static Family family(const QString &productCode);
    static bool needsSubproduct(Family f) { return f == Family::Ptptn || f == Family::MobileData; }
    static bool needsIc(Family f) { return f == Family::JomPay || f == Family::Ptptn; }
    static bool needsBiller(Family f) { return f == Family::JomPay; }

    // Validates `request` and returns it normalised (what will be sent), or nullopt with
    // *error naming the field. correctsRefid is carried over untouched.
    static std::optional<SaleRequest> normalize(const SaleRequest &request, SubmitError *error);

    // The request's `extras` object: only the keys that have a value (subproduct_code,
    // ic_number, biller_code, ref2). Expects a normalised request.
    static QJsonObject extras(const SaleRequest &normalized);

    static constexpr int MaxAccountLength = 64;
    static constexpr int MaxRemarksLength = 100;
    static constexpr int MaxProductLength = 32;
};

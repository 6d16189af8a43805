#pragma once

#include "catalogue/ProductFamily.h"
#include "payment/SaleRequest.h"
#include "payment/SubmitError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

// Which extras a product family needs (make-payment.txt "Extras Parameters by Product"). The
// family is the catalogue's ProductFamily, the one that also chose the sale form (see
// familyOf): a new data product in the catalogue's mobile-data group gets the data form AND
// must carry its plan. Without a catalogue family (the headless `kaunter pay` loads no
// catalogue; a group Kaunter has no form for is Other) the product code decides through the
// known-codes table:
//
//   family       known codes                        required extras
//   JomPay       JOMPAY                             biller_code, ic_number (ref2 optional)
//   Ptptn        PTPTN                              subproduct_code, ic_number
//   MobileData   CEL DI HI UMI TI OXI YESI           subproduct_code
//   (any other)  everything else                    none
//
// Field rules: the product code is trimmed and upper-cased; the account trimmed (JomPAY
// Ref-1 rules for JOMPAY); the amount a positive decimal (Money::validateAmount, sent as
// "10.00"); IC numbers through IdentityNumber (MyKad, or passport when icIsPassport);
// sub-product codes are sent byte for byte (they may contain spaces). Mobile-number format
// is deliberately NOT checked here: staging test accounts (6012345xxxx) must pass untouched,
// and the UI validates mobile numbers itself before submitting.
struct SaleRecord;

class ProductRules
{
    Q_DECLARE_TR_FUNCTIONS(ProductRules)
public:
    using Family = ProductFamily;

    // The known-codes table above: Other for any code not in it.
    static Family family(const QString &productCode);
    // The family whose rules apply to `request`: its catalogue family when it names one,
    // otherwise family(request.product).
    static Family familyOf(const SaleRequest &request);
    static bool needsSubproduct(Family f) { return f == Family::Ptptn || f == Family::MobileData; }
    static bool needsIc(Family f) { return f == Family::JomPay || f == Family::Ptptn; }
    static bool needsBiller(Family f) { return f == Family::JomPay; }

    // Validates `request` by the rules of familyOf(request) and returns it normalised (what
    // will be sent; family set to the family applied), or nullopt with *error naming the
    // field. correctsRefid is carried over untouched.
    static std::optional<SaleRequest> normalize(const SaleRequest &request, SubmitError *error);

    // The request's `extras` object: only the keys that have a value (subproduct_code,
    // ic_number, biller_code, ref2). Expects a normalised request.
    static QJsonObject extras(const SaleRequest &normalized);

    // The inverse of extras() for a journaled sale: product, account, amount and the extras'
    // values, ready for a new sale of the same (sell again). The journal keeps the IC as sent,
    // not whether it was a passport: a number that is a valid MyKad is read as one, anything
    // else as a passport. family is Other (the form that restores it sets its own).
    static SaleRequest requestFromRecord(const SaleRecord &record);
    // The exact request body for a normalised request: compact JSON, keys in the order refid,
    // product, account, amount, remarks, extras (only the extras the sale has), escaped as
    // QJsonDocument escapes strings. Built once per sale and journaled; never rebuilt for a
    // re-query.
    static QByteArray requestBody(const QString &refid, const SaleRequest &normalized);

    static constexpr int MaxAccountLength = 64;
    static constexpr int MaxRemarksLength = 100;
    static constexpr int MaxProductLength = 32;

private:
    // normalize() in steps, one field each, in the order the fields are checked (the first
    // refusal is the one reported). Each step reads `in`, writes the field's normalised value
    // into `out`, and returns false with *error set when it refuses the field.
    static bool normalizeProduct(const SaleRequest &in, SaleRequest &out, SubmitError *error);
    static bool normalizeAccount(const SaleRequest &in, Family fam, SaleRequest &out,
                                 SubmitError *error);
    static bool normalizeAmount(const SaleRequest &in, SaleRequest &out, SubmitError *error);
    static bool normalizeSubproduct(const SaleRequest &in, Family fam, SaleRequest &out,
                                    SubmitError *error);
    static bool normalizeIc(const SaleRequest &in, Family fam, SaleRequest &out, SubmitError *error);
    static bool normalizeJomPayRefs(const SaleRequest &in, Family fam, SaleRequest &out,
                                    SubmitError *error);
    static bool normalizeRemarks(const SaleRequest &in, SaleRequest &out, SubmitError *error);
};

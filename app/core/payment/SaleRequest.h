#pragma once

#include "catalogue/ProductFamily.h"

#include <QString>

// What the cashier (or `kaunter pay`) asks for. Values as typed; the engine normalises and
// validates them (ProductRules, app/core/validation) before anything is journaled or sent.
struct SaleRequest
{
    QString product;
    // The catalogue family of the product the form was built from (Product::family): the
    // same value that chose the form decides which extras the engine requires
    // (ProductRules::familyOf). Other = not known: `kaunter pay` has no catalogue, or the
    // catalogue group has no form of its own; ProductRules then uses its known-codes table.
    ProductFamily family = ProductFamily::Other;
    QString account;
    QString amount;
    QString subproduct;      // PTPTN, mobile data: sent byte for byte
    QString icNumber;        // JomPAY payer / PTPTN recipient: MyKad or passport
    bool icIsPassport = false;
    QString billerCode;      // JomPAY
    QString ref2;            // JomPAY, when the biller needs it
    QString remarks;
    QString correctsRefid;   // re-submit a Rejected sale under its own refid (nothing else)
};

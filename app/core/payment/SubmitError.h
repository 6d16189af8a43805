#pragma once

#include <QString>

// Why a submit() did not start a sale. `field` names the input at fault ("account",
// "amount", "ic", "biller", "ref2", "subproduct", "product", "remarks", "refid") when there
// is one; "journal", "config" or "duplicate" when the problem is not the cashier's input.
struct SubmitError
{
    QString field;
    QString message;         // translated, for the cashier
};

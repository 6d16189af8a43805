#pragma once

#include <QString>

// One JomPAY biller as listed by /v2/subproducts?product_code=JOMPAY (subproduct_code,
// display_name) or /v2/options?field_id=biller (code, label).
struct Biller
{
    QString code;    // biller code, kept as text ("0123" stays "0123")
    QString name;
    bool ref2Required = false;   // when the list says so (simulator extension); presentment has the last word
};

#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>
#include <QString>

// The payer/recipient identity sent as extras.ic_number: a MyKad, or a passport for
// non-Malaysians. Also the masked form shown on screens and receipts after entry.
class IdentityNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdentityNumber)

public:
    // passport=false -> MyKad rules; true -> PassportNumber rules (12 digits still go to the
    // MyKad check). Empty input is rejected: AMLA requires ic_number on every payment.
    static ValidationResult validate(const QString &input, bool passport);

    // 12 digits (MyKad, separators allowed) -> "XXXXXX-XX-5678"; anything else -> every
    // character but the last 4 becomes X ("XXXXX5678"). Inputs of 4 or fewer characters are
    // masked completely so that nothing short is ever printed in clear.
    static QString mask(const QString &normalized);

    // True when two entries denote the same identity after normalisation (e.g. the IC used
    // for a PTPTN lookup and the ic_number about to be sent). False if either is invalid.
    static bool sameIdentity(const QString &a, const QString &b, bool passport);
};

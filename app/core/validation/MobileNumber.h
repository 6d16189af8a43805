#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>
#include <QString>

// A Malaysian mobile number as IIMMPACT's `account`: national format with the trunk 0,
// 0XXXXXXXXX (10 digits) or 011XXXXXXXX (11 digits). Accepts +60 / 0060 / 60 prefixes,
// spaces, - . ( ) and a missing leading 0.
class MobileNumber
{
    Q_DECLARE_TR_FUNCTIONS(MobileNumber)

public:
    // stagingTestAccounts=true: IIMMPACT staging test accounts "6012345xxxx" (11 digits)
    // are sent verbatim, as the staging docs require.
    static ValidationResult validate(const QString &input, bool stagingTestAccounts = false);
};

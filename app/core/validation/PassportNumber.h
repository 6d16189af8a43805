#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>
#include <QString>

// A typed passport number of a non-Malaysian customer. The MRZ check digit is not printed
// with the number, so only the shape can be checked: uppercase, spaces/hyphens dropped,
// ^[A-Z0-9]{6,12}$, at least one digit, not one repeated character. Twelve digits are
// treated as a mistyped MyKad and checked as one. ^[AHK]\d{8}$ (Malaysian passport) is
// accepted with a warning to ask for the MyKad instead.
class PassportNumber
{
    Q_DECLARE_TR_FUNCTIONS(PassportNumber)

public:
    static ValidationResult validate(const QString &input);
};

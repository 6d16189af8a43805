#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>
#include <QString>

// JomPAY fields. The bounds are our own (no public scheme rule): configurable through the
// max-length parameters; bill presentment has the final word on an account.
class JomPay
{
    Q_DECLARE_TR_FUNCTIONS(JomPay)

public:
    static constexpr int DefaultRef1MaxLength = 20;
    static constexpr int DefaultRef2MaxLength = 30;

    // Trimmed, ^\d{4,6}$, kept as text (leading zeros matter).
    static ValidationResult validateBiller(const QString &input);
    // Trimmed, internal spaces removed, ^[A-Za-z0-9/-]{1,max}$ (ASCII only).
    static ValidationResult validateRef1(const QString &input,
                                         int maxLength = DefaultRef1MaxLength);
    // Trimmed; empty is ok unless `required`; else 1..max printable ASCII characters.
    static ValidationResult validateRef2(const QString &input, bool required,
                                         int maxLength = DefaultRef2MaxLength);
};

#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

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

private:
    // validate's steps. The first two return the sentence that refuses the number, if any.
    // Only the digits 0-9 after an optional '+' (`typed` is the input without separators).
    static std::optional<QString> digitsProblem(const QString &typed, const QString &digits);
    // Country code (+60, 0060, 60) dropped and the trunk 0 put in front: 0XXXXXXXXX.
    static std::optional<QString> toNationalFormat(const QString &digits, bool plus, QString *national);
    // A mobile prefix (01x, not a landline or 015) with the length its prefix needs.
    static ValidationResult checkMobilePrefix(const QString &national);
};

#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Ringgit amounts as integer sen (qint64). No floating point anywhere: 19.99 must stay 1999.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // Cashier input: "RM" (any case), spaces and well-formed thousands commas are dropped,
    // then ^\d{1,9}(\.\d{1,2})?$. Zero is parsed (0); use validateAmount for "> 0".
    // On failure returns nullopt and, when given, sets *error to a translated sentence.
    static std::optional<qint64> parseSen(const QString &input, QString *error = nullptr);

    // parseSen + amount > 0; normalized is the IIMMPACT amount string "12.30".
    static ValidationResult validateAmount(const QString &input);
    // validateAmount + the amount must be one of `denominationList` ("5,10,15" / "10.50").
    static ValidationResult validateAmount(const QString &input, const QString &denominationList);

    static QString formatSen(qint64 sen);          // 1230 -> "12.30", -5 -> "-0.05"
    static QString formatRinggit(qint64 sen);      // 123456 -> "RM 1,234.56"

    // Bank Negara 5-sen rounding of a bill total paid in cash: endings 1,2 -> 0; 3,4 -> 5;
    // 6,7 -> 5; 8,9 -> 10. Never applied to the IIMMPACT amount.
    static qint64 cashRounded(qint64 sen);

    // A decimal amount as IIMMPACT returns it ("10", "150.00", "10.500"). More than two
    // decimals is rejected unless the extra ones are zeros. A leading '-' is allowed
    // (balances, refunds). nullopt when malformed or out of range.
    static std::optional<qint64> senFromApiAmount(const QString &decimalText);

    // True when `sen` is in a catalogue denomination list "5,10,15" (decimals allowed:
    // "10.50"). Malformed list entries never match.
    static bool isDenomination(qint64 sen, const QString &denominationList);
};

#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>
#include <QString>

class QJsonValue;

#include <optional>

// Ringgit amounts as integer sen (qint64). No floating point anywhere: 19.99 must stay 1999.
// Every text -> sen conversion in Kaunter goes through ONE reader (readSen, in Money.cpp), in
// one of two grammars: what a cashier types (parseSen: UI fields, `kaunter pay --amount`, the
// engine's check) and what IIMMPACT sends (senFromApiAmount / senFromApiValue: catalogue
// prices and limits, option prices, balances). It works on the digits as text; a JSON number
// is first turned into its shortest decimal text, never multiplied by 100 as a double.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // More decimals than sen: refused (amounts: "10.005" is not an amount; trailing zeros of
    // an API amount are fine, "10.500" is 10.50), or dropped (wallet balances, which IIMMPACT
    // keeps to 4 decimals, e.g. 48.6333: shown as 48.63, truncated toward zero).
    enum class SubSen { Refuse, Truncate };

    // Cashier input: white space around the amount, "RM" (any case) and the space after it,
    // and well-formed thousands commas are dropped, then ^\d{1,9}(\.\d{1,2})?$. White space
    // inside the number ("1 0", "1<no-break space>0") is refused, not dropped. Zero is parsed
    // (0); use validateAmount for "> 0".
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
    // decimals is rejected unless the extra ones are zeros (or subSen is Truncate). A leading
    // '-' is allowed (balances, refunds); surrounding white space is ignored; no "RM", commas,
    // exponents or inner spaces. nullopt when malformed or out of range (15 ringgit digits).
    static std::optional<qint64> senFromApiAmount(const QString &decimalText,
                                                  SubSen subSen = SubSen::Refuse);
    // The same for a JSON value: a string, a number (read through its shortest decimal text:
    // 19.99 is 1999, 0.30000000000000004 is not an amount) or a Money object {"amount": ...}.
    static std::optional<qint64> senFromApiValue(const QJsonValue &value,
                                                 SubSen subSen = SubSen::Refuse);

    // The largest amount a cashier can type (RM 999,999,999.99); catalogue amounts above it
    // could never be sold.
    static constexpr qint64 MaxAmountSen = 99999999999;

    // True when `sen` is in a catalogue denomination list "5,10,15" (decimals allowed:
    // "10.50"). Malformed list entries never match.
    static bool isDenomination(qint64 sen, const QString &denominationList);

private:
    enum class Grammar { Cashier, Api };
    static std::optional<qint64> readSen(const QString &input, Grammar grammar, SubSen subSen,
                                         QString *error);

    // readSen's steps, in the order it runs them. Each returns false at the first problem and
    // then sets *error (when given) to the translated sentence, like readSen itself.
    static QString amountExample();
    // Surrounding white space and "RM" dropped; refuses an empty amount, inner white space
    // and digits of another script.
    static bool stripAroundAmount(const QString &input, bool cashier, QString *s, QString *error);
    // A leading '-' taken off into *negative; only the API grammar allows one.
    static bool takeSign(QString *s, bool cashier, bool *negative, QString *error);
    // Only digits, one dot and (cashier) commas.
    static bool checkAmountCharacters(const QString &s, bool cashier, QString *error);
    // Ringgit digits (thousands commas checked and dropped) and the digits after the dot.
    static bool splitAtDot(const QString &s, QString *integerPart, QString *fraction, QString *error);
    // Decimals beyond the sen: dropped when they are zeros (API) or SubSen::Truncate, else refused.
    static bool fitFractionToSen(QString *fraction, bool cashier, SubSen subSen, QString *error);
};

#pragma once

#include "validation/ValidationResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>

#include <optional>

// Malaysian identity card number (MyKad, and MyKid/MyPR/MyKAS/MyTentera, same shape):
// YYMMDD-PB-###G. There is no check digit, so the checks are: 12 ASCII digits, a real
// calendar date in either century, and an issued place-of-birth (PB) code.
class MyKad
{
    Q_DECLARE_TR_FUNCTIONS(MyKad)

public:
    // Hyphens and spaces are accepted anywhere; `normalized` is the 12 digits IIMMPACT wants.
    // Uses defaultPlaceOfBirthCodes().
    static ValidationResult validate(const QString &input);
    // Same, with a configured PB set (the PB-70 dispute is a configuration choice).
    static ValidationResult validate(const QString &input, const QSet<int> &validPlaceOfBirth);

    // True when `pb` is in the default PB table (PB 70 is not).
    static bool isValidPlaceOfBirth(int pb);

    // Translated place name of an issued PB code ("WP Kuala Lumpur"); empty when not issued.
    static QString placeOfBirth(int pb);

    // The PB codes of the JPN/python-stdnum table, built from the data rows in MyKad.cpp.
    static QSet<int> defaultPlaceOfBirthCodes();
    // Parses a configured set such as "01-16,21-59,60-68,70,71"; nullopt when malformed.
    static std::optional<QSet<int>> parsePlaceOfBirthCodes(const QString &spec);

    // Date of birth (or first application) for display/age: 20YY unless that is after
    // `today`, else 19YY. nullopt when `normalized12` is not 12 digits or the date is not real.
    static std::optional<QDate> birthDate(const QString &normalized12, const QDate &today);

    // Strips spaces and hyphens only; everything else is kept so validate() can name it.
    static QString stripSeparators(const QString &input);
};

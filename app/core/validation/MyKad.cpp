#include "validation/MyKad.h"

#include "validation/InputText.h"

#include <QStringList>

namespace {

// Place-of-birth codes as data, one row per range, transcribed from JPN's state list and
// python-stdnum's bp.dat (MALAYSIA-INPUT.md §1). Hand-typed comma lists in public validators
// lost codes (28/29 fused, 23, 36, 39 missing), hence ranges with their meaning.
struct PlaceOfBirthRow
{
    int from;
    int to;
    const char *place;
};

constexpr PlaceOfBirthRow placeOfBirthRows[] = {
    {1, 1, QT_TRANSLATE_NOOP("MyKad", "Johor")},
    {2, 2, QT_TRANSLATE_NOOP("MyKad", "Kedah")},
    {3, 3, QT_TRANSLATE_NOOP("MyKad", "Kelantan")},
    {4, 4, QT_TRANSLATE_NOOP("MyKad", "Melaka")},
    {5, 5, QT_TRANSLATE_NOOP("MyKad", "Negeri Sembilan")},
    {6, 6, QT_TRANSLATE_NOOP("MyKad", "Pahang")},
    {7, 7, QT_TRANSLATE_NOOP("MyKad", "Pulau Pinang")},
    {8, 8, QT_TRANSLATE_NOOP("MyKad", "Perak")},
    {9, 9, QT_TRANSLATE_NOOP("MyKad", "Perlis")},
    {10, 10, QT_TRANSLATE_NOOP("MyKad", "Selangor")},
    {11, 11, QT_TRANSLATE_NOOP("MyKad", "Terengganu")},
    {12, 12, QT_TRANSLATE_NOOP("MyKad", "Sabah")},
    {13, 13, QT_TRANSLATE_NOOP("MyKad", "Sarawak")},
    {14, 14, QT_TRANSLATE_NOOP("MyKad", "WP Kuala Lumpur")},
    {15, 15, QT_TRANSLATE_NOOP("MyKad", "WP Labuan")},
    {16, 16, QT_TRANSLATE_NOOP("MyKad", "WP Putrajaya")},
    {21, 24, QT_TRANSLATE_NOOP("MyKad", "Johor")},
    {25, 27, QT_TRANSLATE_NOOP("MyKad", "Kedah")},
    {28, 29, QT_TRANSLATE_NOOP("MyKad", "Kelantan")},
    {30, 30, QT_TRANSLATE_NOOP("MyKad", "Melaka")},
    {31, 31, QT_TRANSLATE_NOOP("MyKad", "Negeri Sembilan")},
    {32, 33, QT_TRANSLATE_NOOP("MyKad", "Pahang")},
    {34, 35, QT_TRANSLATE_NOOP("MyKad", "Pulau Pinang")},
    {36, 39, QT_TRANSLATE_NOOP("MyKad", "Perak")},
    {40, 40, QT_TRANSLATE_NOOP("MyKad", "Perlis")},
    {41, 44, QT_TRANSLATE_NOOP("MyKad", "Selangor")},
    {45, 46, QT_TRANSLATE_NOOP("MyKad", "Terengganu")},
    {47, 49, QT_TRANSLATE_NOOP("MyKad", "Sabah")},
    {50, 53, QT_TRANSLATE_NOOP("MyKad", "Sarawak")},
    {54, 57, QT_TRANSLATE_NOOP("MyKad", "WP Kuala Lumpur")},
    {58, 58, QT_TRANSLATE_NOOP("MyKad", "WP Labuan")},
    {59, 59, QT_TRANSLATE_NOOP("MyKad", "Negeri Sembilan")},
    {60, 60, QT_TRANSLATE_NOOP("MyKad", "Brunei")},
    {61, 61, QT_TRANSLATE_NOOP("MyKad", "Indonesia")},
    {62, 62, QT_TRANSLATE_NOOP("MyKad", "Cambodia")},
    {63, 63, QT_TRANSLATE_NOOP("MyKad", "Laos")},
    {64, 64, QT_TRANSLATE_NOOP("MyKad", "Myanmar")},
    {65, 65, QT_TRANSLATE_NOOP("MyKad", "Philippines")},
    {66, 66, QT_TRANSLATE_NOOP("MyKad", "Singapore")},
    {67, 67, QT_TRANSLATE_NOOP("MyKad", "Thailand")},
    {68, 68, QT_TRANSLATE_NOOP("MyKad", "Vietnam")},
    // 70 is disputed (stdnum's TypeScript port accepts it); left out, configurable.
    {71, 72, QT_TRANSLATE_NOOP("MyKad", "Born abroad")},
    {74, 74, QT_TRANSLATE_NOOP("MyKad", "China")},
    {75, 75, QT_TRANSLATE_NOOP("MyKad", "India")},
    {76, 76, QT_TRANSLATE_NOOP("MyKad", "Pakistan")},
    {77, 77, QT_TRANSLATE_NOOP("MyKad", "Saudi Arabia")},
    {78, 78, QT_TRANSLATE_NOOP("MyKad", "Sri Lanka")},
    {79, 79, QT_TRANSLATE_NOOP("MyKad", "Bangladesh")},
    {82, 82, QT_TRANSLATE_NOOP("MyKad", "State unknown")},
    {83, 83, QT_TRANSLATE_NOOP("MyKad", "Oceania")},
    {84, 84, QT_TRANSLATE_NOOP("MyKad", "South America")},
    {85, 85, QT_TRANSLATE_NOOP("MyKad", "Africa")},
    {86, 86, QT_TRANSLATE_NOOP("MyKad", "Europe")},
    {87, 87, QT_TRANSLATE_NOOP("MyKad", "United Kingdom and Ireland")},
    {88, 88, QT_TRANSLATE_NOOP("MyKad", "Middle East")},
    {89, 89, QT_TRANSLATE_NOOP("MyKad", "Japan, Korea, Taiwan")},
    {90, 90, QT_TRANSLATE_NOOP("MyKad", "Caribbean, Central America, Mexico")},
    {91, 91, QT_TRANSLATE_NOOP("MyKad", "USA, Canada")},
    {92, 92, QT_TRANSLATE_NOOP("MyKad", "Eastern Europe")},
    {93, 93, QT_TRANSLATE_NOOP("MyKad", "Other country")},
    {98, 98, QT_TRANSLATE_NOOP("MyKad", "Stateless")},
    {99, 99, QT_TRANSLATE_NOOP("MyKad", "Unspecified")},
};

int twoDigits(const QString &s, qsizetype pos)
{
    return (s.at(pos).unicode() - '0') * 10 + (s.at(pos + 1).unicode() - '0');
}

// The birth date exists in 19YY or 20YY (they differ only for 00-02-29).
bool realDateInEitherCentury(int yy, int mm, int dd)
{
    return QDate::isValid(1900 + yy, mm, dd) || QDate::isValid(2000 + yy, mm, dd);
}

// Old-style pre-1990 IC numbers: one letter and 7 digits (e.g. A1234567).
bool looksLikeOldIc(const QString &s)
{
    if (s.size() != 8 || !InputText::isAsciiLetter(s.at(0)))
        return false;
    return InputText::isAsciiDigits(s.mid(1));
}

} // namespace

QString MyKad::stripSeparators(const QString &input)
{
    return InputText::without(input, [](QChar c) { return c.isSpace() || c == u'-'; });
}

QSet<int> MyKad::defaultPlaceOfBirthCodes()
{
    QSet<int> codes;
    for (const PlaceOfBirthRow &row : placeOfBirthRows) {
        for (int pb = row.from; pb <= row.to; ++pb)
            codes.insert(pb);
    }
    return codes;
}

bool MyKad::isValidPlaceOfBirth(int pb)
{
    for (const PlaceOfBirthRow &row : placeOfBirthRows) {
        if (pb >= row.from && pb <= row.to)
            return true;
    }
    return false;
}

QString MyKad::placeOfBirth(int pb)
{
    for (const PlaceOfBirthRow &row : placeOfBirthRows) {
        if (pb >= row.from && pb <= row.to)
            return tr(row.place);
    }
    return {};
}

std::optional<QSet<int>> MyKad::parsePlaceOfBirthCodes(const QString &spec)
{
    QSet<int> codes;
    const QStringList parts = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype dash = part.indexOf(u'-');
        const QString fromText = dash < 0 ? part : part.left(dash).trimmed();
        const QString toText = dash < 0 ? part : part.mid(dash + 1).trimmed();
        if (!InputText::isAsciiDigits(fromText) || !InputText::isAsciiDigits(toText)
            || fromText.size() > 2 || toText.size() > 2)
            return std::nullopt;
        const int from = fromText.toInt();
        const int to = toText.toInt();
        if (from > to)
            return std::nullopt;
        for (int pb = from; pb <= to; ++pb)
            codes.insert(pb);
    }
    if (codes.isEmpty())
        return std::nullopt;
    return codes;
}

ValidationResult MyKad::validate(const QString &input)
{
    return validate(input, defaultPlaceOfBirthCodes());
}

ValidationResult MyKad::validate(const QString &input, const QSet<int> &validPlaceOfBirth)
{
    const QString s = stripSeparators(input);
    if (s.isEmpty())
        return ValidationResult::reject(tr("Enter the IC number (12 digits)."));

    if (looksLikeOldIc(s))
        return ValidationResult::reject(
            tr("Old IC numbers (a letter and 7 digits) are not accepted. Ask for the 12-digit "
               "MyKad number."));

    const QChar foreign = InputText::firstMatching(s, &InputText::isForeignDigit);
    if (!foreign.isNull())
        return ValidationResult::reject(
            tr("The IC number contains digits of another script (%1). Type it with the "
               "digits 0 to 9.").arg(InputText::display(foreign)));
    const QChar bad = InputText::firstMatching(s, [](QChar c) { return !InputText::isAsciiDigit(c); });
    if (!bad.isNull())
        return ValidationResult::reject(
            tr("\"%1\" is not allowed in an IC number. Use only the digits 0 to 9.")
                .arg(InputText::display(bad)));

    if (s.size() != 12)
        return ValidationResult::reject(
            tr("IC number must have 12 digits, not %1.").arg(s.size()));

    const int yy = twoDigits(s, 0);
    const int mm = twoDigits(s, 2);
    const int dd = twoDigits(s, 4);
    const int pb = twoDigits(s, 6);
    if (mm < 1 || mm > 12)
        return ValidationResult::reject(
            tr("Month %1 is not a valid month in this IC number.").arg(s.mid(2, 2)));
    if (dd < 1 || dd > 31)
        return ValidationResult::reject(
            tr("Day %1 is not a valid day in this IC number.").arg(s.mid(4, 2)));
    if (!realDateInEitherCentury(yy, mm, dd))
        return ValidationResult::reject(
            tr("The birth date in this IC number (%1/%2/%3, day/month/year) does not exist.")
                .arg(s.mid(4, 2), s.mid(2, 2), s.mid(0, 2)));
    if (!validPlaceOfBirth.contains(pb))
        return ValidationResult::reject(
            tr("Place-of-birth code %1 is not issued. Check digits 7 and 8 of the IC number.")
                .arg(s.mid(6, 2)));

    return ValidationResult::accept(s);
}

std::optional<QDate> MyKad::birthDate(const QString &normalized12, const QDate &today)
{
    if (normalized12.size() != 12 || !InputText::isAsciiDigits(normalized12))
        return std::nullopt;
    const int yy = twoDigits(normalized12, 0);
    const int mm = twoDigits(normalized12, 2);
    const int dd = twoDigits(normalized12, 4);
    // Built from a four-digit year: Qt's two-digit years would always mean 19YY.
    const QDate modern(2000 + yy, mm, dd);
    if (modern.isValid() && modern <= today)
        return modern;
    const QDate older(1900 + yy, mm, dd);
    if (older.isValid())
        return older;
    return std::nullopt;
}

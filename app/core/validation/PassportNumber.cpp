#include "validation/PassportNumber.h"

#include "validation/InputText.h"
#include "validation/MyKad.h"

namespace {

// Malaysian passports: A/H/K followed by 8 digits (validator.js MY pattern).
bool looksMalaysian(const QString &s)
{
    if (s.size() != 9)
        return false;
    const QChar first = s.at(0);
    return (first == u'A' || first == u'H' || first == u'K') && InputText::isAsciiDigits(s.mid(1));
}

} // namespace

ValidationResult PassportNumber::validate(const QString &input)
{
    const QString stripped = MyKad::stripSeparators(input);
    if (stripped.isEmpty())
        return ValidationResult::reject(tr("Enter the passport number."));

    // A mistyped IC must never slip through as a "passport": 12 digits are a MyKad.
    if (stripped.size() == 12 && InputText::isAsciiDigits(stripped)) {
        ValidationResult ic = MyKad::validate(stripped);
        if (ic.ok)
            ic.warning = tr("This is a 12-digit MyKad number; it is taken as an IC number.");
        return ic;
    }

    // Checked before upper-casing: QString::toUpper maps e.g. "ß" to "SS".
    if (stripped.contains(u'<'))
        return ValidationResult::reject(
            tr("Leave out the \"<\" filler characters: type only the passport number as "
               "printed."));
    const QChar bad = InputText::firstMatching(stripped, [](QChar c) {
        return !InputText::isAsciiLetter(c) && !InputText::isAsciiDigit(c);
    });
    if (!bad.isNull())
        return ValidationResult::reject(
            tr("\"%1\" is not allowed in a passport number. Use only the letters A to Z and "
               "the digits 0 to 9.").arg(InputText::display(bad)));

    QString s = stripped;
    for (QChar &c : s) {
        if (InputText::isAsciiLower(c))
            c = QChar(c.unicode() - 'a' + 'A');
    }

    if (s.size() < 6)
        return ValidationResult::reject(
            tr("This passport number is too short: it must have 6 to 12 letters and digits."));
    if (s.size() > 12)
        return ValidationResult::reject(
            tr("This passport number is too long: it must have 6 to 12 letters and digits."));
    if (InputText::firstMatching(s, &InputText::isAsciiDigit).isNull())
        return ValidationResult::reject(
            tr("A passport number has at least one digit. Check the number on the passport."));
    if (s.count(s.at(0)) == s.size())
        return ValidationResult::reject(
            tr("A passport number cannot be one character repeated. Check the number on the "
               "passport."));

    if (looksMalaysian(s))
        return ValidationResult::accept(
            s, tr("This looks like a Malaysian passport. Malaysians must give their MyKad (IC) "
                  "number: ask for it."));
    return ValidationResult::accept(s);
}

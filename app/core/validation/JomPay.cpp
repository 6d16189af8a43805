#include "validation/JomPay.h"

#include "validation/InputText.h"

ValidationResult JomPay::validateBiller(const QString &input)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return ValidationResult::reject(tr("Enter the JomPAY biller code (4 to 6 digits)."));
    const QChar foreign = InputText::firstMatching(s, &InputText::isForeignDigit);
    if (!foreign.isNull())
        return ValidationResult::reject(
            tr("The biller code contains digits of another script (%1). Type it with the "
               "digits 0 to 9.").arg(InputText::display(foreign)));
    const QChar bad = InputText::firstMatching(s, [](QChar c) { return !InputText::isAsciiDigit(c); });
    if (!bad.isNull())
        return ValidationResult::reject(
            tr("\"%1\" is not allowed in a biller code. A JomPAY biller code has digits only.")
                .arg(InputText::display(bad)));
    if (s.size() < 4 || s.size() > 6)
        return ValidationResult::reject(
            tr("A JomPAY biller code has 4 to 6 digits, not %1.").arg(s.size()));
    return ValidationResult::accept(s);   // text: a leading 0 is part of the code
}

ValidationResult JomPay::validateRef1(const QString &input, int maxLength)
{
    // People copy Ref-1 from bills printed in groups ("2200 1234 5678").
    const QString s = InputText::without(input, [](QChar c) { return c.isSpace(); });
    if (s.isEmpty())
        return ValidationResult::reject(
            tr("Enter Ref-1: the account or bill number printed next to the JomPAY logo."));
    const QChar bad = InputText::firstMatching(s, [](QChar c) {
        return !InputText::isAsciiLetter(c) && !InputText::isAsciiDigit(c) && c != u'/'
            && c != u'-';
    });
    if (!bad.isNull()) {
        if (bad.unicode() > 0x7e)
            return ValidationResult::reject(
                tr("Ref-1 contains \"%1\", which is not a plain keyboard character. Type it "
                   "with the letters A to Z, the digits 0 to 9, \"/\" and \"-\".")
                    .arg(InputText::display(bad)));
        return ValidationResult::reject(
            tr("\"%1\" is not allowed in Ref-1. Use only letters, digits, \"/\" and \"-\".")
                .arg(InputText::display(bad)));
    }
    if (s.size() > maxLength)
        return ValidationResult::reject(
            tr("Ref-1 can have at most %1 characters; this one has %2.")
                .arg(maxLength).arg(s.size()));
    return ValidationResult::accept(s);
}

ValidationResult JomPay::validateRef2(const QString &input, bool required, int maxLength)
{
    const QString s = input.trimmed();
    if (s.isEmpty()) {
        if (required)
            return ValidationResult::reject(
                tr("This biller requires Ref-2. Enter it as printed on the bill."));
        return ValidationResult::accept(QString());
    }
    const QChar bad = InputText::firstMatching(s, [](QChar c) { return !InputText::isAsciiPrintable(c); });
    if (!bad.isNull())
        return ValidationResult::reject(
            tr("Ref-2 contains \"%1\", which is not a plain keyboard character. Use English "
               "letters, digits and punctuation.").arg(InputText::display(bad)));
    if (s.size() > maxLength)
        return ValidationResult::reject(
            tr("Ref-2 can have at most %1 characters; this one has %2.")
                .arg(maxLength).arg(s.size()));
    return ValidationResult::accept(s);
}

#include "validation/IdentityNumber.h"

#include "validation/InputText.h"
#include "validation/MyKad.h"
#include "validation/PassportNumber.h"

ValidationResult IdentityNumber::validate(const QString &input, bool passport)
{
    if (MyKad::stripSeparators(input).isEmpty())
        return ValidationResult::reject(
            passport ? tr("Enter the customer's passport number: the law on money laundering "
                          "(AMLA) requires it for this payment.")
                     : tr("Enter the customer's IC number: the law on money laundering (AMLA) "
                          "requires it for this payment."));
    return passport ? PassportNumber::validate(input) : MyKad::validate(input);
}

QString IdentityNumber::mask(const QString &normalized)
{
    const QString s = MyKad::stripSeparators(normalized);
    if (s.size() == 12 && InputText::isAsciiDigits(s))
        return QStringLiteral("XXXXXX-XX-") + s.right(4);
    if (s.size() <= 4)
        return QString(s.size(), u'X');
    return QString(s.size() - 4, u'X') + s.right(4);
}

bool IdentityNumber::sameIdentity(const QString &a, const QString &b, bool passport)
{
    const ValidationResult ra = validate(a, passport);
    const ValidationResult rb = validate(b, passport);
    return ra.ok && rb.ok && ra.normalized == rb.normalized;
}

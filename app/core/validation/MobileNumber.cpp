#include "validation/MobileNumber.h"

#include "validation/InputText.h"

namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')';
}

// IIMMPACT staging test accounts: 11 digits "6012345xxxx", sent exactly as documented.
bool isStagingTestAccount(const QString &s)
{
    return s.size() == 11 && s.startsWith(QLatin1String("6012345")) && InputText::isAsciiDigits(s);
}

} // namespace

ValidationResult MobileNumber::validate(const QString &input, bool stagingTestAccounts)
{
    const QString s = InputText::without(input, &isSeparator);
    const bool plus = s.startsWith(u'+');
    const QString digits = plus ? s.mid(1) : s;
    if (const std::optional<QString> problem = digitsProblem(s, digits))
        return ValidationResult::reject(*problem);

    if (stagingTestAccounts && !plus && isStagingTestAccount(digits))
        return ValidationResult::accept(digits);

    QString national;
    if (const std::optional<QString> problem = toNationalFormat(digits, plus, &national))
        return ValidationResult::reject(*problem);
    return checkMobilePrefix(national);
}

std::optional<QString> MobileNumber::digitsProblem(const QString &typed, const QString &digits)
{
    if (typed.isEmpty())
        return tr("Enter the mobile number.");
    const QChar foreign = InputText::firstMatching(digits, &InputText::isForeignDigit);
    if (!foreign.isNull())
        return tr("The mobile number contains digits of another script (%1). Type it with the "
                  "digits 0 to 9.").arg(InputText::display(foreign));
    const QChar bad = InputText::firstMatching(digits, [](QChar c) { return !InputText::isAsciiDigit(c); });
    if (!bad.isNull())
        return tr("\"%1\" is not allowed in a mobile number. Use only the digits 0 to 9.")
            .arg(InputText::display(bad));
    if (digits.isEmpty())
        return tr("Enter the mobile number.");
    return std::nullopt;
}

std::optional<QString> MobileNumber::toNationalFormat(const QString &digits, bool plus, QString *national)
{
    const QString notMalaysian =
        tr("This is not a Malaysian number. Only Malaysian mobile numbers (+60 1x...) can be "
           "reloaded.");

    // Country code: +60, 0060, or a bare 60 when the length says the trunk 0 was dropped.
    QString n = digits;
    bool hadCountryCode = false;
    if (plus) {
        if (!n.startsWith(QLatin1String("60")))
            return notMalaysian;
        n = n.mid(2);
        hadCountryCode = true;
    } else if (n.startsWith(QLatin1String("0060"))) {
        n = n.mid(4);
        hadCountryCode = true;
    } else if (n.startsWith(QLatin1String("00"))) {
        return notMalaysian;   // 00 = international prefix
    } else if (n.startsWith(QLatin1String("60")) && (n.size() == 11 || n.size() == 12)) {
        n = n.mid(2);
        hadCountryCode = true;
    } else if (n.startsWith(QLatin1String("60"))) {
        return tr("This number has the wrong length after the country code 60: a mobile number "
                  "has 9 or 10 digits after 60.");
    }
    if (hadCountryCode) {
        // "+60 012..." typed with the trunk 0 kept: use a single 0.
        while (n.startsWith(u'0'))
            n.remove(0, 1);
        n.prepend(u'0');
    } else if (n.startsWith(u'1') && (n.size() == 9 || n.size() == 10)) {
        n.prepend(u'0');   // leading 0 forgotten
    }
    *national = n;
    return std::nullopt;
}

ValidationResult MobileNumber::checkMobilePrefix(const QString &n)
{
    if (n.size() < 2 || !n.startsWith(u'0'))
        return ValidationResult::reject(
            tr("This is not a mobile number. Malaysian mobile numbers start with 01."));
    const QChar area = n.at(1);
    if (area.unicode() >= '3' && area.unicode() <= '9')
        return ValidationResult::reject(
            tr("0%1 numbers are landlines, not mobile numbers. Enter a mobile number starting "
               "with 01.").arg(area));
    if (area != u'1' || n.size() < 3)
        return ValidationResult::reject(
            tr("This is not a mobile number. Malaysian mobile numbers start with 01."));

    const QChar third = n.at(2);
    if (third == u'5')
        return ValidationResult::reject(
            tr("015 numbers are internet-phone numbers, not mobile numbers."));
    const QString prefix = n.left(3);
    const int expected = third == u'1' ? 11 : 10;
    if (n.size() != expected)
        return ValidationResult::reject(
            tr("%1 mobile numbers have %2 digits (with the leading 0); this one has %3.")
                .arg(prefix).arg(expected).arg(n.size()));
    return ValidationResult::accept(n);
}

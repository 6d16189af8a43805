#include "validation/Money.h"

#include "validation/InputText.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace {

constexpr int MaxRinggitDigits = 9;       // RM 999,999,999.99 is far above any counter sale
constexpr int MaxApiIntegerDigits = 15;   // keeps sen well inside qint64

// ^\d{1,3}(,\d{3})+$ : thousands commas in the right places.
bool wellFormedGrouping(const QString &integerPart)
{
    const QStringList groups = integerPart.split(u',');
    if (groups.size() < 2)
        return false;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString &g = groups.at(i);
        if (!InputText::isAsciiDigits(g))
            return false;
        if (i == 0 ? g.size() > 3 : g.size() != 3)
            return false;
    }
    return true;
}

// ^\d+,\d{1,2}$ : a comma used as the decimal mark ("1234,56").
bool looksLikeCommaDecimal(const QString &s)
{
    const qsizetype comma = s.indexOf(u',');
    if (comma <= 0 || s.count(u',') != 1 || s.contains(u'.'))
        return false;
    const QString tail = s.mid(comma + 1);
    return InputText::isAsciiDigits(s.left(comma)) && InputText::isAsciiDigits(tail)
        && tail.size() <= 2;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Digits only (already checked) -> value, without overflow for the lengths we allow.
qint64 digitsValue(const QString &digits)
{
    qint64 v = 0;
    for (const QChar c : digits)
        v = v * 10 + (c.unicode() - '0');
    return v;
}

// Groups the ringgit digits by thousands with ASCII commas, independent of the locale.
QString groupThousands(const QString &digits)
{
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out.append(u',');
        out.append(digits.at(i));
    }
    return out;
}

} // namespace

std::optional<qint64> Money::parseSen(const QString &input, QString *error)
{
    return readSen(input, Grammar::Cashier, SubSen::Refuse, error);
}

std::optional<qint64> Money::readSen(const QString &input, Grammar grammar, SubSen subSen,
                                     QString *error)
{
    const bool cashier = grammar == Grammar::Cashier;
    // The steps run in this order and each stops at the first problem it finds, so the
    // message is always about the first thing wrong in the text, whatever else follows.
    QString s;
    bool negative = false;
    QString integerPart;
    QString fraction;
    if (!stripAroundAmount(input, cashier, &s, error) || !takeSign(&s, cashier, &negative, error)
        || !checkAmountCharacters(s, cashier, error) || !splitAtDot(s, &integerPart, &fraction, error)
        || !fitFractionToSen(&fraction, cashier, subSen, error))
        return std::nullopt;
    if (integerPart.size() > (cashier ? MaxRinggitDigits : MaxApiIntegerDigits)) {
        fail(error, tr("The amount has too many digits. %1").arg(amountExample()));
        return std::nullopt;
    }

    const qint64 ringgit = digitsValue(integerPart);
    qint64 sen = digitsValue(fraction);
    if (fraction.size() == 1)
        sen *= 10;
    if (error)
        error->clear();
    const qint64 value = ringgit * 100 + sen;
    return negative ? -value : value;
}

QString Money::amountExample()
{
    return tr("Enter the amount like 12.30.");
}

bool Money::stripAroundAmount(const QString &input, bool cashier, QString *s, QString *error)
{
    // White space around the amount (any script's, a no-break space included) is what a
    // paste or a careless tap leaves behind and MALAYSIA-INPUT §7 accepts " 12 "; so is the
    // space after "RM". White space INSIDE the number is refused below: "1 0" is not 10.
    *s = input.trimmed();
    if (cashier && s->startsWith(QLatin1String("RM"), Qt::CaseInsensitive))
        *s = s->mid(2).trimmed();
    if (s->isEmpty())
        return fail(error, amountExample());
    const QChar space = InputText::firstMatching(*s, [](QChar c) { return c.isSpace(); });
    if (!space.isNull())
        return fail(error, tr("An amount cannot contain a space (%1 found). %2")
                               .arg(InputText::display(space), amountExample()));

    const QChar foreign = InputText::firstMatching(*s, &InputText::isForeignDigit);
    if (!foreign.isNull())
        return fail(error, tr("The amount contains digits of another script (%1). Type it with the "
                              "digits 0 to 9.").arg(InputText::display(foreign)));
    return true;
}

bool Money::takeSign(QString *s, bool cashier, bool *negative, QString *error)
{
    *negative = s->startsWith(u'-');
    if (!*negative)
        return true;
    if (cashier)
        return fail(error, tr("The amount cannot be negative. %1").arg(amountExample()));
    s->remove(0, 1);   // balances and refunds may be negative
    if (s->isEmpty())
        return fail(error, amountExample());
    return true;
}

bool Money::checkAmountCharacters(const QString &s, bool cashier, QString *error)
{
    // Thousands commas are a cashier habit; IIMMPACT never sends them.
    const QChar bad = InputText::firstMatching(s, [cashier](QChar c) {
        return !InputText::isAsciiDigit(c) && c != u'.' && !(cashier && c == u',');
    });
    if (!bad.isNull())
        return fail(error, tr("\"%1\" is not allowed in an amount. %2")
                               .arg(InputText::display(bad), amountExample()));
    if (s.count(u'.') > 1)
        return fail(error, tr("The amount has more than one dot. %1").arg(amountExample()));
    return true;
}

bool Money::splitAtDot(const QString &s, QString *integerPart, QString *fraction, QString *error)
{
    const qsizetype dot = s.indexOf(u'.');
    *integerPart = dot < 0 ? s : s.left(dot);
    *fraction = dot < 0 ? QString() : s.mid(dot + 1);

    if (fraction->contains(u',')
        || (integerPart->contains(u',') && !wellFormedGrouping(*integerPart))) {
        if (looksLikeCommaDecimal(s))
            return fail(error, tr("Use a dot, not a comma, before the sen: enter the amount like "
                                  "1234.56."));
        return fail(error, tr("The thousands commas in this amount are in the wrong place. Enter "
                              "the amount like 1,234.56 or 1234.56."));
    }
    integerPart->remove(u',');

    if (integerPart->isEmpty())
        return fail(error, tr("Put a 0 before the dot, like 0.50."));
    if (dot >= 0 && fraction->isEmpty())
        return fail(error, tr("Type the sen after the dot, like 12.00, or leave out the dot."));
    return true;
}

bool Money::fitFractionToSen(QString *fraction, bool cashier, SubSen subSen, QString *error)
{
    if (fraction->size() <= 2)
        return true;
    switch (subSen) {
    case SubSen::Refuse:
        // "10.500" from IIMMPACT is 10.50; the cashier types at most two decimals.
        if (!cashier) {
            while (fraction->size() > 2 && fraction->endsWith(u'0'))
                fraction->chop(1);
        }
        break;
    case SubSen::Truncate:
        fraction->truncate(2);
        break;
    }
    if (fraction->size() > 2)
        return fail(error, tr("An amount has at most 2 decimals (sen). %1").arg(amountExample()));
    return true;
}

ValidationResult Money::validateAmount(const QString &input)
{
    QString error;
    const std::optional<qint64> sen = parseSen(input, &error);
    if (!sen)
        return ValidationResult::reject(error);
    if (*sen <= 0)
        return ValidationResult::reject(tr("The amount must be more than RM 0.00."));
    return ValidationResult::accept(formatSen(*sen));
}

ValidationResult Money::validateAmount(const QString &input, const QString &denominationList)
{
    ValidationResult r = validateAmount(input);
    if (!r.ok)
        return r;
    const qint64 sen = *parseSen(input);
    if (!isDenomination(sen, denominationList)) {
        QStringList shown;
        const QStringList entries = denominationList.split(u',', Qt::SkipEmptyParts);
        for (const QString &e : entries)
            shown.append(e.trimmed());
        return ValidationResult::reject(
            tr("%1 is not available for this product. Choose one of: %2.")
                .arg(formatRinggit(sen), shown.join(QLatin1String(", "))));
    }
    return r;
}

QString Money::formatSen(qint64 sen)
{
    // Magnitude in unsigned arithmetic so that the most negative qint64 cannot overflow.
    const quint64 magnitude = sen < 0 ? 0 - quint64(sen) : quint64(sen);
    return (sen < 0 ? QStringLiteral("-") : QString())
        + QString::number(magnitude / 100) + u'.'
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::formatRinggit(qint64 sen)
{
    const quint64 magnitude = sen < 0 ? 0 - quint64(sen) : quint64(sen);
    return (sen < 0 ? QStringLiteral("-RM ") : QStringLiteral("RM "))
        + groupThousands(QString::number(magnitude / 100)) + u'.'
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

qint64 Money::cashRounded(qint64 sen)
{
    if (sen < 0)
        return -cashRounded(-sen);   // a cash refund rounds the same way
    const qint64 rest = sen % 5;     // endings 1,2 / 6,7 -> down; 3,4 / 8,9 -> up
    return rest <= 2 ? sen - rest : sen + (5 - rest);
}

std::optional<qint64> Money::senFromApiAmount(const QString &decimalText, SubSen subSen)
{
    return readSen(decimalText, Grammar::Api, subSen, nullptr);
}

std::optional<qint64> Money::senFromApiValue(const QJsonValue &value, SubSen subSen)
{
    if (value.isObject())   // a Money object {"amount": "10.00", "currency": "MYR"}
        return senFromApiValue(value.toObject().value(QLatin1String("amount")), subSen);
    if (value.isString())
        return senFromApiAmount(value.toString(), subSen);
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return std::nullopt;
        // The JSON number's shortest decimal text (19.99 stays "19.99", never 1998.99... sen),
        // read like any other decimal: no multiplication or rounding in binary floating point.
        return senFromApiAmount(QString::number(d, 'f', QLocale::FloatingPointShortest), subSen);
    }
    return std::nullopt;
}

bool Money::isDenomination(qint64 sen, const QString &denominationList)
{
    const QStringList entries = denominationList.split(u',', Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QString e = entry.trimmed();
        if (e.startsWith(u'-'))
            continue;
        const std::optional<qint64> d = senFromApiAmount(e);
        if (d && *d == sen)
            return true;
    }
    return false;
}

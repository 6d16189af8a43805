#pragma once

#include <QChar>
#include <QString>

// Character tests shared by the validators. Only '0'..'9' count as digits: QChar::isDigit
// also accepts Arabic-Indic and full-width digits, which IIMMPACT would not understand.
class InputText
{
public:
    static constexpr bool isAsciiDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }
    static constexpr bool isAsciiUpper(QChar c) { return c.unicode() >= 'A' && c.unicode() <= 'Z'; }
    static constexpr bool isAsciiLower(QChar c) { return c.unicode() >= 'a' && c.unicode() <= 'z'; }
    static constexpr bool isAsciiLetter(QChar c) { return isAsciiUpper(c) || isAsciiLower(c); }
    static constexpr bool isAsciiPrintable(QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7e; }
    // A digit of some other script (full-width, Arabic-Indic, Devanagari...).
    static bool isForeignDigit(QChar c) { return c.isDigit() && !isAsciiDigit(c); }

    // Non-empty and nothing but '0'..'9'.
    static bool isAsciiDigits(const QString &s)
    {
        if (s.isEmpty())
            return false;
        for (const QChar c : s) {
            if (!isAsciiDigit(c))
                return false;
        }
        return true;
    }

    // Drops every character for which `drop` is true.
    template<typename Pred>
    static QString without(const QString &s, Pred drop)
    {
        QString out;
        out.reserve(s.size());
        for (const QChar c : s) {
            if (!drop(c))
                out.append(c);
        }
        return out;
    }

    // The first character for which `bad` is true, or a null QChar.
    template<typename Pred>
    static QChar firstMatching(const QString &s, Pred bad)
    {
        for (const QChar c : s) {
            if (bad(c))
                return c;
        }
        return QChar();
    }

    // Shows a character in an error message; spaces and controls get a code point instead.
    static QString display(QChar c)
    {
        if (c.isPrint() && !c.isSpace())
            return QString(c);
        return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    }
};

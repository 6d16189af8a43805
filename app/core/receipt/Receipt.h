#pragma once

#include "journal/SaleRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a customer may see about one sale, as ordered lines: the one source for the success
// screen's share text, PDF receipts now and ESC/POS slips later, so every output obeys the
// same rules:
// - only fields the API returned (absent stays absent: no label, no empty line);
// - IC and passport numbers masked; wholesale cost and wallet balance never appear;
// - times in the terminal's local time (as every screen shows them), amounts as "RM 10.00".
class Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)
public:
    enum class Kind { Title, Field, Code, Link, Text };
    struct Line
    {
        Kind kind;
        QString key;     // stable id for tests and layouts: "product", "sn", "pin", ...
        QString label;   // translated; empty for Title/Text
        QString value;
    };
    struct Context
    {
        QString merchantName;
        QString productDisplayName;   // catalogue name; falls back to productName, then code
        bool training = false;        // demo mode: marked on every output
    };

    static Receipt fromSale(const SaleRecord &sale, const Context &context);

    const QList<Line> &lines() const { return m_lines; }
    bool has(const QString &key) const;
    QString value(const QString &key) const;

    // Monospaced text, `width` columns (32 fits 58 mm paper, 48 fits 80 mm).
    QString plainText(int width = 32) const;
    // Compact text for WhatsApp / SMS / e-mail.
    QString shareText() const;

    static QString statusTitle(SaleState state);
    // The account as customers and screens see it: masked when it is the customer's IC
    // number itself (an SSPN account is the IC).
    static QString displayAccount(const SaleRecord &sale);
    static QString formatExpiry(const QString &yyyymmdd);   // "16/11/2025", or as given if odd

private:
    void add(Kind kind, const QString &key, const QString &label, const QString &value);
    QList<Line> m_lines;
};

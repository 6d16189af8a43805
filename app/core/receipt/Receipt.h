#pragma once

#include "journal/SaleRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Settings;

// What a customer may see about one sale, as ordered lines: the one source for the success
// screen's share text, PDF receipts now and ESC/POS slips later, so every output obeys the
// same rules:
// - only fields the API returned (absent stays absent: no label, no empty line);
// - IC and passport numbers masked; wholesale cost and wallet balance never appear;
// - times in the terminal's local time (as every screen shows them), amounts as "RM 10.00";
// - a voucher PIN (and the voucher link, which redeems the voucher as well) only when
//   Context::revealPin: a reprint from history hides them unless a supervisor unlocked it.
//
// Order, top to bottom: COPY banner (a reprint), VOIDED banner (Refund), shop name, address,
// registration, training mark, status title, the sale (product, its plan / biller / account
// type, amount, account, IC, reference, time, terminal, cashier), what was delivered (Succesful)
// or the reason (Failed, Refund, Rejected) or what to do (a pending slip), the footer.
class Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)
public:
    // Banner: one short word that must not be missed ("COPY", "VOIDED"), printed large and
    // inverted; Title: the sale's status between rules.
    enum class Kind { Title, Field, Code, Link, Text, Banner };
    // Which print of the sale this is. A Copy is any print after the first (a reprint from
    // history, the CLI's --copy): it says so at the top, so a customer cannot present it as
    // a second purchase.
    enum class CopyKind { Original, Copy };
    struct Line
    {
        Kind kind;
        QString key;     // stable id for tests and layouts: "product", "sn", "pin", ...
        QString label;   // translated; empty for Title/Text
        QString value;
    };
    // Everything a receipt shows that the journal does not hold. Empty text = no line.
    struct Context
    {
        QString merchantName;         // the shop's name, first line of the header
        QString productDisplayName;   // catalogue name; falls back to productName, then code
        bool training = false;        // demo mode: marked on every output
        QString shopAddress;          // may hold line breaks; printed as they are
        QString shopRegistration;     // SSM registration number
        QString footer;               // last lines ("Thank you"); may hold line breaks
        QString cashierName;
        // The catalogue's words for the sale's extras (the journal keeps only the codes):
        // the data plan's or PTPTN account type's name, the JomPAY biller's name.
        QString subproductName;
        QString billerName;
        CopyKind copy = CopyKind::Original;
        // The first print right after the sale shows the PIN; a reprint from history passes
        // false unless a supervisor unlocked it.
        bool revealPin = true;
    };

    // The shop header and footer from the terminal's settings (ShopName, ShopAddress,
    // ShopRegistration, ReceiptFooter), trimmed; the rest at its defaults. The GUI and the CLI
    // both start from this, so their receipts cannot disagree.
    static Context contextFromSettings(const Settings &settings);

    // What a hidden PIN reads as: the same 8 dots whatever the PIN, so a copy tells nothing
    // of the PIN, not even its length.
    static QString hiddenPin();

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
    void addHeader(const SaleRecord &sale, const Context &context);
    void addSaleFields(const SaleRecord &sale, const Context &context);
    void addProductExtras(const SaleRecord &sale, const Context &context);
    void addDelivery(const SaleRecord &sale, const Context &context);
    void add(Kind kind, const QString &key, const QString &label, const QString &value);
    QList<Line> m_lines;
};

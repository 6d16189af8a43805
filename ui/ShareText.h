#pragma once

#include "journal/SaleRecord.h"
#include "receipt/Receipt.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Sharing a sale by WhatsApp, e-mail or SMS. The text is the core Receipt model's
// (returned fields only, IC masked, never cost or wallet balance); this class only builds the
// URL for each channel.
class ShareText
{
    Q_DECLARE_TR_FUNCTIONS(ShareText)
public:
    enum class Channel { WhatsApp, Email, Sms };

    static QString text(const SaleRecord &sale, const QString &productName);
    static QUrl url(Channel channel, const SaleRecord &sale, const QString &productName);
    // The same for a receipt already built (with the till's full context: shop, cashier,
    // plan and biller names); the e-mail subject is its product.
    static QUrl url(Channel channel, const Receipt &receipt);
    // The account as shown on screens and receipts: masked when it is the customer's IC
    // number (an SSPN account is the IC itself).
    static QString displayAccount(const SaleRecord &sale);
};

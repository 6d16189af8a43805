#pragma once

#include "journal/SaleRecord.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The text a customer receives when a sale is shared (WhatsApp, e-mail, SMS), built only from
// fields IIMMPACT returned for the sale; a field it did not return is not mentioned at all.
// Never the IC number, cost or wallet balance.
class ShareText
{
    Q_DECLARE_TR_FUNCTIONS(ShareText)
public:
    enum class Channel { WhatsApp, Email, Sms };

    static QString text(const SaleRecord &sale, const QString &productName);
    static QUrl url(Channel channel, const SaleRecord &sale, const QString &productName);
    // The account as shown on screens and receipts: masked when it is the customer's IC
    // number (an SSPN account is the IC itself).
    static QString displayAccount(const SaleRecord &sale);
    // "20251116" -> localized date; the text unchanged when it is not yyyyMMdd.
    static QString formatExpiry(const QString &expiry);
};

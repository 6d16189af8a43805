#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// One product of the simulated catalogue, in the shape of a /v2/product-list row (API
// reference §5.1) plus what the simulator needs to price and fulfil it. Money is in sen.
struct SimProduct
{
    enum class Kind { Reload, Data, Bill, JomPay, Ptptn, Voucher, Esim };

    QString code;
    QString name;
    QString remarks;                 // product_remarks
    QString accountLabel;
    QString accountType;             // phone_number | account_number
    QString group;                   // product_group, exactly as the UI groups by it
    QString category;
    Kind kind = Kind::Reload;
    QList<qint64> denominations;     // sen; empty = open amount between minAmount and maxAmount
    QList<qint64> commonDenominations;
    qint64 minAmount = 0;            // open amounts only
    qint64 maxAmount = 0;
    bool active = true;
    bool hasSubproduct = false;
    bool refundable = false;
    double discountPercent = 0.0;    // merchant discount off the face value
    qint64 feeSen = 0;               // flat merchant fee (bills, JomPAY)
    bool returnsSerial = true;       // some products return sn "" even when Succesful
    QString note;                    // redemption instructions for vouchers / eSIM

    bool isOpenAmount() const { return denominations.isEmpty(); }
    bool isPhoneAccount() const { return accountType == QLatin1String("phone_number"); }
    bool deliversPin() const { return kind == Kind::Voucher || kind == Kind::Esim; }
    // Wholesale cost deducted from the wallet, rounded to the sen.
    qint64 costFor(qint64 amount) const
    {
        return qRound64(double(amount) * (100.0 - discountPercent) / 100.0) + feeSen;
    }
};

#include "Product.h"

using namespace Qt::StringLiterals;

bool Product::numericKeyboard() const
{
    return keyboardType.compare("numeric"_L1, Qt::CaseInsensitive) == 0
        || (keyboardType.isEmpty() && accountIsPhoneNumber());
}

bool Product::accountIsPhoneNumber() const
{
    return accountType.compare("phone_number"_L1, Qt::CaseInsensitive) == 0
        || ((family == ProductFamily::MobileReload || family == ProductFamily::MobileData)
            && accountType.isEmpty());
}

QList<qint64> Product::denominationsCommonFirst() const
{
    QList<qint64> out;
    for (qint64 d : commonDenominationsSen) {
        if (denominationsSen.contains(d) && !out.contains(d))
            out.append(d);
    }
    for (qint64 d : denominationsSen) {
        if (!out.contains(d))
            out.append(d);
    }
    return out;
}

QString Product::effectiveAccountLabel() const
{
    if (!accountLabel.trimmed().isEmpty())
        return accountLabel.trimmed();
    switch (family) {
    case ProductFamily::MobileReload:
    case ProductFamily::MobileData:
        return tr("Mobile number");
    case ProductFamily::JomPay:
        return tr("Ref-1");
    case ProductFamily::Ptptn:
        return tr("IC number");
    case ProductFamily::Esim:
        return tr("Email or mobile number");
    default:
        return tr("Account number");
    }
}

ProductFamily Product::familyFromGroup(const QString &productGroup)
{
    const QString g = productGroup.trimmed().toLower();
    if (g == "mobile reload"_L1)
        return ProductFamily::MobileReload;
    if (g == "mobile data"_L1)
        return ProductFamily::MobileData;
    if (g == "bills"_L1)
        return ProductFamily::Bills;
    if (g == "jompay"_L1)
        return ProductFamily::JomPay;
    if (g == "ptptn"_L1)
        return ProductFamily::Ptptn;
    if (g == "gift cards & vouchers"_L1 || g == "gift cards"_L1 || g == "vouchers"_L1)
        return ProductFamily::GiftCards;
    if (g == "esim"_L1)
        return ProductFamily::Esim;
    return ProductFamily::Other;
}

QString Product::familyTitle(ProductFamily family)
{
    switch (family) {
    case ProductFamily::MobileReload: return tr("Mobile Reload");
    case ProductFamily::MobileData: return tr("Mobile Data");
    case ProductFamily::Bills: return tr("Bills");
    case ProductFamily::JomPay: return tr("JomPAY");
    case ProductFamily::Ptptn: return tr("PTPTN");
    case ProductFamily::GiftCards: return tr("Gift Cards & Vouchers");
    case ProductFamily::Esim: return tr("eSIM");
    case ProductFamily::Other: return tr("Other");
    }
    return {};
}

QString Product::familyKey(ProductFamily family)
{
    switch (family) {
    case ProductFamily::MobileReload: return u"reload"_s;
    case ProductFamily::MobileData: return u"data"_s;
    case ProductFamily::Bills: return u"bills"_s;
    case ProductFamily::JomPay: return u"jompay"_s;
    case ProductFamily::Ptptn: return u"ptptn"_s;
    case ProductFamily::GiftCards: return u"giftcards"_s;
    case ProductFamily::Esim: return u"esim"_s;
    case ProductFamily::Other: return u"other"_s;
    }
    return {};
}

QList<ProductFamily> Product::browserFamilies()
{
    return {ProductFamily::MobileReload, ProductFamily::MobileData, ProductFamily::Bills,
            ProductFamily::JomPay, ProductFamily::Ptptn, ProductFamily::GiftCards,
            ProductFamily::Esim, ProductFamily::Other};
}

QString Product::formatSen(qint64 sen, bool compact)
{
    const bool negative = sen < 0;
    const qint64 a = negative ? -sen : sen;
    QString s = QString::number(a / 100);
    if (!compact || a % 100 != 0)
        s += u'.' + QString::number(a % 100).rightJustified(2, u'0');
    return negative ? u'-' + s : s;
}

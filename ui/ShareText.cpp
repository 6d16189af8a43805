#include "ShareText.h"

#include "validation/IdentityNumber.h"

#include <QDate>
#include <QJsonObject>
#include <QLocale>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

QString ShareText::formatExpiry(const QString &expiry)
{
    const QDate d = QDate::fromString(expiry, u"yyyyMMdd"_s);
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : expiry;
}

QString ShareText::displayAccount(const SaleRecord &sale)
{
    const QString ic = sale.extras.value("ic_number"_L1).toString();
    if (!ic.isEmpty() && sale.account == ic)
        return IdentityNumber::mask(ic);
    return sale.account;
}

QString ShareText::text(const SaleRecord &sale, const QString &productName)
{
    QStringList lines;
    lines.append(sale.productName.value_or(productName));
    lines.append(tr("Amount: RM %1").arg(sale.amount));
    lines.append(tr("Account: %1").arg(displayAccount(sale)));
    lines.append(tr("Reference: %1").arg(sale.refid));
    if (sale.sn)
        lines.append(tr("Serial number: %1").arg(*sale.sn));
    if (sale.pin)
        lines.append(tr("PIN: %1").arg(*sale.pin));
    if (sale.expiry)
        lines.append(tr("Expires: %1").arg(formatExpiry(*sale.expiry)));
    if (sale.note)
        lines.append(*sale.note);
    if (sale.voucherlink)
        lines.append(tr("Voucher: %1").arg(*sale.voucherlink));
    return lines.join(u'\n');
}

QUrl ShareText::url(Channel channel, const SaleRecord &sale, const QString &productName)
{
    const QString body = text(sale, productName);
    QUrlQuery q;
    QUrl u;
    switch (channel) {
    case Channel::WhatsApp:
        u = QUrl(u"https://wa.me/"_s);
        q.addQueryItem(u"text"_s, QString::fromLatin1(QUrl::toPercentEncoding(body)));
        break;
    case Channel::Email:
        u = QUrl(u"mailto:"_s);
        q.addQueryItem(u"subject"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(sale.productName.value_or(productName))));
        q.addQueryItem(u"body"_s, QString::fromLatin1(QUrl::toPercentEncoding(body)));
        break;
    case Channel::Sms:
        u = QUrl(u"sms:"_s);
        q.addQueryItem(u"body"_s, QString::fromLatin1(QUrl::toPercentEncoding(body)));
        break;
    }
    u.setQuery(q);
    return u;
}

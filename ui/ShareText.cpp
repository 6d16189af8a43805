#include "ShareText.h"

#include "receipt/Receipt.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

QString ShareText::displayAccount(const SaleRecord &sale)
{
    return Receipt::displayAccount(sale);
}

QString ShareText::text(const SaleRecord &sale, const QString &productName)
{
    // The receipt model decides what a customer may see; sharing only changes the medium.
    Receipt::Context context;
    context.productDisplayName = sale.productName.value_or(productName);
    return Receipt::fromSale(sale, context).shareText();
}

QUrl ShareText::url(Channel channel, const SaleRecord &sale, const QString &productName)
{
    Receipt::Context context;
    context.productDisplayName = sale.productName.value_or(productName);
    return url(channel, Receipt::fromSale(sale, context));
}

QUrl ShareText::url(Channel channel, const Receipt &receipt)
{
    const QString body = receipt.shareText();
    QUrlQuery q;
    QUrl u;
    switch (channel) {
    case Channel::WhatsApp:
        u = QUrl(u"https://wa.me/"_s);
        q.addQueryItem(u"text"_s, QString::fromLatin1(QUrl::toPercentEncoding(body)));
        break;
    case Channel::Email:
        u = QUrl(u"mailto:"_s);
        q.addQueryItem(u"subject"_s, QString::fromLatin1(QUrl::toPercentEncoding(receipt.value(u"product"_s))));
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

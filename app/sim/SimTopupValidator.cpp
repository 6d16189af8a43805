#include "SimTopupValidator.h"

#include "SimCatalogue.h"

#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
bool reject(SimTopupValidator::Rejection *rejection, int code, const QString &remarks)
{
    rejection->statusCode = code;
    rejection->remarks = remarks;
    return false;
}

QString text(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}
}

SimTopupValidator::SimTopupValidator(const SimCatalogue &catalogue)
    : m_catalogue(catalogue)
{
}

qint64 SimTopupValidator::parseAmount(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!(d > 0) || d > 1e9)
            return -1;
        const double sen = d * 100.0;
        const qint64 rounded = qRound64(sen);
        return qAbs(sen - double(rounded)) < 1e-6 ? rounded : -1;
    }
    if (!value.isString())
        return -1;
    static const QRegularExpression decimal(u"^([0-9]{1,9})(?:\\.([0-9]{1,2}))?$"_s);
    const QRegularExpressionMatch m = decimal.match(value.toString());
    if (!m.hasMatch())
        return -1;
    const qint64 sen = m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, u'0').toLongLong();
    return sen > 0 ? sen : -1;
}

bool SimTopupValidator::isTestAccount(const QString &account)
{
    static const QRegularExpression test(u"^6012345[0-9]{4}$"_s);
    return test.match(account).hasMatch();
}

bool SimTopupValidator::validate(const QJsonObject &body, SimOrder *order, Rejection *rejection) const
{
    static const QRegularExpression refidShape(u"^[\\x21-\\x7E]{1,50}$"_s);
    static const QRegularExpression phone(u"^(01[0-9]{8,9}|60[0-9]{9,10})$"_s);
    static const QRegularExpression accountShape(u"^[A-Za-z0-9/-]{1,30}$"_s);

    const QString refid = text(body, u"refid"_s);
    if (!refidShape.match(refid).hasMatch())
        return reject(rejection, 44, u"Invalid refid"_s);

    const QString productCode = text(body, u"product"_s);
    if (productCode.isEmpty())
        return reject(rejection, 44, u"The product field is required"_s);
    const SimProduct *product = m_catalogue.product(productCode);
    if (!product)
        return reject(rejection, 44, u"Invalid product"_s);
    if (!product->active)
        return reject(rejection, 45, u"Product is currently unavailable"_s);

    const QString account = text(body, u"account"_s);
    if (account.isEmpty())
        return reject(rejection, 44, u"The account field is required"_s);
    if (product->isPhoneAccount() ? !phone.match(account).hasMatch()
                                  : !accountShape.match(account).hasMatch())
        return reject(rejection, 40, product->isPhoneAccount() ? u"Invalid mobile number"_s
                                                               : u"Invalid account number"_s);

    if (!body.contains(u"amount"_s))
        return reject(rejection, 44, u"The amount field is required"_s);
    const qint64 amount = parseAmount(body.value(u"amount"_s));
    if (amount <= 0)
        return reject(rejection, 44, u"Invalid amount"_s);

    const QJsonValue extrasValue = body.value(u"extras"_s);
    if (!extrasValue.isUndefined() && !extrasValue.isNull() && !extrasValue.isObject())
        return reject(rejection, 44, u"Invalid extras"_s);
    const QJsonObject extras = extrasValue.toObject();
    const QString subproduct = text(extras, u"subproduct_code"_s);
    const QString icNumber = text(extras, u"ic_number"_s);
    const QString billerCode = text(extras, u"biller_code"_s);
    const QString ref2 = text(extras, u"ref2"_s);

    const auto inRange = [&](qint64 min, qint64 max) {
        if (amount < min || amount > max)
            return reject(rejection, 58, u"Amount must be between RM %1 and RM %2"_s.arg(
                                             SimCatalogue::moneyText(min), SimCatalogue::moneyText(max)));
        return true;
    };

    switch (product->kind) {
    case SimProduct::Kind::JomPay: {
        if (billerCode.isEmpty())
            return reject(rejection, 44, u"The biller_code field is required"_s);
        const SimBiller *biller = m_catalogue.biller(billerCode);
        if (!biller)
            return reject(rejection, 44, u"The provided biller code is invalid"_s);
        if (icNumber.isEmpty())
            return reject(rejection, 44, u"The ic_number field is required"_s);
        if (biller->ref2Required && ref2.isEmpty())
            return reject(rejection, 44, u"Ref-2 is required"_s);
        if (amount < biller->minAmount || amount > biller->maxAmount)
            return reject(rejection, 58, u"The provided amount is invalid"_s);
        break;
    }
    case SimProduct::Kind::Ptptn: {
        if (subproduct.isEmpty())
            return reject(rejection, 44, u"The subproduct_code field is required"_s);
        if (icNumber.isEmpty())
            return reject(rejection, 44, u"The ic_number field is required"_s);
        static const QStringList types{u"K"_s, u"U"_s, u"S"_s, u"SP"_s};
        if (!types.contains(subproduct))
            return reject(rejection, 44, u"Invalid subproduct code"_s);
        if (!isTestAccount(account)) {
            bool linked = false;
            for (const SimPtptnAccount &a : m_catalogue.ptptnAccounts(icNumber))
                linked = linked || (a.accountNumber == account && a.subproductCode == subproduct);
            if (!linked)
                return reject(rejection, 40, u"Invalid account no"_s);
        }
        if (!inRange(product->minAmount, product->maxAmount))
            return false;
        break;
    }
    case SimProduct::Kind::Data: {
        if (subproduct.isEmpty())
            return reject(rejection, 44, u"The subproduct_code field is required"_s);
        const QList<SimDataPlan> plans = m_catalogue.plansFor(product->code, account);
        const SimDataPlan *plan = nullptr;
        for (const SimDataPlan &p : plans) {
            if (p.code == subproduct)   // byte for byte: the long codes contain spaces
                plan = &p;
        }
        if (!plan)
            return reject(rejection, 44, u"Invalid subproduct code"_s);
        if (plan->price != amount)
            return reject(rejection, 61, u"Invalid denomination"_s);
        break;
    }
    case SimProduct::Kind::Bill:
        if (!inRange(product->minAmount, product->maxAmount))
            return false;
        break;
    case SimProduct::Kind::Reload:
    case SimProduct::Kind::Voucher:
    case SimProduct::Kind::Esim:
        if (!product->denominations.contains(amount))
            return reject(rejection, 61, u"Invalid denomination"_s);
        break;
    }

    order->refid = refid;
    order->request = body;
    order->product = product;
    order->account = account;
    order->amount = amount;
    order->cost = product->costFor(amount);
    order->billerCode = billerCode;
    order->subproductCode = subproduct;
    return true;
}

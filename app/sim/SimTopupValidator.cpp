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

// What a /v2/topup body asks for, once its common fields have passed.
struct TopupFields
{
    QString refid;
    const SimProduct *product = nullptr;
    QString account;
    qint64 amount = 0;
    QString subproduct;
    QString icNumber;
    QString billerCode;
    QString ref2;
};

// The checks every product shares, in the order IIMMPACT reports them: refid, product,
// account, amount, extras. The first failing one is the rejection.
bool readCommonFields(const SimCatalogue &catalogue, const QJsonObject &body, TopupFields *f,
                      SimTopupValidator::Rejection *rejection)
{
    static const QRegularExpression refidShape(u"^[\\x21-\\x7E]{1,50}$"_s);
    static const QRegularExpression phone(u"^(01[0-9]{8,9}|60[0-9]{9,10})$"_s);
    static const QRegularExpression accountShape(u"^[A-Za-z0-9/-]{1,30}$"_s);

    f->refid = text(body, u"refid"_s);
    if (!refidShape.match(f->refid).hasMatch())
        return reject(rejection, 44, u"Invalid refid"_s);

    const QString productCode = text(body, u"product"_s);
    if (productCode.isEmpty())
        return reject(rejection, 44, u"The product field is required"_s);
    const SimProduct *product = catalogue.product(productCode);
    if (!product)
        return reject(rejection, 44, u"Invalid product"_s);
    if (!product->active)
        return reject(rejection, 45, u"Product is currently unavailable"_s);
    f->product = product;

    f->account = text(body, u"account"_s);
    if (f->account.isEmpty())
        return reject(rejection, 44, u"The account field is required"_s);
    if (product->isPhoneAccount() ? !phone.match(f->account).hasMatch()
                                  : !accountShape.match(f->account).hasMatch())
        return reject(rejection, 40, product->isPhoneAccount() ? u"Invalid mobile number"_s
                                                               : u"Invalid account number"_s);

    if (!body.contains(u"amount"_s))
        return reject(rejection, 44, u"The amount field is required"_s);
    f->amount = SimTopupValidator::parseAmount(body.value(u"amount"_s));
    if (f->amount <= 0)
        return reject(rejection, 44, u"Invalid amount"_s);

    const QJsonValue extrasValue = body.value(u"extras"_s);
    if (!extrasValue.isUndefined() && !extrasValue.isNull() && !extrasValue.isObject())
        return reject(rejection, 44, u"Invalid extras"_s);
    const QJsonObject extras = extrasValue.toObject();
    f->subproduct = text(extras, u"subproduct_code"_s);
    f->icNumber = text(extras, u"ic_number"_s);
    f->billerCode = text(extras, u"biller_code"_s);
    f->ref2 = text(extras, u"ref2"_s);
    return true;
}

bool checkOpenAmount(const TopupFields &f, SimTopupValidator::Rejection *rejection)
{
    const qint64 min = f.product->minAmount;
    const qint64 max = f.product->maxAmount;
    if (f.amount < min || f.amount > max)
        return reject(rejection, 58, u"Amount must be between RM %1 and RM %2"_s.arg(
                                         SimCatalogue::moneyText(min), SimCatalogue::moneyText(max)));
    return true;
}

// JomPAY limits are the biller's, not the product's.
bool checkJomPay(const SimCatalogue &catalogue, const TopupFields &f, SimTopupValidator::Rejection *rejection)
{
    if (f.billerCode.isEmpty())
        return reject(rejection, 44, u"The biller_code field is required"_s);
    const SimBiller *biller = catalogue.biller(f.billerCode);
    if (!biller)
        return reject(rejection, 44, u"The provided biller code is invalid"_s);
    if (f.icNumber.isEmpty())
        return reject(rejection, 44, u"The ic_number field is required"_s);
    if (biller->ref2Required && f.ref2.isEmpty())
        return reject(rejection, 44, u"Ref-2 is required"_s);
    if (f.amount < biller->minAmount || f.amount > biller->maxAmount)
        return reject(rejection, 58, u"The provided amount is invalid"_s);
    return true;
}

bool checkPtptn(const SimCatalogue &catalogue, const TopupFields &f, SimTopupValidator::Rejection *rejection)
{
    if (f.subproduct.isEmpty())
        return reject(rejection, 44, u"The subproduct_code field is required"_s);
    if (f.icNumber.isEmpty())
        return reject(rejection, 44, u"The ic_number field is required"_s);
    static const QStringList types{u"K"_s, u"U"_s, u"S"_s, u"SP"_s};
    if (!types.contains(f.subproduct))
        return reject(rejection, 44, u"Invalid subproduct code"_s);
    // Test accounts skip the IC link so that any PTPTN sale can be driven into any outcome.
    if (!SimTopupValidator::isTestAccount(f.account)) {
        bool linked = false;
        for (const SimPtptnAccount &a : catalogue.ptptnAccounts(f.icNumber))
            linked = linked || (a.accountNumber == f.account && a.subproductCode == f.subproduct);
        if (!linked)
            return reject(rejection, 40, u"Invalid account no"_s);
    }
    return checkOpenAmount(f, rejection);
}

// The plan decides the price, so the amount must be exactly the plan's.
bool checkDataPlan(const SimCatalogue &catalogue, const TopupFields &f, SimTopupValidator::Rejection *rejection)
{
    if (f.subproduct.isEmpty())
        return reject(rejection, 44, u"The subproduct_code field is required"_s);
    const QList<SimDataPlan> plans = catalogue.plansFor(f.product->code, f.account);
    const SimDataPlan *plan = nullptr;
    for (const SimDataPlan &p : plans) {
        if (p.code == f.subproduct)   // byte for byte: the long codes contain spaces
            plan = &p;
    }
    if (!plan)
        return reject(rejection, 44, u"Invalid subproduct code"_s);
    if (plan->price != f.amount)
        return reject(rejection, 61, u"Invalid denomination"_s);
    return true;
}

bool checkProductRules(const SimCatalogue &catalogue, const TopupFields &f,
                       SimTopupValidator::Rejection *rejection)
{
    switch (f.product->kind) {
    case SimProduct::Kind::JomPay:
        return checkJomPay(catalogue, f, rejection);
    case SimProduct::Kind::Ptptn:
        return checkPtptn(catalogue, f, rejection);
    case SimProduct::Kind::Data:
        return checkDataPlan(catalogue, f, rejection);
    case SimProduct::Kind::Bill:
        return checkOpenAmount(f, rejection);
    case SimProduct::Kind::Reload:
    case SimProduct::Kind::Voucher:
    case SimProduct::Kind::Esim:
        if (!f.product->denominations.contains(f.amount))
            return reject(rejection, 61, u"Invalid denomination"_s);
        return true;
    }
    return true;
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
    TopupFields f;
    if (!readCommonFields(m_catalogue, body, &f, rejection) || !checkProductRules(m_catalogue, f, rejection))
        return false;

    order->refid = f.refid;
    order->request = body;
    order->product = f.product;
    order->account = f.account;
    order->amount = f.amount;
    order->cost = f.product->costFor(f.amount);
    order->billerCode = f.billerCode;
    order->subproductCode = f.subproduct;
    return true;
}

#include "payment/ProductRules.h"
#include "journal/SaleRecord.h"

#include "validation/IdentityNumber.h"
#include "validation/InputText.h"
#include "validation/JomPay.h"
#include "validation/Money.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// JSON string literal (quotes included) for `s`, escaped exactly as QJsonDocument does.
QByteArray jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);   // strip [ ]
}

} // namespace

namespace {

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

// Always false, so that a normalising step can `return refuse(...)`.
bool refuse(SubmitError *error, const QString &field, const QString &message)
{
    if (error)
        *error = SubmitError{field, message};
    return false;
}

} // namespace

ProductRules::Family ProductRules::family(const QString &productCode)
{
    const QString code = productCode.trimmed().toUpper();
    if (code == QLatin1String("JOMPAY"))
        return Family::JomPay;
    if (code == QLatin1String("PTPTN"))
        return Family::Ptptn;
    static constexpr const char *mobileData[] = {"CEL", "DI", "HI", "UMI", "TI", "OXI", "YESI"};
    for (const char *m : mobileData) {
        if (code == QLatin1String(m))
            return Family::MobileData;
    }
    return Family::Other;
}

ProductRules::Family ProductRules::familyOf(const SaleRequest &request)
{
    return request.family != Family::Other ? request.family : family(request.product);
}

std::optional<SaleRequest> ProductRules::normalize(const SaleRequest &in, SubmitError *error)
{
    SaleRequest out;
    out.correctsRefid = in.correctsRefid;
    out.icIsPassport = in.icIsPassport;

    if (!normalizeProduct(in, out, error))
        return std::nullopt;
    const Family fam = familyOf(in);
    out.family = fam;
    // Short-circuit keeps the order of the checks: the first refused field is reported.
    if (!normalizeAccount(in, fam, out, error) || !normalizeAmount(in, out, error)
        || !normalizeSubproduct(in, fam, out, error) || !normalizeIc(in, fam, out, error)
        || !normalizeJomPayRefs(in, fam, out, error) || !normalizeRemarks(in, out, error))
        return std::nullopt;
    return out;
}

// Product code: IIMMPACT codes are upper-case letters and digits (D, TNB, CELCOM10).
bool ProductRules::normalizeProduct(const SaleRequest &in, SaleRequest &out, SubmitError *error)
{
    out.product = in.product.trimmed().toUpper();
    if (out.product.isEmpty())
        return refuse(error, QStringLiteral("product"), tr("Choose a product."));
    if (out.product.size() > MaxProductLength)
        return refuse(error, QStringLiteral("product"), tr("The product code is too long."));
    for (const QChar c : out.product) {
        if (!InputText::isAsciiUpper(c) && !InputText::isAsciiDigit(c) && c != u'_' && c != u'-')
            return refuse(error, QStringLiteral("product"),
                          tr("The product code may only hold letters A-Z, digits, '_' and '-'."));
    }
    return true;
}

// Account (JomPAY: Ref-1).
bool ProductRules::normalizeAccount(const SaleRequest &in, Family fam, SaleRequest &out,
                                    SubmitError *error)
{
    if (fam == Family::JomPay) {
        const ValidationResult r = JomPay::validateRef1(in.account);
        if (!r.ok)
            return refuse(error, QStringLiteral("account"), r.error);
        out.account = r.normalized;
        return true;
    }
    out.account = in.account.trimmed();
    if (out.account.isEmpty())
        return refuse(error, QStringLiteral("account"), tr("Enter the account or mobile number."));
    if (out.account.size() > MaxAccountLength || hasControl(out.account))
        return refuse(error, QStringLiteral("account"),
                      tr("The account number is too long or holds invisible characters."));
    return true;
}

bool ProductRules::normalizeAmount(const SaleRequest &in, SaleRequest &out, SubmitError *error)
{
    const ValidationResult r = Money::validateAmount(in.amount);
    if (!r.ok)
        return refuse(error, QStringLiteral("amount"), r.error);
    out.amount = r.normalized;
    return true;
}

// Sub-product: byte for byte (mobile-data plan names contain spaces); only a value that is
// nothing but white space counts as missing.
bool ProductRules::normalizeSubproduct(const SaleRequest &in, Family fam, SaleRequest &out,
                                       SubmitError *error)
{
    if (!in.subproduct.trimmed().isEmpty()) {
        if (hasControl(in.subproduct))
            return refuse(error, QStringLiteral("subproduct"),
                          tr("The sub-product code holds invisible characters."));
        out.subproduct = in.subproduct;
    } else if (needsSubproduct(fam)) {
        return refuse(error, QStringLiteral("subproduct"),
                      fam == Family::Ptptn ? tr("Choose the PTPTN account type (sub-product).")
                                           : tr("Choose the data plan (sub-product)."));
    }
    return true;
}

// IC / passport: mandatory for JomPAY (payer, AMLA) and PTPTN (recipient); validated when
// given for any other product so that nothing malformed is ever sent.
bool ProductRules::normalizeIc(const SaleRequest &in, Family fam, SaleRequest &out, SubmitError *error)
{
    if (needsIc(fam) || !in.icNumber.trimmed().isEmpty()) {
        const ValidationResult r = IdentityNumber::validate(in.icNumber, in.icIsPassport);
        if (!r.ok)
            return refuse(error, QStringLiteral("ic"), r.error);
        out.icNumber = r.normalized;
    }
    return true;
}

// JomPAY biller and Ref-2: required for JomPAY (biller only), validated when given otherwise.
bool ProductRules::normalizeJomPayRefs(const SaleRequest &in, Family fam, SaleRequest &out,
                                       SubmitError *error)
{
    if (needsBiller(fam) || !in.billerCode.trimmed().isEmpty()) {
        const ValidationResult r = JomPay::validateBiller(in.billerCode);
        if (!r.ok)
            return refuse(error, QStringLiteral("biller"), r.error);
        out.billerCode = r.normalized;
    }
    if (!in.ref2.trimmed().isEmpty()) {
        const ValidationResult r = JomPay::validateRef2(in.ref2, false);
        if (!r.ok)
            return refuse(error, QStringLiteral("ref2"), r.error);
        out.ref2 = r.normalized;
    }
    return true;
}

bool ProductRules::normalizeRemarks(const SaleRequest &in, SaleRequest &out, SubmitError *error)
{
    out.remarks = in.remarks.trimmed();
    if (out.remarks.size() > MaxRemarksLength || hasControl(out.remarks))
        return refuse(error, QStringLiteral("remarks"),
                      tr("The remarks are too long (at most %n characters).", nullptr,
                         MaxRemarksLength));
    return true;
}

QJsonObject ProductRules::extras(const SaleRequest &n)
{
    QJsonObject e;
    if (!n.subproduct.isEmpty())
        e.insert(QLatin1String("subproduct_code"), n.subproduct);
    if (!n.icNumber.isEmpty())
        e.insert(QLatin1String("ic_number"), n.icNumber);
    if (!n.billerCode.isEmpty())
        e.insert(QLatin1String("biller_code"), n.billerCode);
    if (!n.ref2.isEmpty())
        e.insert(QLatin1String("ref2"), n.ref2);
    return e;
}

SaleRequest ProductRules::requestFromRecord(const SaleRecord &record)
{
    SaleRequest r;
    r.product = record.product;
    r.account = record.account;
    r.amount = record.amount;
    r.subproduct = record.extras.value(QLatin1String("subproduct_code")).toString();
    r.icNumber = record.extras.value(QLatin1String("ic_number")).toString();
    r.billerCode = record.extras.value(QLatin1String("biller_code")).toString();
    r.ref2 = record.extras.value(QLatin1String("ref2")).toString();
    r.icIsPassport = !r.icNumber.isEmpty() && !IdentityNumber::validate(r.icNumber, false).ok;
    return r;
}

QByteArray ProductRules::requestBody(const QString &refid, const SaleRequest &n)
{
    QByteArray body;
    body.reserve(256);
    body += "{\"refid\":";
    body += jsonString(refid);
    body += ",\"product\":";
    body += jsonString(n.product);
    body += ",\"account\":";
    body += jsonString(n.account);
    body += ",\"amount\":";
    body += jsonString(n.amount);
    if (!n.remarks.isEmpty()) {
        body += ",\"remarks\":";
        body += jsonString(n.remarks);
    }
    const std::pair<const char *, const QString *> extras[] = {
        {"subproduct_code", &n.subproduct},
        {"biller_code", &n.billerCode},
        {"ref2", &n.ref2},
        {"ic_number", &n.icNumber},
    };
    bool first = true;
    for (const auto &[key, value] : extras) {
        if (value->isEmpty())
            continue;
        body += first ? ",\"extras\":{\"" : ",\"";
        first = false;
        body += key;
        body += "\":";
        body += jsonString(*value);
    }
    if (!first)
        body += '}';
    body += '}';
    return body;
}

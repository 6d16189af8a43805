#include "ProductCatalogue.h"

#include "validation/Money.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

bool flag(const QJsonObject &o, QLatin1StringView key, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == "true"_L1 || s == "1"_L1 || s == "yes"_L1)
            return true;
        if (s == "false"_L1 || s == "0"_L1 || s == "no"_L1)
            return false;
    }
    if (v.isDouble())
        return v.toDouble() != 0;
    return fallback;
}

// A catalogue amount (denomination, min_amount, max_amount) through Money's one reader; only
// amounts a cashier could sell count (more than zero, at most Money::MaxAmountSen).
std::optional<qint64> catalogueAmount(const QJsonValue &v)
{
    const std::optional<qint64> sen = Money::senFromApiValue(v);
    if (!sen || *sen <= 0 || *sen > Money::MaxAmountSen)
        return std::nullopt;
    return sen;
}

// "5,10,15" -> sen values; entries that are not amounts are dropped.
QList<qint64> amounts(const QString &csv)
{
    QList<qint64> out;
    const QStringList parts = csv.split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (const auto sen = catalogueAmount(QJsonValue(p)); sen && !out.contains(*sen))
            out.append(*sen);
    }
    return out;
}

} // namespace

std::optional<Product> ProductCatalogue::parseProduct(const QJsonObject &entry)
{
    Product p;
    p.code = text(entry, "product_code"_L1);
    if (p.code.isEmpty())
        return std::nullopt;
    p.name = text(entry, "product_name"_L1);
    if (p.name.isEmpty())
        p.name = p.code;
    p.remarks = text(entry, "product_remarks"_L1);
    p.accountLabel = text(entry, "account_label"_L1);
    p.keyboardType = text(entry, "keyboard_type"_L1);
    p.accountType = text(entry, "account_type"_L1);
    p.group = text(entry, "product_group"_L1);
    p.category = text(entry, "category"_L1);
    p.imageUrl = text(entry, "image_url"_L1);
    p.family = Product::familyFromGroup(p.group);
    const QString status = text(entry, "status"_L1);
    p.active = status.isEmpty() || status.compare("active"_L1, Qt::CaseInsensitive) == 0;
    p.hasSubproduct = flag(entry, "has_subproduct"_L1, false);
    p.refundable = flag(entry, "is_refundable"_L1, false);
    const QString dataType = text(entry, "denomination_data_type"_L1);
    p.integerDenominations = dataType.isEmpty() || dataType.compare("integer"_L1, Qt::CaseInsensitive) == 0;
    p.denominationsSen = amounts(text(entry, "denomination"_L1));
    p.commonDenominationsSen = amounts(text(entry, "common_denominations"_L1));
    // min_amount / max_amount: a number, a string, or a Money object {"amount": "10.00"}.
    p.minAmountSen = catalogueAmount(entry.value("min_amount"_L1));
    p.maxAmountSen = catalogueAmount(entry.value("max_amount"_L1));
    if (p.minAmountSen && p.maxAmountSen && *p.minAmountSen > *p.maxAmountSen)
        std::swap(p.minAmountSen, p.maxAmountSen);
    return p;
}

bool ProductCatalogue::parse(const QJsonObject &root)
{
    const QJsonValue data = root.value("data"_L1);
    if (!data.isArray()) {
        m_error = tr("The product list has no \"data\" array.");
        return false;
    }
    QList<Product> products;
    QHash<QString, qsizetype> byCode;
    int skipped = 0;
    int inactive = 0;
    const QJsonArray arr = data.toArray();
    products.reserve(arr.size());
    for (const QJsonValue &v : arr) {
        if (!v.isObject()) {
            ++skipped;
            continue;
        }
        auto p = parseProduct(v.toObject());
        if (!p) {
            ++skipped;
            continue;
        }
        if (!p->active) {
            ++inactive;
            continue;
        }
        if (byCode.contains(p->code)) {   // first one wins; a duplicate code is a catalogue fault
            ++skipped;
            continue;
        }
        byCode.insert(p->code, products.size());
        products.append(std::move(*p));
    }
    m_products = std::move(products);
    m_byCode = std::move(byCode);
    m_skipped = skipped;
    m_inactive = inactive;
    m_error.clear();
    return true;
}

const Product *ProductCatalogue::product(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &m_products.at(*it);
}

QList<Product> ProductCatalogue::productsIn(ProductFamily family) const
{
    QList<Product> out;
    for (const Product &p : m_products) {
        if (p.family == family)
            out.append(p);
    }
    return out;
}

QList<ProductFamily> ProductCatalogue::familiesPresent() const
{
    QList<ProductFamily> out;
    const auto all = Product::browserFamilies();
    for (ProductFamily f : all) {
        for (const Product &p : m_products) {
            if (p.family == f) {
                out.append(f);
                break;
            }
        }
    }
    return out;
}

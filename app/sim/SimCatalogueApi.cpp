#include "SimCatalogueApi.h"

#include "SimCatalogue.h"
#include "SimLedger.h"
#include "SimTopupValidator.h"
#include "Simulator.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QString item(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
}

QJsonObject moneyObject(qint64 sen)
{
    return QJsonObject{{u"amount"_s, SimCatalogue::moneyText(sen)}, {u"currency"_s, u"MYR"_s}};
}

QString ringgitList(const QList<qint64> &sen)
{
    QStringList parts;
    for (qint64 v : sen)
        parts.append(v % 100 == 0 ? QString::number(v / 100) : SimCatalogue::moneyText(v));
    return parts.join(u',');
}

QString imageUrl(const QString &code)
{
    return u"https://dashboard.iimmpact.com/img/%1.png"_s.arg(code);
}

QString slug(const QString &name)
{
    QString out;
    for (QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(c);
        else if (!out.endsWith(u'_'))
            out.append(u'_');
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    return out;
}

quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (char c : text.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

QJsonObject metadata(const QDateTime &nowUtc)
{
    return QJsonObject{{u"status_code"_s, 200},
                       {u"last_updated"_s, SimLedger::gmt8(nowUtc, u"dd-MM-yyyy HH:mm:ss"_s)}};
}

// Paging shared by /v2/options (meta) and /v2/subproducts (links.next).
struct Page
{
    int page = 1;
    int perPage = 0;
    int first = 0;
    int last = 0;       // exclusive
    int lastPage = 1;
};

Page pageOf(int total, int page, int perPage)
{
    Page p;
    p.perPage = perPage <= 0 ? qMax(1, total) : perPage;
    p.lastPage = qMax(1, (total + p.perPage - 1) / p.perPage);
    p.page = qBound(1, page, qMax(1, p.lastPage));
    p.first = qMin(total, (p.page - 1) * p.perPage);
    p.last = qMin(total, p.first + p.perPage);
    return p;
}

QList<const SimBiller *> filteredBillers(const SimCatalogue &catalogue, const QUrlQuery &query)
{
    const QString code = item(query, u"biller_code"_s);
    const QString search = item(query, u"search"_s);
    QList<const SimBiller *> out;
    if (!code.isEmpty()) {
        if (const SimBiller *b = catalogue.biller(code))
            out.append(b);
        return out;
    }
    out.reserve(catalogue.billers().size());
    for (const SimBiller &b : catalogue.billers()) {
        if (search.isEmpty() || b.code.contains(search) || b.name.contains(search, Qt::CaseInsensitive))
            out.append(&b);
    }
    return out;
}

// The simulator's own fields/fulfillment schema (README "Catalog"): IIMMPACT's is unpublished.
QJsonObject textField(const QString &id, const QString &label, bool required)
{
    return QJsonObject{{u"id"_s, id}, {u"type"_s, u"text"_s}, {u"label"_s, label}, {u"required"_s, required}};
}

QJsonObject amountField(const SimProduct &p)
{
    QJsonObject amount{{u"id"_s, u"amount"_s}, {u"label"_s, u"Amount"_s}, {u"required"_s, true}};
    if (p.isOpenAmount()) {
        amount.insert(u"type"_s, u"money"_s);
        amount.insert(u"min_amount"_s, moneyObject(p.minAmount));
        amount.insert(u"max_amount"_s, moneyObject(p.maxAmount));
    } else {
        amount.insert(u"type"_s, u"select"_s);
        amount.insert(u"options_source"_s, u"options"_s);
    }
    return amount;
}

// In the order a form asks for them: a field that depends on another comes after it.
QJsonArray catalogFields(const SimProduct &p)
{
    QJsonArray fields;
    if (p.kind == SimProduct::Kind::JomPay)
        fields.append(QJsonObject{{u"id"_s, u"biller"_s}, {u"type"_s, u"select"_s},
                                  {u"label"_s, u"Biller"_s}, {u"required"_s, true},
                                  {u"options_source"_s, u"options"_s}, {u"searchable"_s, true}});
    if (p.kind == SimProduct::Kind::Ptptn)
        fields.append(textField(u"ic_number"_s, u"IC Number"_s, true));
    fields.append(textField(u"account"_s, p.accountLabel, true));
    if (p.kind == SimProduct::Kind::JomPay) {
        fields.append(textField(u"ref2"_s, u"Ref-2"_s, false));
        fields.append(textField(u"ic_number"_s, u"Payer IC / Passport Number"_s, true));
    }
    if (p.kind == SimProduct::Kind::Data)
        fields.append(QJsonObject{{u"id"_s, u"plan"_s}, {u"type"_s, u"select"_s},
                                  {u"label"_s, u"Plan"_s}, {u"required"_s, true},
                                  {u"options_source"_s, u"options"_s},
                                  {u"depends_on"_s, QJsonArray{u"account"_s}}});
    if (p.kind == SimProduct::Kind::Ptptn)
        fields.append(QJsonObject{{u"id"_s, u"loan_account"_s}, {u"type"_s, u"select"_s},
                                  {u"label"_s, u"Account"_s}, {u"required"_s, true},
                                  {u"options_source"_s, u"options"_s},
                                  {u"depends_on"_s, QJsonArray{u"ic_number"_s}}});
    if (p.kind != SimProduct::Kind::Data)
        fields.append(amountField(p));
    return fields;
}

// How the field values become a /v2/topup body.
QJsonObject catalogFulfillment(const SimProduct &p)
{
    QJsonObject f{{u"product"_s, p.code}, {u"account"_s, u"{account}"_s}};
    f.insert(u"amount"_s, p.kind == SimProduct::Kind::Data ? u"{plan.price}"_s : u"{amount}"_s);
    if (p.kind == SimProduct::Kind::Data)
        f.insert(u"extras"_s, QJsonObject{{u"subproduct_code"_s, u"{plan}"_s}});
    else if (p.kind == SimProduct::Kind::JomPay)
        f.insert(u"extras"_s, QJsonObject{{u"biller_code"_s, u"{biller}"_s}, {u"ref2"_s, u"{ref2}"_s},
                                          {u"ic_number"_s, u"{ic_number}"_s}});
    else if (p.kind == SimProduct::Kind::Ptptn)
        f.insert(u"extras"_s, QJsonObject{{u"subproduct_code"_s, u"{loan_account}"_s},
                                          {u"ic_number"_s, u"{ic_number}"_s}});
    return f;
}

QJsonObject catalogProduct(const SimProduct &p)
{
    return QJsonObject{
        {u"code"_s, p.code}, {u"name"_s, p.name}, {u"display_name"_s, p.name},
        {u"product_type"_s, p.deliversPin() ? u"pin"_s
                            : p.kind == SimProduct::Kind::Bill || p.kind == SimProduct::Kind::JomPay
                                ? u"bill"_s : u"standard"_s},
        {u"image_url"_s, imageUrl(p.code)}, {u"processing_time"_s, u"instant"_s},
        {u"is_active"_s, p.active}, {u"group"_s, p.group}, {u"category"_s, p.category},
        {u"fields"_s, catalogFields(p)}, {u"fulfillment"_s, catalogFulfillment(p)},
        {u"pricing"_s, QJsonObject{{u"model"_s, u"percentage_discount"_s},
                                   {u"discount_rate"_s, p.discountPercent}}},
    };
}

// Groups and categories in the order their first product appears, so the tree follows the
// catalogue's order rather than a hash's.
class CatalogTree
{
public:
    void add(const SimProduct &p)
    {
        if (!m_groupOrder.contains(p.group))
            m_groupOrder.append(p.group);
        if (!m_categoryOrder[p.group].contains(p.category))
            m_categoryOrder[p.group].append(p.category);
        m_codesByCategory[p.group + u'\n' + p.category].append(p.code);
    }

    QJsonArray groups() const
    {
        QJsonArray groups;
        for (const QString &g : m_groupOrder) {
            QJsonArray categories;
            for (const QString &c : m_categoryOrder.value(g))
                categories.append(QJsonObject{
                    {u"id"_s, QString(u"cat_"_s + slug(g) + u'_' + slug(c))},
                    {u"name"_s, c},
                    {u"product_codes"_s, m_codesByCategory.value(QString(g + u'\n' + c))}});
            groups.append(QJsonObject{{u"id"_s, QString(u"grp_"_s + slug(g))}, {u"name"_s, g},
                                      {u"icon_url"_s, QString()}, {u"categories"_s, categories}});
        }
        return groups;
    }

private:
    QList<QString> m_groupOrder;
    QHash<QString, QList<QString>> m_categoryOrder;   // group -> categories
    QHash<QString, QJsonArray> m_codesByCategory;     // group + '\n' + category -> codes
};
}

SimCatalogueApi::SimCatalogueApi(const SimCatalogue &catalogue, QString interruptedProduct)
    : m_catalogue(catalogue)
    , m_interruptedProduct(std::move(interruptedProduct))
{
}

SimResponse SimCatalogueApi::productList() const
{
    QJsonArray rows;
    for (const SimProduct &p : m_catalogue.products()) {
        QJsonObject row{
            {u"status"_s, p.active ? u"Active"_s : u"Inactive"_s},
            {u"has_subproduct"_s, p.hasSubproduct},
            {u"product_code"_s, p.code},
            {u"product_name"_s, p.name},
            {u"product_remarks"_s, p.remarks},
            {u"account_label"_s, p.accountLabel},
            {u"keyboard_type"_s, p.isPhoneAccount() || p.kind == SimProduct::Kind::Bill
                                     ? u"Numeric"_s : u"Alphanumeric"_s},
            {u"denomination"_s, ringgitList(p.denominations)},
            {u"common_denominations"_s, ringgitList(p.commonDenominations)},
            {u"denomination_data_type"_s, p.isOpenAmount() ? u"Decimal"_s : u"Integer"_s},
            {u"denomination_currency"_s, u"MYR"_s},
            {u"product_group"_s, p.group},
            {u"category"_s, p.category},
            {u"image_url"_s, imageUrl(p.code)},
            {u"account_type"_s, p.accountType},
            {u"is_refundable"_s, p.refundable},
        };
        // Simulator extension (README): open-amount limits, which product-list does not publish.
        if (p.isOpenAmount() && p.kind != SimProduct::Kind::Data) {
            row.insert(u"min_amount"_s, SimCatalogue::moneyText(p.minAmount));
            row.insert(u"max_amount"_s, SimCatalogue::moneyText(p.maxAmount));
        }
        rows.append(row);
    }
    return SimResponse::json(200, QJsonObject{{u"data"_s, rows}});
}

SimResponse SimCatalogueApi::subproducts(const QUrlQuery &query, const QString &baseUrl) const
{
    const QString code = item(query, u"product_code"_s);
    if (code.isEmpty())
        return SimResponse::message(400, u"The product_code field is required"_s);
    const SimProduct *product = m_catalogue.product(code);
    if (!product)
        return SimResponse::message(404, u"Product not found"_s);
    const QString accountNumber = item(query, u"account_number"_s);

    QJsonArray rows;
    QJsonObject links;
    const auto row = [](const QString &subCode, const QString &display, const QJsonValue &denomination,
                        const QJsonValue &validity, const QString &description,
                        const QJsonValue &account, const QJsonValue &min, const QJsonValue &max) {
        return QJsonObject{{u"subproduct_code"_s, subCode}, {u"display_name"_s, display},
                           {u"denomination"_s, denomination}, {u"face_value"_s, denomination},
                           {u"validity"_s, validity}, {u"description"_s, description},
                           {u"account_number"_s, account}, {u"additional_description"_s, QJsonValue()},
                           {u"min"_s, min}, {u"max"_s, max}};
    };

    switch (product->kind) {
    case SimProduct::Kind::Data:
        if (accountNumber.isEmpty())
            return SimResponse::message(400, u"The account_number field is required"_s);
        for (const SimDataPlan &plan : m_catalogue.plansFor(code, accountNumber))
            rows.append(row(plan.code, plan.displayName, SimLedger::money(plan.price),
                            plan.validity, plan.code, QJsonValue(), QJsonValue(), QJsonValue()));
        break;
    case SimProduct::Kind::Ptptn:
        if (accountNumber.isEmpty())
            return SimResponse::message(400, u"The account_number field is required"_s);
        for (const SimPtptnAccount &a : m_catalogue.ptptnAccounts(accountNumber))
            rows.append(row(a.subproductCode, a.displayName, QJsonValue(), QJsonValue(),
                            a.description, a.accountNumber, QJsonValue(), QJsonValue()));
        break;
    case SimProduct::Kind::JomPay: {
        const QList<const SimBiller *> billers = filteredBillers(m_catalogue, query);
        // Legacy paging: blank limit = everything; links.next points at the following page.
        const Page p = pageOf(int(billers.size()), item(query, u"page"_s).toInt(),
                              item(query, u"limit"_s).toInt());
        for (int i = p.first; i < p.last; ++i) {
            const SimBiller &b = *billers.at(i);
            QJsonObject r = row(b.code, b.name, QJsonValue(), QJsonValue(), u"JomPAY"_s,
                                QJsonValue(), SimCatalogue::moneyText(b.minAmount),
                                SimCatalogue::moneyText(b.maxAmount));
            r.insert(u"ref2_required"_s, b.ref2Required);   // simulator extension
            rows.append(r);
        }
        QJsonValue next;
        if (p.page < p.lastPage) {
            QUrlQuery nextQuery(query);
            nextQuery.removeAllQueryItems(u"page"_s);
            nextQuery.addQueryItem(u"page"_s, QString::number(p.page + 1));
            next = QString(baseUrl + u"/v2/subproducts?"_s + nextQuery.toString(QUrl::FullyEncoded));
        }
        links.insert(u"next"_s, next);
        break;
    }
    default:
        break;
    }
    QJsonObject out{{u"message"_s, u"success"_s}, {u"data"_s, rows}};
    if (!links.isEmpty())
        out.insert(u"links"_s, links);
    return SimResponse::json(200, out);
}

SimResponse SimCatalogueApi::options(const QUrlQuery &query) const
{
    const QString code = item(query, u"product_code"_s);
    const QString field = item(query, u"field_id"_s);
    if (code.isEmpty() || field.isEmpty())
        return SimResponse::message(400, u"The product_code and field_id fields are required"_s);
    const SimProduct *product = m_catalogue.product(code);
    if (!product)
        return SimResponse::message(404, u"Product not found"_s);
    const QString accountNumber = item(query, u"account_number"_s);
    int perPage = item(query, u"limit"_s).toInt();
    if (perPage <= 0)
        perPage = item(query, u"per_page"_s).toInt();
    if (perPage <= 0)
        perPage = 100;
    perPage = qMin(perPage, 1000);
    const int page = item(query, u"page"_s).toInt();

    QList<QJsonObject> items;
    QList<const SimBiller *> billers;   // built lazily per page: there are 20,000 of them
    if (field == u"amount"_s) {
        if (product->isOpenAmount()) {
            items.append(QJsonObject{{u"code"_s, u"custom"_s}, {u"label"_s, u"Any amount"_s},
                                     {u"min_amount"_s, moneyObject(product->minAmount)},
                                     {u"max_amount"_s, moneyObject(product->maxAmount)}});
        } else {
            for (qint64 d : product->denominations)
                items.append(QJsonObject{{u"code"_s, QString::number(d / 100)},
                                         {u"label"_s, u"RM %1"_s.arg(d / 100)},
                                         {u"price"_s, moneyObject(d)},
                                         {u"cost"_s, moneyObject(product->costFor(d))}});
        }
    } else if (field == u"plan"_s && product->kind == SimProduct::Kind::Data) {
        if (accountNumber.isEmpty())
            return SimResponse::message(400, u"The account_number field is required"_s);
        for (const SimDataPlan &plan : m_catalogue.plansFor(code, accountNumber))
            items.append(QJsonObject{{u"code"_s, plan.code}, {u"label"_s, plan.code},
                                     {u"description"_s, plan.displayName},
                                     {u"price"_s, moneyObject(plan.price)},
                                     {u"cost"_s, moneyObject(product->costFor(plan.price))},
                                     {u"validity"_s, plan.validity}});
    } else if (field == u"biller"_s && product->kind == SimProduct::Kind::JomPay) {
        billers = filteredBillers(m_catalogue, query);
    } else if (field == u"loan_account"_s && product->kind == SimProduct::Kind::Ptptn) {
        if (accountNumber.isEmpty())
            return SimResponse::message(400, u"The account_number field is required"_s);
        for (const SimPtptnAccount &a : m_catalogue.ptptnAccounts(accountNumber))
            items.append(QJsonObject{{u"code"_s, a.subproductCode}, {u"label"_s, a.displayName},
                                     {u"description"_s, a.description},
                                     {u"account_number"_s, a.accountNumber}});
    } else {
        return SimResponse::message(400, u"Unknown field_id for this product"_s);
    }

    const bool isBillers = field == u"biller"_s;
    const int total = int(isBillers ? billers.size() : items.size());
    const Page p = pageOf(total, page, perPage);
    QJsonArray pageItems;
    for (int i = p.first; i < p.last; ++i) {
        if (!isBillers) {
            pageItems.append(items.at(i));
            continue;
        }
        const SimBiller *b = billers.at(i);
        pageItems.append(QJsonObject{{u"code"_s, b->code}, {u"label"_s, b->name},
                                     {u"min_amount"_s, moneyObject(b->minAmount)},
                                     {u"max_amount"_s, moneyObject(b->maxAmount)},
                                     {u"metadata"_s, QJsonObject{{u"ref2_required"_s, b->ref2Required}}}});
    }
    return SimResponse::json(200, QJsonObject{
        {u"product_code"_s, code},
        {u"field_id"_s, field},
        {u"items"_s, pageItems},
        {u"meta"_s, QJsonObject{{u"current_page"_s, p.page}, {u"last_page"_s, p.lastPage},
                                {u"per_page"_s, perPage}, {u"total"_s, total}}},
    });
}

SimResponse SimCatalogueApi::catalog(const QUrlQuery &query) const
{
    const QString only = item(query, u"product_code"_s);
    const QString activeFilter = item(query, u"is_active"_s).toLower();

    QJsonObject products;
    CatalogTree tree;
    for (const SimProduct &p : m_catalogue.products()) {
        if (!only.isEmpty() && p.code != only)
            continue;
        if ((activeFilter == u"true"_s && !p.active) || (activeFilter == u"false"_s && p.active))
            continue;
        products.insert(p.code, catalogProduct(p));
        tree.add(p);
    }
    return SimResponse::json(200, QJsonObject{{u"last_updated"_s, u"2025-01-07T00:00:00Z"_s},
                                              {u"tree"_s, QJsonObject{{u"groups"_s, tree.groups()}}},
                                              {u"products"_s, products}});
}

SimResponse SimCatalogueApi::billPresentment(const QUrlQuery &query, const QDateTime &nowUtc) const
{
    const QString account = item(query, u"account"_s);
    const QString code = item(query, u"product"_s);
    if (account.isEmpty() || code.isEmpty())
        return SimResponse::message(400, u"The account and product fields are required"_s);

    const auto answer = [&](const QJsonObject &data) {
        return SimResponse::json(200, QJsonObject{{u"data"_s, data}, {u"metadata"_s, metadata(nowUtc)}});
    };
    const auto invalid = [&](const QString &reason) {
        // error_message is given in both places the material disagrees on (API reference §6.1).
        QJsonObject out{{u"data"_s, QJsonObject{{u"message"_s, u"Invalid account no"_s},
                                                {u"error_message"_s, reason}}},
                        {u"error_message"_s, reason},
                        {u"metadata"_s, metadata(nowUtc)}};
        return SimResponse::json(200, out);
    };

    const SimProduct *product = m_catalogue.product(code);
    const bool billLike = product
        && (product->kind == SimProduct::Kind::Bill || product->kind == SimProduct::Kind::JomPay);
    if (!billLike)
        return answer(QJsonObject{{u"message"_s, u"Bill presentment is unavailable for this product"_s}});
    if (account == Simulator::presentmentUnavailableAccount())
        return answer(QJsonObject{{u"message"_s, u"Service unavailable. Please try again later"_s}});
    if (account == Simulator::invalidBillAccount() || account == u"60123450040"_s)
        return invalid(u"Invalid account no"_s);

    QString billerName = product->name;
    if (product->kind == SimProduct::Kind::JomPay) {
        const SimBiller *biller = m_catalogue.biller(item(query, u"biller_code"_s));
        if (!biller)
            return invalid(u"The provided biller code is invalid"_s);
        if (biller->ref2Required && item(query, u"ref2"_s).isEmpty())
            return invalid(u"Ref-2 is required"_s);
        const QString amountText = item(query, u"amount"_s);
        if (!amountText.isEmpty()) {
            const qint64 amount = SimTopupValidator::parseAmount(QJsonValue(amountText));
            if (amount < biller->minAmount || amount > biller->maxAmount)
                return invalid(u"The provided amount is invalid"_s);
        }
        billerName = biller->name;
    }

    static const char16_t *const given[] = {u"AHMAD BIN ALI", u"TAN AH KOW", u"SITI NURHALIZA BINTI OMAR",
                                            u"RAJESH A/L MUTHU", u"LIM MEI LING", u"NUR AISYAH BINTI HASSAN",
                                            u"WONG KAR WAI", u"MUHAMMAD FIRDAUS BIN ZAINAL"};
    static const char16_t *const streets[] = {u"JALAN CONTOH", u"JALAN SS 2/24", u"LORONG MAWAR 3",
                                              u"JALAN BUKIT BINTANG", u"PERSIARAN GURNEY"};
    const quint32 h = stableHash(code + u'|' + account);
    const qint64 outstanding = 1000 + qint64(h % 49000);
    return answer(QJsonObject{
        {u"message"_s, u"Account no is valid"_s},
        {u"BillerName"_s, billerName},
        {u"CustomerName"_s, QString::fromUtf16(given[h % std::size(given)])},
        {u"Outstanding"_s, SimLedger::money(outstanding)},
        {u"Balance"_s, u"0.00"_s},
        {u"Address"_s, u"NO %1 %2, 50000 KUALA LUMPUR"_s.arg((h >> 8) % 200 + 1)
                           .arg(QString::fromUtf16(streets[(h >> 16) % std::size(streets)]))},
    });
}

SimResponse SimCatalogueApi::networkStatus(const QUrlQuery &query, const QDateTime &nowUtc) const
{
    const QString code = item(query, u"product"_s);
    if (code.isEmpty())
        return SimResponse::message(400, u"The product field is required"_s);
    const SimProduct *product = m_catalogue.product(code);
    // FP always reports an interruption on IIMMPACT staging; it is not in this catalogue.
    if (!product && code != u"FP"_s)
        return SimResponse::message(404, u"Product not found"_s);
    const bool interrupted = code == u"FP"_s || code == m_interruptedProduct;
    return SimResponse::json(200, QJsonObject{
        {u"data"_s, QJsonObject{{u"product_code"_s, code},
                                {u"product_name"_s, product ? product->name : code},
                                {u"product_img"_s, imageUrl(code)},
                                {u"network_status"_s, interrupted ? u"Interruption"_s : u"Healthy"_s}}},
        {u"metadata"_s, metadata(nowUtc)}});
}

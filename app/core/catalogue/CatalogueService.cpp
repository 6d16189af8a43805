#include "CatalogueService.h"

#include "api/IimmpactClient.h"
#include "util/Log.h"
#include "validation/Money.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 StatusCacheSecs = 60;

// Amounts through Money's one reader (string, number or Money object), never via a double.
std::optional<qint64> sen(const QJsonValue &v, Money::SubSen subSen = Money::SubSen::Refuse)
{
    return Money::senFromApiValue(v, subSen);
}

QString str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

} // namespace

CatalogueService::CatalogueService(IimmpactClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

CatalogueService::~CatalogueService() = default;

template<typename F>
void CatalogueService::whenDone(ReadCall *call, F &&onFinished)
{
    call->setParent(this);   // deleting the service aborts what it still waits for
    connect(call, &ReadCall::finished, this,
            [call, f = std::forward<F>(onFinished)](const ApiReadResult &r) {
                call->deleteLater();
                f(r);
            });
}

QString CatalogueService::describeError(const ApiReadResult &result)
{
    if (!result.errorMessage.isEmpty())
        return result.errorMessage;
    if (result.httpStatus)
        return tr("The server answered HTTP %1.").arg(result.httpStatus);
    return tr("No answer from the server.");
}

void CatalogueService::refreshBalance()
{
    if (m_balanceInFlight)
        return;
    m_balanceInFlight = true;
    whenDone(m_client.balance(), [this](const ApiReadResult &r) {
        m_balanceInFlight = false;
        BalanceInfo b = r.ok ? parseBalance(r.json) : BalanceInfo{};
        if (!r.ok)
            b.error = describeError(r);
        if (b.ok)
            qCDebug(lcCatalogue) << "balance refreshed";
        else
            qCWarning(lcCatalogue).noquote() << "balance refresh failed:" << b.error;
        // keep the last good figure on screen when a refresh fails
        if (!b.ok && m_balance.balanceSen) {
            BalanceInfo stale = m_balance;
            stale.ok = false;
            stale.error = b.error;
            b = stale;
        }
        m_balance = b;
        emit balanceUpdated(m_balance);
    });
}

void CatalogueService::refreshProducts()
{
    if (m_productsInFlight)
        return;
    m_productsInFlight = true;
    whenDone(m_client.productList(), [this](const ApiReadResult &r) {
        m_productsInFlight = false;
        if (!r.ok) {
            qCWarning(lcCatalogue).noquote() << "product list refresh failed:" << describeError(r);
            emit catalogueFailed(describeError(r));
            return;
        }
        if (!m_catalogue.parse(r.json)) {
            qCWarning(lcCatalogue).noquote() << "product list unreadable:" << m_catalogue.errorString();
            emit catalogueFailed(m_catalogue.errorString());
            return;
        }
        qCInfo(lcCatalogue) << "product list refreshed:" << m_catalogue.count() << "products";
        emit catalogueUpdated();
    });
}

void CatalogueService::refreshBillers()
{
    if (m_billersInFlight)
        return;
    m_billersInFlight = true;
    whenDone(m_client.subproducts(u"JOMPAY"_s), [this](const ApiReadResult &r) {
        m_billersInFlight = false;
        if (!r.ok) {
            qCWarning(lcCatalogue).noquote() << "JomPAY biller list refresh failed:" << describeError(r);
            emit billersFailed(describeError(r));
            return;
        }
        const int count = m_billers.setFromJson(r.json);
        qCInfo(lcCatalogue) << "JomPAY biller list refreshed:" << count << "billers";
        emit billersUpdated(count);
    });
}

quint64 CatalogueService::lookupOptions(const QString &productCode, const QString &accountNumber)
{
    const quint64 id = m_nextId++;
    whenDone(m_client.subproducts(productCode, accountNumber), [this, id, productCode](const ApiReadResult &r) {
        if (!r.ok) {
            emit optionsReady(id, {}, describeError(r));
            return;
        }
        const QList<SubproductOption> options = parseOptions(r.json);
        for (const SubproductOption &o : options) {
            if (!o.label.trimmed().isEmpty())
                m_optionNames.insert(productCode + QLatin1Char('\n') + o.code, o.label.trimmed());
        }
        emit optionsReady(id, options, QString());
    });
    return id;
}

QString CatalogueService::optionName(const QString &productCode, const QString &optionCode) const
{
    return m_optionNames.value(productCode + QLatin1Char('\n') + optionCode);
}

quint64 CatalogueService::presentBill(const QString &product, const QString &account,
                                      const QString &billerCode, const QString &ref2,
                                      const QString &amount)
{
    const quint64 id = m_nextId++;
    whenDone(m_client.billPresentment(product, account, billerCode, ref2, amount),
             [this, id](const ApiReadResult &r) {
                 BillPresentment p;
                 if (r.ok) {
                     p = parsePresentment(r.json);
                 } else if (!r.json.isEmpty()) {
                     // a 4xx with a body still tells us why (e.g. "Ref-2 is required")
                     p = parsePresentment(r.json);
                     p.answered = false;
                 }
                 emit presentmentReady(id, p);
             });
    return id;
}

void CatalogueService::checkNetworkStatus(const QString &productCode)
{
    const auto it = m_status.constFind(productCode);
    if (it != m_status.constEnd() && it->checkedAt.isValid()
        && it->checkedAt.secsTo(QDateTime::currentDateTimeUtc()) < StatusCacheSecs) {
        emit networkStatusChanged(productCode, it->interrupted, it->reason);
        return;
    }
    if (m_statusInFlight.value(productCode))
        return;
    m_statusInFlight.insert(productCode, true);
    whenDone(m_client.networkStatus(productCode), [this, productCode](const ApiReadResult &r) {
        m_statusInFlight.remove(productCode);
        if (!r.ok) {
            qCDebug(lcCatalogue).noquote() << "network status of" << productCode << "unknown:" << describeError(r);
            return;   // unknown health is not an interruption: never block on it
        }
        const QJsonObject data = r.json.value("data"_L1).toObject();
        const QString status = str(data, "network_status"_L1);
        Status s;
        s.interrupted = status.compare("Interruption"_L1, Qt::CaseInsensitive) == 0;
        s.reason = str(data, "reason"_L1);
        if (s.reason.isEmpty())
            s.reason = str(data, "remarks"_L1);
        if (s.interrupted && s.reason.isEmpty())
            s.reason = tr("The provider reports a service interruption.");
        s.checkedAt = QDateTime::currentDateTimeUtc();
        const Status old = m_status.value(productCode);
        m_status.insert(productCode, s);
        if (old.interrupted != s.interrupted || old.reason != s.reason || !old.checkedAt.isValid()) {
            qCInfo(lcCatalogue).noquote() << "network status of" << productCode << ":"
                                          << (s.interrupted ? u"interrupted, "_s + s.reason : u"healthy"_s);
            emit networkStatusChanged(productCode, s.interrupted, s.reason);
        }
    });
}

bool CatalogueService::isInterrupted(const QString &productCode) const
{
    return m_status.value(productCode).interrupted;
}

QString CatalogueService::interruptionReason(const QString &productCode) const
{
    return m_status.value(productCode).reason;
}

BalanceInfo CatalogueService::parseBalance(const QJsonObject &root)
{
    BalanceInfo b;
    const QJsonObject data = root.value("data"_L1).toObject();
    // The wallet balance has 4 decimals (48.6333): shown to the sen, never rounded up.
    b.balanceSen = sen(data.value("balance"_L1), Money::SubSen::Truncate);
    if (!b.balanceSen) {
        b.error = tr("The balance answer has no balance.");
        return b;
    }
    b.ok = true;
    b.merchantName = str(data, "name"_L1);
    b.merchantAccount = str(data, "account"_L1);
    const QJsonValue access = data.value("access"_L1);
    if (access.isDouble())
        b.access = access.toInt();
    else if (access.isString() && !access.toString().trimmed().isEmpty())
        b.access = access.toString().trimmed().toInt();
    return b;
}

QList<SubproductOption> CatalogueService::parseOptions(const QJsonObject &root)
{
    QJsonArray arr = root.value("data"_L1).toArray();
    if (arr.isEmpty())
        arr = root.value("items"_L1).toArray();
    QList<SubproductOption> out;
    for (const QJsonValue &v : std::as_const(arr)) {
        const QJsonObject o = v.toObject();
        SubproductOption s;
        s.code = o.value("subproduct_code"_L1).toString();   // byte for byte: no trimming
        if (s.code.isEmpty())
            s.code = o.value("code"_L1).toString();
        if (s.code.isEmpty())
            continue;
        s.label = str(o, "display_name"_L1);
        if (s.label.isEmpty())
            s.label = str(o, "label"_L1);
        s.description = str(o, "description"_L1);
        s.validity = str(o, "validity"_L1);
        s.accountNumber = str(o, "account_number"_L1);
        s.priceSen = sen(o.value("denomination"_L1));
        if (!s.priceSen)
            s.priceSen = sen(o.value("face_value"_L1));
        if (!s.priceSen)
            s.priceSen = sen(o.value("price"_L1));
        s.minSen = sen(o.value("min"_L1));
        if (!s.minSen)
            s.minSen = sen(o.value("min_amount"_L1));
        s.maxSen = sen(o.value("max"_L1));
        if (!s.maxSen)
            s.maxSen = sen(o.value("max_amount"_L1));
        out.append(s);
    }
    return out;
}

BillPresentment CatalogueService::parsePresentment(const QJsonObject &root)
{
    BillPresentment p;
    const QJsonObject data = root.value("data"_L1).toObject();
    p.answered = !data.isEmpty();
    p.message = str(data, "message"_L1);
    p.errorMessage = str(data, "error_message"_L1);
    if (p.errorMessage.isEmpty())
        p.errorMessage = str(root, "error_message"_L1);
    const auto is = [](const QString &s, QLatin1StringView what) {
        return s.compare(what, Qt::CaseInsensitive) == 0;
    };
    p.accountValid = is(p.message, "Account no is valid"_L1);
    p.ref2Required = is(p.errorMessage, "Ref-2 is required"_L1) || is(p.message, "Ref-2 is required"_L1);
    p.blocksPayment = is(p.message, "Invalid account no"_L1) || p.ref2Required
        || is(p.errorMessage, "The provided biller code is invalid"_L1)
        || is(p.errorMessage, "Invalid account no"_L1);
    if (!p.accountValid)
        return p;   // decision table: only a valid account shows returned fields
    const auto add = [&](QLatin1StringView key, const QString &label) -> std::optional<QString> {
        const QString value = str(data, key);
        if (value.isEmpty())
            return std::nullopt;
        p.shownFields.append({label, value});
        return value;
    };
    p.billerName = add("BillerName"_L1, tr("Biller"));
    p.customerName = add("CustomerName"_L1, tr("Customer"));
    p.outstandingSen = sen(data.value("Outstanding"_L1));
    if (p.outstandingSen)
        p.shownFields.append({tr("Outstanding"), u"RM "_s + Product::formatSen(*p.outstandingSen)});
    add("Balance"_L1, tr("Account balance"));
    add("Data"_L1, tr("Data balance"));
    add("Address"_L1, tr("Address"));
    return p;
}

#pragma once

#include "BalanceInfo.h"
#include "BillPresentment.h"
#include "BillerIndex.h"
#include "ProductCatalogue.h"
#include "SubproductOption.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

class IimmpactClient;
class ReadCall;
struct ApiReadResult;

// The read side of IIMMPACT for the cashier screens: balance, product list, JomPAY billers,
// plans/accounts for a number, bill presentment and network status. It owns the parsed
// catalogue and biller index; widgets ask through these methods and hear back through the
// signals (they never see a network reply). Each per-customer lookup returns a request id
// that comes back with its answer, so a form can drop answers to questions it no longer asks.
class CatalogueService : public QObject
{
    Q_OBJECT
public:
    explicit CatalogueService(IimmpactClient &client, QObject *parent = nullptr);
    ~CatalogueService() override;

    const ProductCatalogue &catalogue() const { return m_catalogue; }
    const BillerIndex &billers() const { return m_billers; }
    const BalanceInfo &lastBalance() const { return m_balance; }

    void refreshBalance();
    void refreshProducts();
    void refreshBillers();          // JomPAY biller list (once per session is enough)

    // Data plans for a phone number (mobile data) or accounts for an IC (PTPTN).
    quint64 lookupOptions(const QString &productCode, const QString &accountNumber);
    quint64 presentBill(const QString &product, const QString &account,
                        const QString &billerCode = {}, const QString &ref2 = {},
                        const QString &amount = {});
    // Health of one product; answered from a 60 s cache when fresh.
    void checkNetworkStatus(const QString &productCode);
    // Last known status: true = Interruption. Unknown products are assumed healthy.
    bool isInterrupted(const QString &productCode) const;
    QString interruptionReason(const QString &productCode) const;
    // The name of a plan / account type this session's lookups listed for the product
    // (the label the cashier picked from); empty when no lookup listed that code. Receipts
    // print it next to the code the journal keeps.
    QString optionName(const QString &productCode, const QString &optionCode) const;

    // Parsers, public for the unit tests.
    static BalanceInfo parseBalance(const QJsonObject &root);
    static QList<SubproductOption> parseOptions(const QJsonObject &root);
    static BillPresentment parsePresentment(const QJsonObject &root);

signals:
    void balanceUpdated(const BalanceInfo &balance);
    void catalogueUpdated();
    void catalogueFailed(const QString &message);
    void billersUpdated(int count);
    void billersFailed(const QString &message);
    void optionsReady(quint64 requestId, const QList<SubproductOption> &options, const QString &error);
    void presentmentReady(quint64 requestId, const BillPresentment &presentment);
    void networkStatusChanged(const QString &productCode, bool interrupted, const QString &reason);

private:
    struct Status { bool interrupted = false; QString reason; QDateTime checkedAt; };
    template<typename F> void whenDone(ReadCall *call, F &&onFinished);
    static QString describeError(const ApiReadResult &result);

    IimmpactClient &m_client;
    ProductCatalogue m_catalogue;
    BillerIndex m_billers;
    BalanceInfo m_balance;
    QHash<QString, Status> m_status;
    QHash<QString, bool> m_statusInFlight;
    QHash<QString, QString> m_optionNames;   // product + '\n' + option code -> label
    bool m_productsInFlight = false;
    bool m_billersInFlight = false;
    bool m_balanceInFlight = false;
    quint64 m_nextId = 1;
};

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

class Clock;
class QHttpServerRequest;
class QTcpSocket;
class SimCatalogue;
class SimCatalogueApi;
class SimFaultPlan;
class SimHttpServer;
class SimLedger;
class SimSignatureVerifier;
class SimTopupValidator;
struct SimResponse;
struct SimTransaction;

// An in-process imitation of IIMMPACT API v2 (docs: app/sim/README.md). It is the demo /
// training backend (`kaunter --demo`), the standalone test server (`kaunter-sim`) and the
// test bed of every other part, so it behaves like the real service where the reference is
// known and injects the faults the payment engine must survive:
// - verifies API key + HMAC signatures with the same RequestSigner helpers as the client;
// - keeps an idempotent ledger per refid (Accepted -> Processing -> final on elapsed time);
// - forces the staging test accounts' failure codes and documented magic-account faults.
//
// Everything runs on the thread that owns the Simulator (the HTTP server's thread); the
// inspection methods must be called from that thread too.
class Simulator : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        DropAfterCommit,       // commit the transaction, then abort the socket without an answer
        LongDelay,             // commit, answer after Options::longDelayMs
        Html500,               // 500 with an HTML body (nothing committed)
        GatewayTimeout504,     // commit, then 504 with a gateway-style HTML body
        RateLimit429,          // 429 + Retry-After: 1 (nothing committed)
        MalformedJson,         // commit, then 200 with a truncated JSON body
        UnknownStatus,         // commit, then 200 with status "Pending" (not an IIMMPACT value)
        Redirect,              // 302 to <base>/v2/topup-moved (nothing committed)
        Unauthorized401Once,   // 401 invalid_signature although the signature is fine (nothing committed)
    };
    Q_ENUM(Fault)

    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;                    // 0 = ephemeral
        QByteArray apiKey = demoApiKey();
        QByteArray secretBase64 = demoSecretBase64();
        int acceptedMs = 1000;               // time a new transaction stays Accepted
        int processingMs = 2000;             // then Processing for this long, then final
        int longDelayMs = 35000;             // LongDelay fault
        double startingBalance = 5000.0;
        int clockSkewSecs = 300;             // signature timestamp window
        int billerCount = 20000;             // generated JomPAY billers (real ones included)
        const Clock *clock = nullptr;        // signature window and timestamps; nullptr = system
                                             // clock. Must outlive the Simulator.
    };

    static QByteArray demoApiKey();
    static QByteArray demoSecretBase64();

    // Fault names for --fault and the README: "drop", "delay", "html500", "504", "429",
    // "malformed", "unknown-status", "redirect", "401-once".
    static QString faultName(Fault fault);
    static std::optional<Fault> faultFromName(const QString &name);
    // The documented magic account (60123459001..) that injects `fault` on the first request
    // of a refid; empty for Fault::None.
    static QString faultAccount(Fault fault);
    // Other documented magic accounts.
    static QString refundLaterAccount();        // Succesful, then Refund (53) on a later query
    static QString stuckAccount();              // Accepted, then Processing for ever
    static QString invalidBillAccount();        // bill presentment: "Invalid account no"
    static QString presentmentUnavailableAccount();   // "Service unavailable. Please try again later"
    // The product whose /v2/networkstatus is "Interruption" (FP, as on IIMMPACT staging).
    static QString interruptedProduct();

    // Two constructors instead of `const Options &options = Options()`: GCC cannot use a
    // nested struct with member initialisers as a default argument inside its own class.
    explicit Simulator(QObject *parent = nullptr);
    explicit Simulator(const Options &options, QObject *parent = nullptr);
    ~Simulator() override;

    bool start(QString *error = nullptr);
    quint16 port() const;
    QUrl baseUrl() const;                    // "http://127.0.0.1:<port>" (no /v2)

    // Applies to transactions created afterwards; existing ones keep their timing.
    void setTiming(int acceptedMs, int processingMs);
    // Control setting: the next `count` POST /v2/topup requests (after authentication) get
    // `fault`. Fault::None clears the queue.
    void setNextFaults(Fault fault, int count = 1);
    // Voids a Succesful transaction: Refund (53), cost returned to the wallet.
    void refund(const QString &refid);
    void setBalance(double balance);
    // Control setting: after `answered` more authenticated GET /v2/transactions requests, the
    // next `count` answer 503 with an HTML page (a lookup that fails; with `answered` > 0, a list
    // that fails on a later page). 0 clears it.
    void setTransactionListUnavailable(int count, int answered = 0);

    // Control settings for reconciliation (tests and manual checks; never reachable over
    // HTTP): make IIMMPACT's records differ from a till's journal.
    // A Succesful transaction no till sent: listed by /v2/transactions, dated `when` (invalid:
    // now); an empty `refid` gives a row without a reference. The wallet is not charged.
    // Returns its trxid.
    QString addListedTransaction(const QString &refid, const QString &product, const QString &account,
                                 double amount, const QDateTime &when = QDateTime());
    // The transaction shows `status` ("Accepted", "Processing", "Succesful", "Failed" or
    // "Refund", /v2/topup's spelling) from now on, on /v2/topup and in the list, and no longer
    // advances. False when the refid or the status is unknown.
    bool setTransactionStatus(const QString &refid, const QString &status);
    // The amount IIMMPACT lists and answers for the transaction. False when the refid is unknown.
    bool setTransactionAmount(const QString &refid, double amount);
    // /v2/transactions leaves the transaction out (a re-query still finds it). False when the
    // refid is unknown.
    bool hideFromTransactionList(const QString &refid);

    // Inspection for tests.
    int transactionCount() const;                          // transactions created in the ledger
    int topupRequestCount(const QString &refid) const;     // authenticated POST /v2/topup for refid (incl. 400s)
    QList<QByteArray> topupBodies(const QString &refid) const;  // raw bodies as received, in order
    // Every POST /v2/topup that named refid, including those refused by authentication, such
    // as QNetworkAccessManager's silent resend (same nonce) after a dropped connection.
    int topupArrivalCount(const QString &refid) const;
    QString transactionStatus(const QString &refid) const; // "" if none
    double balance() const;
    int productCount() const;
    int billerCount() const;
    int pendingControlFaults() const;
    int transactionListRequestCount() const { return m_transactionListRequests; }   // authenticated GETs

signals:
    void topupReceived(const QString &refid);

private:
    void handleRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    void deliver(const QHttpServerRequest &request, QTcpSocket *socket, const SimResponse &response);
    SimResponse route(const QHttpServerRequest &request, const QString &path);
    SimResponse topup(const QHttpServerRequest &request);
    SimResponse processTopup(const QByteArray &body);
    SimResponse voucherPage(const QString &token);
    SimResponse indexPage() const;
    QString publicBase(const QHttpServerRequest &request) const;

    Options m_options;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    std::unique_ptr<SimCatalogue> m_catalogue;
    std::unique_ptr<SimCatalogueApi> m_catalogueApi;
    std::unique_ptr<SimTopupValidator> m_validator;
    std::unique_ptr<SimLedger> m_ledger;
    std::unique_ptr<SimSignatureVerifier> m_verifier;
    std::unique_ptr<SimFaultPlan> m_faults;
    SimHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    QString m_currentBase;                              // publicBase() of the request being handled
    QHash<QString, QList<QByteArray>> m_topupBodies;    // authenticated, per refid
    QHash<QString, int> m_topupArrivals;                // all, per refid
    int m_transactionListFaults = 0;
    int m_transactionListAnswersBeforeFaults = 0;
    int m_transactionListRequests = 0;
};

#pragma once

#include "ApiConfig.h"
#include "ApiTypes.h"
#include "RequestSigner.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#endif
#include <functional>
#include <memory>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

// What a topup call and a read call share: the reply in flight, the deadline that ends it,
// the configuration error of a call that never left, how often Qt put it on the wire, and
// "finished exactly once". Deleting a call aborts its request without a signal.
class ApiCall : public QObject
{
public:
    ~ApiCall() override;
    bool isFinished() const { return m_finished; }
    // How often Qt put the request on the wire (QNetworkReply::requestSent). 2 means Qt
    // silently re-sent the identical request (same nonce) after the server closed the
    // connection: a 401/403 answer is then most likely the replay check refusing the repeat,
    // so the call reports Unknown instead of AuthError.
    int sendCount() const { return m_sendCount; }

protected:
    explicit ApiCall(QObject *parent);
    // Marks the call finished and stops its deadline; false when it already was (the caller
    // then emits nothing).
    bool markFinished();
    // Stops the request without telling anyone (abort(), the deadline, the destructor).
    void releaseReply();

    friend class IimmpactClient;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    QString m_configError;        // set for a call that never left (ConfigError pending)
    bool m_finished = false;
    int m_sendCount = 0;
};

// One in-flight /v2/topup exchange. Emits finished() exactly once (also after abort(), with
// kind Unknown: an aborted payment call's outcome is unknown, never Failed). Owned by the
// caller, who deletes it (deleteLater) after finished(); it is parented to the client only
// as a safety net. Deleting it aborts the request without emitting finished().
//
// abort() emits finished() synchronously, before it returns. A call made with a bad
// configuration that is aborted before its queued ConfigError finishes with ConfigError:
// nothing was sent.
class TopupCall : public ApiCall
{
    Q_OBJECT
public:
    void abort();
    const QByteArray &body() const { return m_body; }
    // True once requestSent() was emitted: bytes reached the socket, so the server may have
    // the transaction even when no answer comes back.
    bool wasSent() const { return sendCount() > 0; }

signals:
    void finished(const TopupOutcome &outcome);
    // The request's bytes have been handed to the socket (QNetworkReply::requestSent, which
    // Qt 6.4 has). Emitted at most once per call, even when Qt silently re-sends the POST on
    // a fresh connection. Never emitted when the connection could not be made.
    void requestSent();

private:
    friend class IimmpactClient;
    explicit TopupCall(QByteArray body, QObject *parent);
    void finish(TopupOutcome outcome);
    void markSent();
    QByteArray m_body;
};

// One in-flight read call. Emits finished() exactly once (abort(): synchronously, with
// errorKind Unknown); deleting it aborts without emitting. Owned by the caller like TopupCall.
class ReadCall : public ApiCall
{
    Q_OBJECT
public:
    void abort();

signals:
    void finished(const ApiReadResult &result);

private:
    friend class IimmpactClient;
    explicit ReadCall(QObject *parent);
    void finish(ApiReadResult result);
};

// Typed, asynchronous access to IIMMPACT API v2. It knows HTTP and JSON, not sales: the
// payment engine decides what an outcome means for the journal.
//
// Transport choices (why):
// - HTTP/1.1 only (Http2AllowedAttribute false): one request per connection attempt is
//   easier to reason about for a non-idempotent-looking POST, and IIMMPACT gains nothing
//   from multiplexing at a counter's request rate. It also keeps the simulator (plain
//   HTTP/1.1 on loopback) and production on the same code path.
// - No redirects (ManualRedirectPolicy): a 3xx on a payment is an Unknown outcome; following
//   it could re-POST the body somewhere else.
// - Every call has a transfer timeout (QNetworkRequest::setTransferTimeout, an inactivity
//   limit) and an overall deadline timer of the same length; the caller may pass a shorter
//   one (the payment's remaining deadline). Whichever fires first ends the call: Unknown.
// - TLS errors are never ignored (the TLS-error override is never called); an optional CA bundle
//   (ApiConfig::caBundlePath) is added to the system CAs. Builds without SSL skip it.
// - QNetworkAccessManager (6.4) silently resends a POST once, same nonce, if the server closes
//   the connection after reading it; the engine and server idempotency (same refid) absorb
//   that. A 401/403 answer to such a resend is reported as Unknown (see sendCount()).
// - Every HTTP request is signed afresh (new timestamp and nonce). The canonical query is
//   built from the decoded pairs; on the wire every key and value is fully percent-encoded
//   (also '+', '&', '=', '%'), so a server decoding the query gets exactly what was signed.
class IimmpactClient : public QObject
{
    Q_OBJECT
public:
    IimmpactClient(QNetworkAccessManager *nam, const Clock &clock, QObject *parent = nullptr);
    ~IimmpactClient() override;

    // Replaces the configuration. configError() is empty when usable.
    void setConfig(const ApiConfig &config);
    const ApiConfig &config() const { return m_config; }
    QString configError() const { return m_configError; }

    // POST /v2/topup with exactly these body bytes. timeoutMs <= 0 uses the configured
    // transfer timeout. With a bad configuration the returned call finishes (queued) with
    // ConfigError and nothing is sent.
    TopupCall *topup(const QByteArray &body, int timeoutMs = 0);

    ReadCall *balance();
    ReadCall *productList();
    ReadCall *catalog(const QString &productCode = {});
    ReadCall *options(const QString &productCode, const QString &fieldId,
                      const QString &accountNumber = {}, const QString &billerCode = {});
    ReadCall *subproducts(const QString &productCode, const QString &accountNumber = {});
    ReadCall *billPresentment(const QString &product, const QString &account,
                              const QString &billerCode = {}, const QString &ref2 = {},
                              const QString &amount = {});
    ReadCall *networkStatus(const QString &product);
    ReadCall *transactions(const RequestSigner::QueryItems &query);   // limit, date, status...

    // What each exchange means is decided by ReplyClassifier (pure, unit-tested).

    // <base>/v2/<endpoint>?<query>, every key and value fully percent-encoded so that the
    // decoded query equals `query` (what RequestSigner signs).
    static QUrl endpointUrl(const QUrl &base, const QString &endpoint,
                            const RequestSigner::QueryItems &query);

private:
    // What one finished reply delivered, read once for both call types.
    struct Exchange
    {
        int httpStatus = 0;
        bool transportError = false;
        bool timedOut = false;
        QString transportName;    // the QNetworkReply error's name, for a transport failure
        QByteArray body;
        QByteArray contentType;
        QByteArray retryAfter;
    };
    // Sends nothing when the configuration is bad: `configError` runs on the next event loop
    // pass (never inside the call that returned `call`). Else puts `reply` under `call` with
    // its deadline: `answered` runs once with the exchange, or `abandoned` when the deadline
    // comes first. Logs both, redacted.
    void track(ApiCall *call, QNetworkReply *reply, int timeoutMs, const QByteArray &what,
               std::function<void(const Exchange &)> answered, std::function<void()> abandoned);
    bool finishWithConfigError(ApiCall *call, std::function<void()> report);
    ReadCall *get(const QString &path, const RequestSigner::QueryItems &query);
    QNetworkReply *send(const QByteArray &method, const QString &path,
                        const RequestSigner::QueryItems &query, const QByteArray &body, int timeoutMs);
    void applyTls(QNetworkRequest &request) const;

    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
    ApiConfig m_config;
    QString m_configError;
    std::unique_ptr<RequestSigner> m_signer;
#if QT_CONFIG(ssl)
    QList<QSslCertificate> m_extraCas;   // from caBundlePath, loaded once per setConfig()
#endif
};

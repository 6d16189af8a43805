#pragma once

#include "ApiConfig.h"
#include "ApiTypes.h"
#include "RequestSigner.h"

#include <QObject>
#include <QPointer>
#include <memory>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;

// One in-flight /v2/topup exchange. Emits finished() exactly once (also after abort(), with
// kind Unknown: an aborted payment call's outcome is unknown, never Failed). Owned by the
// caller; deleting it aborts the request.
class TopupCall : public QObject
{
    Q_OBJECT
public:
    ~TopupCall() override;
    void abort();
    const QByteArray &body() const { return m_body; }
    bool isFinished() const { return m_finished; }

signals:
    void finished(const TopupOutcome &outcome);
    // The request's bytes have been handed to the socket (first byte on the wire or close to it).
    void requestSent();

private:
    friend class IimmpactClient;
    explicit TopupCall(QByteArray body, QObject *parent);
    void finish(TopupOutcome outcome);
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    bool m_finished = false;
};

// One in-flight read call. Emits finished() exactly once; deleting it aborts.
class ReadCall : public QObject
{
    Q_OBJECT
public:
    ~ReadCall() override;
    void abort();

signals:
    void finished(const ApiReadResult &result);

private:
    friend class IimmpactClient;
    explicit ReadCall(QObject *parent);
    void finish(ApiReadResult result);
    QPointer<QNetworkReply> m_reply;
    bool m_finished = false;
};

// Typed, asynchronous access to IIMMPACT API v2. It knows HTTP and JSON, not sales: the
// payment engine decides what an outcome means for the journal.
//
// Transport choices (why):
// - HTTP/1.1 only (Http2AllowedAttribute false): one request per connection attempt is
//   easier to reason about for a non-idempotent-looking POST, and IIMMPACT gains nothing
//   from multiplexing at a counter's request rate.
// - No redirects (ManualRedirectPolicy): a 3xx on a payment is an Unknown outcome; following
//   it could re-POST the body somewhere else.
// - Every call has a transfer timeout; the caller may pass a shorter one (remaining deadline).
// - TLS errors are never ignored; an optional CA bundle is added to the system CAs.
// - QNetworkAccessManager may silently resend a POST once if the server closes the connection
//   after reading it; the engine and server idempotency (same refid) absorb that.
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

    // Pure classification of one /v2/topup HTTP exchange (unit-tested without a network).
    // sentBody is used to check that the echoed refid/product/account/amount match.
    static TopupOutcome classifyTopup(int httpStatus, bool transportError, bool timedOut,
                                      const QByteArray &contentType, const QByteArray &responseBody,
                                      const QByteArray &retryAfterHeader, const QByteArray &sentBody);
    // Parses a `data` object; nullopt when it is not a transaction object.
    static std::optional<TopupData> parseTopupData(const QJsonObject &data);

private:
    ReadCall *get(const QString &path, const RequestSigner::QueryItems &query);
    QNetworkReply *send(const QByteArray &method, const QString &path,
                        const RequestSigner::QueryItems &query, const QByteArray &body, int timeoutMs);

    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
    ApiConfig m_config;
    QString m_configError;
    std::unique_ptr<RequestSigner> m_signer;
};

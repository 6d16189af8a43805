#include "IimmpactClient.h"
#include "ReplyClassifier.h"

#include "util/Clock.h"
#include "util/Log.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// How much later than a call's own deadline Qt's transfer timer ends it (a backstop only).
constexpr int TransferTimeoutGraceMs = 1000;

// Qt turns some HTTP statuses into QNetworkReply errors; those are answers, not transport
// failures, and the status code decides. Everything else with an error (refused, reset,
// closed mid-body, TLS, proxy...) is a transport failure.
bool isTransportError(QNetworkReply::NetworkError error, int httpStatus)
{
    if (error == QNetworkReply::NoError)
        return false;
    if (httpStatus <= 0)
        return true;
    switch (error) {
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return false;
    default:
        return true;
    }
}

// A diagnostic that names the failure without QNetworkReply::errorString(), which embeds the
// URL and therefore query values such as account or IC numbers that must not reach logs.
QString errorName(QNetworkReply::NetworkError error)
{
    const char *key = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return key ? QString::fromLatin1(key) : QString::number(int(error));
}

// One answer for the log: status, transport error name, time, and the body only through Redact.
void logAnswer(const char *what, int httpStatus, QNetworkReply::NetworkError error, qint64 ms,
               const QByteArray &body)
{
    qCDebug(lcApi).noquote().nospace()
        << what << " answer: HTTP " << httpStatus
        << (error == QNetworkReply::NoError ? QString() : u" ("_s + errorName(error) + u')')
        << " in " << ms << " ms, body " << Redact::body(body);
}

// Applies the same timing rules to every reply: the overall deadline timer and Qt's transfer
// (inactivity) timeout both end the call; Qt reports its own timeout as OperationCanceled.
bool replyTimedOut(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// TopupCall / ReadCall

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
{
}

ApiCall::~ApiCall()
{
    // Deleting aborts without emitting: the owner is gone or no longer interested.
    releaseReply();
}

void ApiCall::releaseReply()
{
    QNetworkReply *r = m_reply;
    m_reply = nullptr;
    if (!r)
        return;
    r->disconnect(this);
    r->abort();
    r->deleteLater();
}

bool ApiCall::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
    return true;
}

TopupCall::TopupCall(QByteArray body, QObject *parent)
    : ApiCall(parent)
    , m_body(std::move(body))
{
}

void TopupCall::abort()
{
    if (isFinished())
        return;
    TopupOutcome outcome;
    if (!m_configError.isEmpty()) {
        outcome.kind = TopupOutcomeKind::ConfigError;
        outcome.message = m_configError;
    } else {
        outcome.kind = TopupOutcomeKind::Unknown;
        outcome.message = tr("The payment request was cancelled; its outcome is unknown.");
    }
    releaseReply();
    finish(std::move(outcome));
}

void TopupCall::finish(TopupOutcome outcome)
{
    if (markFinished())
        emit finished(outcome);
}

void TopupCall::markSent()
{
    if (++m_sendCount == 1)
        emit requestSent();
}

ReadCall::ReadCall(QObject *parent)
    : ApiCall(parent)
{
}

void ReadCall::abort()
{
    if (isFinished())
        return;
    ApiReadResult result;
    if (!m_configError.isEmpty()) {
        result.errorKind = TopupOutcomeKind::ConfigError;
        result.errorMessage = m_configError;
    } else {
        result.errorKind = TopupOutcomeKind::Unknown;
        result.errorMessage = tr("The request was cancelled.");
    }
    releaseReply();
    finish(std::move(result));
}

void ReadCall::finish(ApiReadResult result)
{
    if (markFinished())
        emit finished(result);
}

// ---------------------------------------------------------------------------------------------
// IimmpactClient

IimmpactClient::IimmpactClient(QNetworkAccessManager *nam, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
{
    setConfig(ApiConfig());
}

IimmpactClient::~IimmpactClient() = default;

void IimmpactClient::setConfig(const ApiConfig &config)
{
    m_config = config;
    m_signer.reset();
#if QT_CONFIG(ssl)
    m_extraCas.clear();
#endif
    m_configError = config.validate();
    if (!m_configError.isEmpty())
        return;
#if QT_CONFIG(ssl)
    if (!config.caBundlePath.isEmpty()) {
        m_extraCas = QSslCertificate::fromPath(config.caBundlePath, QSsl::Pem,
                                               QSslCertificate::PatternSyntax::FixedString);
        if (m_extraCas.isEmpty()) {
            m_configError = tr("KAUNTER_CA_BUNDLE / CA bundle \"%1\" holds no PEM certificate")
                                .arg(config.caBundlePath);
            return;
        }
    }
#endif
    // Keys never contain white space; a trailing newline from a file or variable would
    // otherwise make every request fail with "API key not found".
    m_signer = std::make_unique<RequestSigner>(config.apiKey.trimmed(), config.secretBase64, m_clock);
}

bool IimmpactClient::finishWithConfigError(ApiCall *call, std::function<void()> report)
{
    if (m_signer)
        return false;
    // Finish later, never inside topup()/get(): the caller connects after we return.
    call->m_configError = m_configError;
    QMetaObject::invokeMethod(call, std::move(report), Qt::QueuedConnection);
    return true;
}

void IimmpactClient::track(ApiCall *call, QNetworkReply *reply, int timeoutMs, const QByteArray &what,
                           std::function<void(const Exchange &)> answered, std::function<void()> abandoned)
{
    QElapsedTimer timer;
    timer.start();
    call->m_reply = reply;
    connect(reply, &QNetworkReply::finished, call, [call, reply, timer, what, answered] {
        if (call->m_reply != reply)
            return;
        call->m_reply = nullptr;
        reply->deleteLater();
        Exchange x;
        x.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        x.timedOut = replyTimedOut(error);
        x.transportError = !x.timedOut && isTransportError(error, x.httpStatus);
        if (x.transportError)
            x.transportName = errorName(error);
        x.body = reply->readAll();
        x.contentType = reply->rawHeader("Content-Type");
        x.retryAfter = reply->rawHeader("Retry-After");
        logAnswer(what.constData(), x.httpStatus, error, timer.elapsed(), x.body);
        answered(x);
    });
    call->m_deadline = new QTimer(call);
    call->m_deadline->setSingleShot(true);
    // Precise: a coarse timer may fire up to 5% early, and a deadline the caller was promised
    // (kaunter pay --deadline 1) must not end the call before it is due.
    call->m_deadline->setTimerType(Qt::PreciseTimer);
    connect(call->m_deadline, &QTimer::timeout, call, [call, timer, what, abandoned] {
        qCDebug(lcApi).noquote() << what << ": no answer within" << timer.elapsed() << "ms; abandoned";
        call->releaseReply();
        abandoned();
    });
    call->m_deadline->start(timeoutMs);
}

TopupCall *IimmpactClient::topup(const QByteArray &body, int timeoutMs)
{
    auto *call = new TopupCall(body, this);
    if (finishWithConfigError(call, [call] {
            TopupOutcome outcome;
            outcome.kind = TopupOutcomeKind::ConfigError;
            outcome.message = call->m_configError;
            call->finish(std::move(outcome));
        }))
        return call;

    const int timeout = timeoutMs > 0 ? timeoutMs : m_config.transferTimeoutMs;
    QNetworkReply *reply = send("POST", QStringLiteral("topup"), {}, body, timeout);
    connect(reply, &QNetworkReply::requestSent, call, &TopupCall::markSent);
    track(call, reply, timeout, "POST /v2/topup", [call](const Exchange &x) {
        TopupOutcome outcome = ReplyClassifier::classifyTopup(x.httpStatus, x.transportError, x.timedOut,
                                                              x.contentType, x.body, x.retryAfter, call->m_body);
        if (x.transportError)
            outcome.message += u" ("_s + x.transportName + u')';
        if (call->sendCount() > 1 && outcome.kind == TopupOutcomeKind::AuthError) {
            // Qt re-sent the POST with the same nonce after the first connection closed; the
            // first copy may have created the transaction. The refusal says nothing about it.
            outcome.kind = TopupOutcomeKind::Unknown;
            outcome.message = tr("The network layer repeated the request and the repeat was "
                                 "refused (%1); the payment outcome is unknown.").arg(outcome.message);
        }
        call->finish(std::move(outcome));
    }, [call] { call->finish(ReplyClassifier::classifyTopup(0, false, true, {}, {}, {}, call->m_body)); });
    return call;
}

ReadCall *IimmpactClient::get(const QString &path, const RequestSigner::QueryItems &query)
{
    auto *call = new ReadCall(this);
    if (finishWithConfigError(call, [call] {
            ApiReadResult result;
            result.errorKind = TopupOutcomeKind::ConfigError;
            result.errorMessage = call->m_configError;
            call->finish(std::move(result));
        }))
        return call;

    const int timeout = m_config.readTimeoutMs > 0 ? m_config.readTimeoutMs : 15000;
    QNetworkReply *reply = send("GET", path, query, {}, timeout);
    connect(reply, &QNetworkReply::requestSent, call, [call] { ++call->m_sendCount; });
    track(call, reply, timeout, "GET /v2/" + path.toUtf8(), [call](const Exchange &x) {
        ApiReadResult result = ReplyClassifier::classifyRead(x.httpStatus, x.transportError, x.timedOut,
                                                             x.body, x.retryAfter);
        if (x.transportError)
            result.errorMessage += u" ("_s + x.transportName + u')';
        if (call->sendCount() > 1 && result.errorKind == TopupOutcomeKind::AuthError) {
            result.errorKind = TopupOutcomeKind::Unknown;   // refused replay, see TopupCall
            result.errorMessage = tr("The network layer repeated the request and the repeat "
                                     "was refused (%1).").arg(result.errorMessage);
        }
        call->finish(std::move(result));
    }, [call] { call->finish(ReplyClassifier::classifyRead(0, false, true, {}, {})); });
    return call;
}

QNetworkReply *IimmpactClient::send(const QByteArray &method, const QString &path,
                                    const RequestSigner::QueryItems &query, const QByteArray &body,
                                    int timeoutMs)
{
    QNetworkRequest request(endpointUrl(m_config.baseUrl, path, query));
    // Signed per HTTP request: a re-query of the same refid gets a new timestamp and nonce.
    const RequestSigner::Headers h = m_signer->sign(method, query, body);
    request.setRawHeader("X-Api-Key", h.apiKey);
    request.setRawHeader("X-Timestamp", h.timestamp);
    request.setRawHeader("X-Nonce", h.nonce);
    request.setRawHeader("X-Signature", h.signature);
    // Sent on GET too, as IIMMPACT's quickstart does.
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Kaunter/" KAUNTER_VERSION);
    if (lcApi().isDebugEnabled()) {
        // Never the URL as such: its query holds account and IC numbers (Redact::query masks).
        QList<QPair<QByteArray, QByteArray>> sent;
        for (const QByteArray &name : request.rawHeaderList())
            sent.append({name, request.rawHeader(name)});
        qCDebug(lcApi).noquote().nospace()
            << method << " /v2/" << path << (query.isEmpty() ? QString() : u'?' + Redact::query(query))
            << " sent; headers " << Redact::headers(sent) << "; body " << Redact::body(body);
    }

    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // Only a backstop: the call's own precise deadline (track()) ends it on time. Qt's
    // transfer timer is coarse and could otherwise end it up to 5% early.
    request.setTransferTimeout(timeoutMs + TransferTimeoutGraceMs);
    applyTls(request);

    if (method == "POST")
        return m_nam->post(request, body);
    return m_nam->get(request);
}

void IimmpactClient::applyTls(QNetworkRequest &request) const
{
#if QT_CONFIG(ssl)
    if (m_extraCas.isEmpty())
        return;
    // Added to, not replacing, the system CAs; peer verification stays on (the default).
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(m_extraCas);
    request.setSslConfiguration(ssl);
#else
    Q_UNUSED(request);
#endif
}

// --- typed reads -----------------------------------------------------------------------------

namespace {
void addIfSet(RequestSigner::QueryItems &query, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        query.append({key, value});
}
} // namespace

ReadCall *IimmpactClient::balance()
{
    return get(QStringLiteral("balance"), {});
}

ReadCall *IimmpactClient::productList()
{
    return get(QStringLiteral("product-list"), {});
}

ReadCall *IimmpactClient::catalog(const QString &productCode)
{
    RequestSigner::QueryItems q;
    addIfSet(q, QStringLiteral("product_code"), productCode);
    return get(QStringLiteral("catalog"), q);
}

ReadCall *IimmpactClient::options(const QString &productCode, const QString &fieldId,
                                  const QString &accountNumber, const QString &billerCode)
{
    RequestSigner::QueryItems q{{QStringLiteral("product_code"), productCode},
                                {QStringLiteral("field_id"), fieldId}};
    addIfSet(q, QStringLiteral("account_number"), accountNumber);
    addIfSet(q, QStringLiteral("biller_code"), billerCode);
    return get(QStringLiteral("options"), q);
}

ReadCall *IimmpactClient::subproducts(const QString &productCode, const QString &accountNumber)
{
    RequestSigner::QueryItems q{{QStringLiteral("product_code"), productCode}};
    addIfSet(q, QStringLiteral("account_number"), accountNumber);
    return get(QStringLiteral("subproducts"), q);
}

ReadCall *IimmpactClient::billPresentment(const QString &product, const QString &account,
                                          const QString &billerCode, const QString &ref2,
                                          const QString &amount)
{
    RequestSigner::QueryItems q{{QStringLiteral("account"), account},
                                {QStringLiteral("product"), product}};
    addIfSet(q, QStringLiteral("biller_code"), billerCode);
    addIfSet(q, QStringLiteral("ref2"), ref2);
    addIfSet(q, QStringLiteral("amount"), amount);
    return get(QStringLiteral("bill-presentment"), q);
}

ReadCall *IimmpactClient::networkStatus(const QString &product)
{
    return get(QStringLiteral("networkstatus"), {{QStringLiteral("product"), product}});
}

ReadCall *IimmpactClient::transactions(const RequestSigner::QueryItems &query)
{
    return get(QStringLiteral("transactions"), query);
}

// --- pure helpers ----------------------------------------------------------------------------

QUrl IimmpactClient::endpointUrl(const QUrl &base, const QString &endpoint,
                                 const RequestSigner::QueryItems &query)
{
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + "/v2/"_L1 + endpoint);
    // QUrlQuery takes its input as possibly percent-encoded text: a literal "%41" would be
    // read as "A" and '+' would reach form decoders as a space. Fully encoding every key and
    // value first makes the server's decoded pairs equal the signed ones.
    QUrlQuery wire;
    for (const auto &item : query) {
        wire.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                          QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    }
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(wire);
    return url;
}

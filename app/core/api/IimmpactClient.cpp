#include "IimmpactClient.h"

#include "util/Clock.h"
#include "util/Log.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>
#include <QTimer>
#include <QUrlQuery>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

bool isFinalStatus(const QString &status)
{
    // Exactly as IIMMPACT spells them: "Succesful" with one 's' (make-payment.txt).
    return status == "Succesful"_L1 || status == "Failed"_L1 || status == "Refund"_L1;
}

bool isPendingStatus(const QString &status)
{
    return status == "Accepted"_L1 || status == "Processing"_L1;
}

// Text of a field that may come as a string or (robustness) a number. Empty when absent/null.
QString fieldText(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue v = object.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return IimmpactClient::decimalText(v);
    return {};
}

// Absent, null and "" are all "not returned": the UI must not show such a field.
std::optional<QString> optionalText(const QJsonObject &object, QLatin1String key)
{
    const QString text = fieldText(object, key);
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

std::optional<double> optionalNumber(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue v = object.value(key);
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

std::optional<int> optionalInt(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue v = object.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && d >= std::numeric_limits<int>::min()
            && d <= std::numeric_limits<int>::max())
            return static_cast<int>(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().trimmed().toInt(&ok);
        if (ok)
            return i;
    }
    return std::nullopt;
}

// Root JSON object of a body, or nullopt for HTML, truncated JSON, arrays, empty bodies.
std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString nonEmptyString(const QJsonValue &v)
{
    return v.isString() ? v.toString().trimmed() : QString();
}

// The server's own explanation in an error body. IIMMPACT uses `message` and `error` at the
// top level (401: {"error":"invalid_signature","message":"Signature mismatch"}); bill
// presentment uses error_message; a 400 on topup may carry it in data.remarks.
QString serverMessage(const QJsonObject &root)
{
    for (QLatin1String key : {"message"_L1, "error_message"_L1, "error"_L1}) {
        const QJsonValue v = root.value(key);
        QString text = nonEmptyString(v);
        if (text.isEmpty() && v.isObject())
            text = nonEmptyString(v.toObject().value("message"_L1));
        if (!text.isEmpty())
            return text;
    }
    const QJsonObject data = root.value("data"_L1).toObject();
    for (QLatin1String key : {"remarks"_L1, "error_message"_L1, "message"_L1}) {
        const QString text = nonEmptyString(data.value(key));
        if (!text.isEmpty())
            return text;
    }
    return {};
}

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    return contentType.toLower().contains("html") || body.trimmed().startsWith('<');
}

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

// Detaches a reply from its call and stops it without emitting anything to the call.
void releaseReply(QPointer<QNetworkReply> &reply, QObject *call)
{
    QNetworkReply *r = reply;
    reply = nullptr;
    if (!r)
        return;
    r->disconnect(call);
    r->abort();
    r->deleteLater();
}

// Names of the fields whose echo differs from what was sent. A field the server did not echo
// is not a mismatch, except refid on a final answer: a final status must say whose it is.
QStringList echoMismatches(const QJsonObject &sent, const TopupData &data, bool final)
{
    QStringList out;
    const QString echoedRefid = fieldText(data.raw, "refid"_L1);
    if (echoedRefid.isEmpty()) {
        if (final)
            out << QStringLiteral("refid");
    } else if (echoedRefid != fieldText(sent, "refid"_L1)) {
        out << QStringLiteral("refid");
    }
    for (QLatin1String key : {"product"_L1, "account"_L1}) {
        const QString echoed = fieldText(data.raw, key);
        if (!echoed.isEmpty() && echoed != fieldText(sent, key))
            out << QString(key);
    }
    const QJsonValue echoedAmount = data.raw.value("amount"_L1);
    if (!echoedAmount.isNull() && !echoedAmount.isUndefined()
        && !(echoedAmount.isString() && echoedAmount.toString().isEmpty())) {
        const QJsonValue sentAmount = sent.value("amount"_L1);
        const QString a = IimmpactClient::canonicalDecimal(IimmpactClient::decimalText(sentAmount));
        const QString b = IimmpactClient::canonicalDecimal(IimmpactClient::decimalText(echoedAmount));
        const bool equal = (!a.isEmpty() && !b.isEmpty())
            ? a == b
            : fieldText(sent, "amount"_L1).trimmed() == fieldText(data.raw, "amount"_L1).trimmed();
        if (!equal)
            out << QStringLiteral("amount");
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// TopupCall / ReadCall

TopupCall::TopupCall(QByteArray body, QObject *parent)
    : QObject(parent)
    , m_body(std::move(body))
{
}

TopupCall::~TopupCall()
{
    // Deleting aborts without emitting: the owner is gone or no longer interested.
    releaseReply(m_reply, this);
}

void TopupCall::abort()
{
    if (m_finished)
        return;
    TopupOutcome outcome;
    if (!m_configError.isEmpty()) {
        outcome.kind = TopupOutcomeKind::ConfigError;
        outcome.message = m_configError;
    } else {
        outcome.kind = TopupOutcomeKind::Unknown;
        outcome.message = tr("The payment request was cancelled; its outcome is unknown.");
    }
    releaseReply(m_reply, this);
    finish(std::move(outcome));
}

void TopupCall::finish(TopupOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
    emit finished(outcome);
}

void TopupCall::markSent()
{
    if (++m_sendCount == 1)
        emit requestSent();
}

ReadCall::ReadCall(QObject *parent)
    : QObject(parent)
{
}

ReadCall::~ReadCall()
{
    releaseReply(m_reply, this);
}

void ReadCall::abort()
{
    if (m_finished)
        return;
    ApiReadResult result;
    if (!m_configError.isEmpty()) {
        result.errorKind = TopupOutcomeKind::ConfigError;
        result.errorMessage = m_configError;
    } else {
        result.errorKind = TopupOutcomeKind::Unknown;
        result.errorMessage = tr("The request was cancelled.");
    }
    releaseReply(m_reply, this);
    finish(std::move(result));
}

void ReadCall::finish(ApiReadResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
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

TopupCall *IimmpactClient::topup(const QByteArray &body, int timeoutMs)
{
    auto *call = new TopupCall(body, this);
    if (!m_signer) {
        // Finish later, never inside topup(): the caller connects after we return.
        call->m_configError = m_configError;
        QMetaObject::invokeMethod(call, [call] {
            TopupOutcome outcome;
            outcome.kind = TopupOutcomeKind::ConfigError;
            outcome.message = call->m_configError;
            call->finish(std::move(outcome));
        }, Qt::QueuedConnection);
        return call;
    }

    const int timeout = timeoutMs > 0 ? timeoutMs : m_config.transferTimeoutMs;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = send("POST", QStringLiteral("topup"), {}, body, timeout);
    call->m_reply = reply;

    connect(reply, &QNetworkReply::requestSent, call, &TopupCall::markSent);
    connect(reply, &QNetworkReply::finished, call, [call, reply, timer] {
        if (call->m_reply != reply)
            return;
        call->m_reply = nullptr;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        const bool timedOut = replyTimedOut(error);
        const bool transport = !timedOut && isTransportError(error, status);
        const QByteArray answer = reply->readAll();
        logAnswer("POST /v2/topup", status, error, timer.elapsed(), answer);
        TopupOutcome outcome = classifyTopup(status, transport, timedOut,
                                             reply->rawHeader("Content-Type"), answer,
                                             reply->rawHeader("Retry-After"), call->m_body);
        if (transport)
            outcome.message += u" ("_s + errorName(error) + u')';
        if (call->m_sendCount > 1 && outcome.kind == TopupOutcomeKind::AuthError) {
            // Qt re-sent the POST with the same nonce after the first connection closed; the
            // first copy may have created the transaction. The refusal says nothing about it.
            outcome.kind = TopupOutcomeKind::Unknown;
            outcome.message = tr("The network layer repeated the request and the repeat was "
                                 "refused (%1); the payment outcome is unknown.").arg(outcome.message);
        }
        call->finish(std::move(outcome));
    });

    call->m_deadline = new QTimer(call);
    call->m_deadline->setSingleShot(true);
    connect(call->m_deadline, &QTimer::timeout, call, [call, timer] {
        qCDebug(lcApi) << "POST /v2/topup: no answer within" << timer.elapsed() << "ms; abandoned";
        releaseReply(call->m_reply, call);
        call->finish(classifyTopup(0, false, true, {}, {}, {}, call->m_body));
    });
    call->m_deadline->start(timeout);
    return call;
}

ReadCall *IimmpactClient::get(const QString &path, const RequestSigner::QueryItems &query)
{
    auto *call = new ReadCall(this);
    if (!m_signer) {
        call->m_configError = m_configError;
        QMetaObject::invokeMethod(call, [call] {
            ApiReadResult result;
            result.errorKind = TopupOutcomeKind::ConfigError;
            result.errorMessage = call->m_configError;
            call->finish(std::move(result));
        }, Qt::QueuedConnection);
        return call;
    }

    const int timeout = m_config.readTimeoutMs > 0 ? m_config.readTimeoutMs : 15000;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = send("GET", path, query, {}, timeout);
    call->m_reply = reply;
    const QByteArray what = "GET /v2/" + path.toUtf8();
    connect(reply, &QNetworkReply::requestSent, call, [call] { ++call->m_sendCount; });
    connect(reply, &QNetworkReply::finished, call, [call, reply, timer, what] {
        if (call->m_reply != reply)
            return;
        call->m_reply = nullptr;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        const bool timedOut = replyTimedOut(error);
        const bool transport = !timedOut && isTransportError(error, status);
        const QByteArray answer = reply->readAll();
        logAnswer(what.constData(), status, error, timer.elapsed(), answer);
        ApiReadResult result = classifyRead(status, transport, timedOut, answer,
                                            reply->rawHeader("Retry-After"));
        if (transport)
            result.errorMessage += u" ("_s + errorName(error) + u')';
        if (call->m_sendCount > 1 && result.errorKind == TopupOutcomeKind::AuthError) {
            result.errorKind = TopupOutcomeKind::Unknown;   // refused replay, see TopupCall
            result.errorMessage = tr("The network layer repeated the request and the repeat "
                                     "was refused (%1).").arg(result.errorMessage);
        }
        call->finish(std::move(result));
    });

    call->m_deadline = new QTimer(call);
    call->m_deadline->setSingleShot(true);
    connect(call->m_deadline, &QTimer::timeout, call, [call, timer, what] {
        qCDebug(lcApi).noquote() << what << ": no answer within" << timer.elapsed() << "ms; abandoned";
        releaseReply(call->m_reply, call);
        call->finish(classifyRead(0, false, true, {}, {}));
    });
    call->m_deadline->start(timeout);
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
    request.setTransferTimeout(timeoutMs);
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

QString IimmpactClient::decimalText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return {};
        // Shortest text that reads back as the same double: 48.6333 stays "48.6333".
        return QString::number(d, 'f', QLocale::FloatingPointShortest);
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        return canonicalDecimal(text).isEmpty() ? QString() : text;
    }
    return {};
}

QString IimmpactClient::canonicalDecimal(const QString &text)
{
    QString t = text.trimmed();
    bool negative = false;
    if (t.startsWith(u'-') || t.startsWith(u'+')) {
        negative = t.startsWith(u'-');
        t.remove(0, 1);
    }
    const qsizetype dot = t.indexOf(u'.');
    QString whole = dot < 0 ? t : t.left(dot);
    QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return {};
    const auto allDigits = [](const QString &s) {
        return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (!allDigits(whole) || !allDigits(fraction))
        return {};
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    QString out = fraction.isEmpty() ? whole : whole + u'.' + fraction;
    if (negative && out != "0"_L1)
        out.prepend(u'-');
    return out;
}

int IimmpactClient::parseRetryAfter(const QByteArray &header)
{
    // Only delta-seconds: IIMMPACT documents seconds, and an HTTP-date would need the server's
    // clock. Clamped so a hostile or broken header cannot park the counter for days.
    const QByteArray t = header.trimmed();
    if (t.isEmpty() || !std::all_of(t.cbegin(), t.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return DefaultRetryAfterSecs;
    bool ok = false;
    const qlonglong secs = t.toLongLong(&ok);
    if (!ok)
        return 3600;   // all digits but too large for 64 bits
    return int(std::clamp<qlonglong>(secs, 1, 3600));
}

std::optional<TopupData> IimmpactClient::parseTopupData(const QJsonObject &data)
{
    const QJsonValue status = data.value("status"_L1);
    if (!status.isString() || status.toString().isEmpty())
        return std::nullopt;
    TopupData d;
    d.status = status.toString();
    d.statusCode = optionalInt(data, "statusCode"_L1);
    d.refid = fieldText(data, "refid"_L1);
    d.product = fieldText(data, "product"_L1);
    d.account = fieldText(data, "account"_L1);
    const QJsonValue amount = data.value("amount"_L1);
    d.amount = decimalText(amount);
    if (d.amount.isEmpty() && amount.isString())
        d.amount = amount.toString();
    d.productName = optionalText(data, "productName"_L1);
    d.sn = optionalText(data, "sn"_L1);
    d.pin = optionalText(data, "pin"_L1);
    d.expiry = optionalText(data, "expiry"_L1);
    d.note = optionalText(data, "note"_L1);
    d.voucherlink = optionalText(data, "voucherlink"_L1);
    d.remarks = optionalText(data, "remarks"_L1);
    d.timestamp = optionalText(data, "timestamp"_L1);
    d.cost = optionalNumber(data, "cost"_L1);
    d.balance = optionalNumber(data, "balance"_L1);
    d.raw = data;
    return d;
}

TopupOutcome IimmpactClient::classifyTopup(int httpStatus, bool transportError, bool timedOut,
                                           const QByteArray &contentType,
                                           const QByteArray &responseBody,
                                           const QByteArray &retryAfterHeader,
                                           const QByteArray &sentBody)
{
    TopupOutcome o;
    o.kind = TopupOutcomeKind::Unknown;   // whatever is not positively known
    o.httpStatus = httpStatus;
    o.rawBody = responseBody;

    if (timedOut) {
        o.httpStatus = 0;
        o.message = tr("No complete answer from IIMMPACT within the time limit; the payment "
                       "outcome is unknown and will be re-checked.");
        return o;
    }
    if (transportError || httpStatus <= 0) {
        o.message = tr("The connection to IIMMPACT failed before a complete answer arrived; the "
                       "payment outcome is unknown and will be re-checked.");
        return o;
    }
    if (httpStatus >= 300 && httpStatus < 400) {
        o.message = tr("IIMMPACT answered with a redirect (HTTP %1), which is not followed; the "
                       "payment outcome is unknown.").arg(httpStatus);
        return o;
    }

    const std::optional<QJsonObject> root = parseObject(responseBody);

    if (httpStatus == 401 || httpStatus == 403) {
        o.kind = TopupOutcomeKind::AuthError;
        o.message = root ? serverMessage(*root) : QString();
        if (o.message.isEmpty())
            o.message = tr("IIMMPACT refused the request (HTTP %1): check the API key, secret, "
                           "clock and IP allowlist.").arg(httpStatus);
        return o;
    }
    if (httpStatus == 429) {
        o.kind = TopupOutcomeKind::RateLimited;
        o.retryAfterSecs = parseRetryAfter(retryAfterHeader);
        o.message = tr("IIMMPACT asks to slow down; retrying in %n second(s).", nullptr,
                       o.retryAfterSecs);
        return o;
    }
    if (httpStatus >= 500) {
        o.message = tr("IIMMPACT server error (HTTP %1); the payment outcome is unknown and will "
                       "be re-checked.").arg(httpStatus);
        return o;
    }
    if (httpStatus == 400) {
        if (!root) {
            o.message = tr("IIMMPACT answered HTTP 400 without a readable body; the payment "
                           "outcome is unknown.");
            return o;
        }
        const QJsonValue dataValue = root->value("data"_L1);
        if (dataValue.isObject()) {
            o.data = parseTopupData(dataValue.toObject());
            if (o.data && o.data->status == "Failed"_L1) {
                // Validation error: no transaction was created; same refid after fixing input.
                o.kind = TopupOutcomeKind::Rejected;
                o.message = o.data->remarks.value_or(serverMessage(*root));
                return o;
            }
            o.message = tr("IIMMPACT answered HTTP 400 with an unexpected transaction status; "
                           "the payment outcome is unknown.");
            return o;
        }
        const QString message = serverMessage(*root);
        if (!message.isEmpty()) {
            o.kind = TopupOutcomeKind::Rejected;
            o.message = message;
            return o;
        }
        o.message = tr("IIMMPACT answered HTTP 400 without an explanation; the payment outcome "
                       "is unknown.");
        return o;
    }
    if (httpStatus != 200) {
        o.message = tr("Unexpected HTTP %1 from IIMMPACT; the payment outcome is unknown.")
                        .arg(httpStatus);
        return o;
    }

    // HTTP 200
    if (!root) {
        o.message = looksLikeHtml(contentType, responseBody)
            ? tr("IIMMPACT sent a web page instead of a payment answer; the outcome is unknown.")
            : tr("IIMMPACT sent an unreadable payment answer; the outcome is unknown.");
        return o;
    }
    const QJsonValue dataValue = root->value("data"_L1);
    if (!dataValue.isObject()) {
        o.message = tr("IIMMPACT's answer holds no transaction; the outcome is unknown.");
        return o;
    }
    o.data = parseTopupData(dataValue.toObject());
    if (!o.data) {
        o.message = tr("IIMMPACT's answer holds no transaction status; the outcome is unknown.");
        return o;
    }
    const bool final = isFinalStatus(o.data->status);
    if (!final && !isPendingStatus(o.data->status)) {
        o.message = tr("IIMMPACT reported the unrecognised status \"%1\"; the outcome is unknown.")
                        .arg(o.data->status);
        return o;
    }
    const std::optional<QJsonObject> sent = parseObject(sentBody);
    const QStringList mismatches = sent ? echoMismatches(*sent, *o.data, final) : QStringList();
    if (!mismatches.isEmpty()) {
        o.echoMismatch = true;
        o.message = tr("IIMMPACT's answer does not match the request (%1); the outcome is "
                       "unknown.").arg(mismatches.join(u", "_s));
        return o;
    }
    o.kind = final ? TopupOutcomeKind::Final : TopupOutcomeKind::Pending;
    return o;
}

ApiReadResult IimmpactClient::classifyRead(int httpStatus, bool transportError, bool timedOut,
                                           const QByteArray &responseBody,
                                           const QByteArray &retryAfterHeader)
{
    ApiReadResult r;
    r.httpStatus = httpStatus;
    r.errorKind = TopupOutcomeKind::Unknown;
    if (timedOut) {
        r.httpStatus = 0;
        r.errorMessage = tr("No complete answer from IIMMPACT within the time limit.");
        return r;
    }
    if (transportError || httpStatus <= 0) {
        r.errorMessage = tr("The connection to IIMMPACT failed.");
        return r;
    }
    const std::optional<QJsonObject> root = parseObject(responseBody);
    if (root)
        r.json = *root;   // also on errors: e.g. bill presentment's error_message
    if (httpStatus == 200 && root) {
        r.ok = true;
        return r;
    }
    const QString message = root ? serverMessage(*root) : QString();
    if (httpStatus == 401 || httpStatus == 403) {
        r.errorKind = TopupOutcomeKind::AuthError;
        r.errorMessage = !message.isEmpty()
            ? message
            : tr("IIMMPACT refused the request (HTTP %1): check the API key, secret, clock and "
                 "IP allowlist.").arg(httpStatus);
        return r;
    }
    if (httpStatus == 429) {
        r.errorKind = TopupOutcomeKind::RateLimited;
        r.retryAfterSecs = parseRetryAfter(retryAfterHeader);
        r.errorMessage = tr("IIMMPACT asks to slow down; try again in %n second(s).", nullptr,
                            r.retryAfterSecs);
        return r;
    }
    if (httpStatus == 200)
        r.errorMessage = tr("IIMMPACT sent an unreadable answer.");
    else if (!message.isEmpty())
        r.errorMessage = tr("IIMMPACT answered HTTP %1: %2").arg(httpStatus).arg(message);
    else
        r.errorMessage = tr("IIMMPACT answered HTTP %1.").arg(httpStatus);
    return r;
}

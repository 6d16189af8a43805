#include "ReplyClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

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
        return ReplyClassifier::decimalText(v);
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
        const QString a = ReplyClassifier::canonicalDecimal(ReplyClassifier::decimalText(sentAmount));
        const QString b = ReplyClassifier::canonicalDecimal(ReplyClassifier::decimalText(echoedAmount));
        const bool equal = (!a.isEmpty() && !b.isEmpty())
            ? a == b
            : fieldText(sent, "amount"_L1).trimmed() == fieldText(data.raw, "amount"_L1).trimmed();
        if (!equal)
            out << QStringLiteral("amount");
    }
    return out;
}


} // namespace

QString ReplyClassifier::decimalText(const QJsonValue &value)
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

QString ReplyClassifier::canonicalDecimal(const QString &text)
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

int ReplyClassifier::parseRetryAfter(const QByteArray &header)
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

std::optional<TopupData> ReplyClassifier::parseTopupData(const QJsonObject &data)
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

TopupOutcome ReplyClassifier::classifyTopup(int httpStatus, bool transportError, bool timedOut,
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
    if (httpStatus == 400)
        return classifyTopup400(std::move(o), root);
    if (httpStatus != 200) {
        o.message = tr("Unexpected HTTP %1 from IIMMPACT; the payment outcome is unknown.")
                        .arg(httpStatus);
        return o;
    }
    return classifyTopup200(std::move(o), root, contentType, responseBody, sentBody);
}

// HTTP 400 with Failed in `data` (or a server message without data) is a validation error:
// no transaction was created. Anything else about a 400 is not known well enough to say so.
TopupOutcome ReplyClassifier::classifyTopup400(TopupOutcome o, const std::optional<QJsonObject> &root)
{
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

// HTTP 200 is final or pending only with a known status and an echo that matches what was
// sent; HTML, unreadable JSON, no transaction, an unknown status or a mismatch are Unknown.
TopupOutcome ReplyClassifier::classifyTopup200(TopupOutcome o, const std::optional<QJsonObject> &root,
                                              const QByteArray &contentType,
                                              const QByteArray &responseBody,
                                              const QByteArray &sentBody)
{
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

ApiReadResult ReplyClassifier::classifyRead(int httpStatus, bool transportError, bool timedOut,
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

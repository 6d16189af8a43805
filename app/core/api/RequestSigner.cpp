#include "RequestSigner.h"

#include "util/Clock.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <algorithm>

RequestSigner::RequestSigner(QByteArray apiKey, const QByteArray &secretBase64, const Clock &clock)
    : m_apiKey(std::move(apiKey))
    , m_rawKey(QByteArray::fromBase64(secretBase64.trimmed()))
    , m_clock(clock)
{
}

RequestSigner::Headers RequestSigner::sign(const QByteArray &method, const QueryItems &query,
                                           const QByteArray &body) const
{
    const qint64 ts = m_clock.secsSinceEpoch();
    return signWith(method, query, body, QByteArray::number(ts), newNonce(ts));
}

RequestSigner::Headers RequestSigner::signWith(const QByteArray &method, const QueryItems &query,
                                               const QByteArray &body, const QByteArray &timestamp,
                                               const QByteArray &nonce) const
{
    const QByteArray canon = canonicalString(timestamp, nonce, method, canonicalQuery(query), body);
    return Headers{m_apiKey, timestamp, nonce, QByteArrayLiteral("v1=") + signature(m_rawKey, canon)};
}

bool RequestSigner::isValidSecret(const QByteArray &secretBase64)
{
    const QByteArray trimmed = secretBase64.trimmed();
    if (trimmed.isEmpty())
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    return decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok && !decoded.decoded.isEmpty();
}

QByteArray RequestSigner::bodyHash(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64();
}

QByteArray RequestSigner::canonicalQuery(const QueryItems &query)
{
    // Decoded values, sorted by key then value (stable for repeated keys), joined with '&'.
    QueryItems sorted = query;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.first == b.first ? a.second < b.second : a.first < b.first;
    });
    QByteArray out;
    for (const auto &item : std::as_const(sorted)) {
        if (!out.isEmpty())
            out += '&';
        out += item.first.toUtf8() + '=' + item.second.toUtf8();
    }
    return out;
}

QByteArray RequestSigner::canonicalString(const QByteArray &timestamp, const QByteArray &nonce,
                                          const QByteArray &method, const QByteArray &canonicalQuery,
                                          const QByteArray &body)
{
    return "v1:" + timestamp + ':' + nonce + ':' + method.toUpper() + ':' + canonicalQuery + ':'
        + bodyHash(body);
}

QByteArray RequestSigner::signature(const QByteArray &rawKey, const QByteArray &canonical)
{
    return QMessageAuthenticationCode::hash(canonical, rawKey, QCryptographicHash::Sha256).toBase64();
}

QByteArray RequestSigner::newNonce(qint64 timestamp)
{
    // req-<ts>-<32 hex>: 47 characters, well inside 16..128, unique per request.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QByteArray hex;
    for (quint32 w : words)
        hex += QByteArray::number(w, 16).rightJustified(8, '0');
    return "req-" + QByteArray::number(timestamp) + '-' + hex;
}

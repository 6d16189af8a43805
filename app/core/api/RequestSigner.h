#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class Clock;

// Signs IIMMPACT v2 requests: API key + HMAC-SHA256 "v1" (API reference §2.2).
//
//   canonical = "v1:{ts}:{nonce}:{METHOD}:{canonical query}:{Base64(SHA-256(body))}"
//   X-Signature = "v1=" + Base64(HMAC-SHA256(Base64Decode(secret), canonical))
//
// The secret is Base64-decoded to raw bytes before use; signing with the secret's ASCII text
// is the classic integration mistake and yields a different signature. The same static
// helpers are used by the simulator to verify, so client and server cannot drift apart.
class RequestSigner
{
public:
    using QueryItems = QList<QPair<QString, QString>>;   // decoded key/value pairs, any order

    struct Headers
    {
        QByteArray apiKey;
        QByteArray timestamp;   // Unix seconds, 10 digits
        QByteArray nonce;       // 16..128 chars, fresh per HTTP request
        QByteArray signature;   // "v1=" + Base64
    };

    // apiKey sent verbatim; secretBase64 must be valid Base64 (see isValidSecret).
    RequestSigner(QByteArray apiKey, const QByteArray &secretBase64, const Clock &clock);

    // Signs one HTTP request with a fresh nonce and the clock's current second.
    Headers sign(const QByteArray &method, const QueryItems &query, const QByteArray &body) const;
    // Deterministic variant for tests and the simulator.
    Headers signWith(const QByteArray &method, const QueryItems &query, const QByteArray &body,
                     const QByteArray &timestamp, const QByteArray &nonce) const;

    static bool isValidSecret(const QByteArray &secretBase64);
    static QByteArray bodyHash(const QByteArray &body);
    static QByteArray canonicalQuery(const QueryItems &query);
    static QByteArray canonicalString(const QByteArray &timestamp, const QByteArray &nonce,
                                      const QByteArray &method, const QByteArray &canonicalQuery,
                                      const QByteArray &body);
    // Base64 signature without the "v1=" prefix.
    static QByteArray signature(const QByteArray &rawKey, const QByteArray &canonical);
    static QByteArray newNonce(qint64 timestamp);

private:
    QByteArray m_apiKey;
    QByteArray m_rawKey;
    const Clock &m_clock;
};

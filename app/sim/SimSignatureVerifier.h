#pragma once

#include "api/RequestSigner.h"

#include <QByteArray>
#include <QHash>
#include <QString>

class Clock;

// Checks API key + HMAC "v1" signatures the way IIMMPACT does (API reference §2.1-§2.5),
// using RequestSigner's static helpers so the client and the simulator cannot drift apart.
// Order of checks: four headers present, known key, timestamp inside ±window, nonce length
// 16..128, signature, nonce never seen before. A nonce is remembered only once its request
// has passed every other check, and forgotten when its timestamp leaves the window (a
// request that old is refused for its timestamp anyway).
class SimSignatureVerifier
{
public:
    struct Result
    {
        bool ok = false;
        QString error;     // 401 "error" code, e.g. invalid_signature
        QString message;   // 401 "message", e.g. Signature mismatch
    };

    SimSignatureVerifier(QByteArray apiKey, const QByteArray &secretBase64, int windowSecs,
                         const Clock &clock);

    Result verify(const QByteArray &method, const RequestSigner::QueryItems &query,
                  const QByteArray &body, const QByteArray &apiKey, const QByteArray &timestamp,
                  const QByteArray &nonce, const QByteArray &signature);

private:
    void forgetOldNonces(qint64 now);

    QByteArray m_apiKey;
    QByteArray m_rawKey;
    int m_windowSecs;
    const Clock &m_clock;
    QHash<QByteArray, qint64> m_seenNonces;   // nonce -> its X-Timestamp
};

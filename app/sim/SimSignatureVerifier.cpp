#include "SimSignatureVerifier.h"

#include "security/ConstantTime.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace {
SimSignatureVerifier::Result fail(const QString &error, const QString &message)
{
    return SimSignatureVerifier::Result{false, error, message};
}
}

SimSignatureVerifier::SimSignatureVerifier(QByteArray apiKey, const QByteArray &secretBase64,
                                           int windowSecs, const Clock &clock)
    : m_apiKey(std::move(apiKey))
    , m_rawKey(QByteArray::fromBase64(secretBase64.trimmed()))
    , m_windowSecs(windowSecs)
    , m_clock(clock)
{
}

SimSignatureVerifier::Result SimSignatureVerifier::verify(const QByteArray &method,
                                                          const RequestSigner::QueryItems &query,
                                                          const QByteArray &body,
                                                          const QByteArray &apiKey,
                                                          const QByteArray &timestamp,
                                                          const QByteArray &nonce,
                                                          const QByteArray &signature)
{
    if (apiKey.isEmpty() || timestamp.isEmpty() || nonce.isEmpty() || signature.isEmpty())
        return fail(u"missing_headers"_s,
                    u"Missing authentication headers: X-Api-Key, X-Timestamp, X-Nonce and X-Signature are required"_s);
    if (!ConstantTime::equal(apiKey, m_apiKey))
        return fail(u"invalid_api_key"_s, u"API key not found"_s);

    const qint64 now = m_clock.secsSinceEpoch();
    bool numeric = false;
    const qint64 ts = timestamp.toLongLong(&numeric);
    if (!numeric || timestamp.size() != 10)
        return fail(u"invalid_timestamp"_s, u"X-Timestamp must be Unix time in seconds"_s);
    if (qAbs(now - ts) > m_windowSecs)
        return fail(u"invalid_timestamp"_s, u"Request timestamp expired or too far in the future"_s);

    if (nonce.size() < 16 || nonce.size() > 128)
        return fail(u"invalid_nonce"_s, u"X-Nonce must be 16 to 128 characters"_s);

    if (!signature.startsWith("v1="))
        return fail(u"invalid_signature"_s, u"Signature mismatch"_s);
    const QByteArray canonical = RequestSigner::canonicalString(
        timestamp, nonce, method, RequestSigner::canonicalQuery(query), body);
    if (!ConstantTime::equal(signature.mid(3), RequestSigner::signature(m_rawKey, canonical)))
        return fail(u"invalid_signature"_s, u"Signature mismatch"_s);

    forgetOldNonces(now);
    if (m_seenNonces.contains(nonce))
        return fail(u"nonce_reused"_s, u"Nonce has already been used"_s);
    m_seenNonces.insert(nonce, ts);
    return Result{true, QString(), QString()};
}

void SimSignatureVerifier::forgetOldNonces(qint64 now)
{
    if (m_seenNonces.size() < 4096)
        return;
    for (auto it = m_seenNonces.begin(); it != m_seenNonces.end();) {
        if (now - it.value() > m_windowSecs)
            it = m_seenNonces.erase(it);
        else
            ++it;
    }
}

#pragma once

#include "ApiTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

// What an HTTP exchange with IIMMPACT means, without a network: pure functions over status,
// headers and body, unit-tested row by row (tst_topupclassifier). IimmpactClient feeds them
// what QNetworkReply delivered; the engine acts on TopupOutcome.
//
// The rules (docs/IIMMPACT.md): a 200 with a final status is final ("Succesful" exactly as
// IIMMPACT spells it); HTTP 400 with Failed is "no transaction"; timeouts, 5xx, dropped
// connections, redirects, HTML, malformed JSON and unknown statuses are Unknown, never Failed;
// an answer whose echo (refid, product, account, amount) differs from what was sent is not
// accepted as this sale's.
class ReplyClassifier
{
    // The messages keep the client's translation context: they were IimmpactClient's, and
    // existing translations stay attached to them.
    Q_DECLARE_TR_FUNCTIONS(IimmpactClient)
public:
    // One /v2/topup exchange. sentBody is used to check that the echoed refid/product/
    // account/amount match.
    static TopupOutcome classifyTopup(int httpStatus, bool transportError, bool timedOut,
                                      const QByteArray &contentType, const QByteArray &responseBody,
                                      const QByteArray &retryAfterHeader, const QByteArray &sentBody);
    // Parses a `data` object; nullopt when it is not a transaction object (no `status` text).
    static std::optional<TopupData> parseTopupData(const QJsonObject &data);

    // A read call's exchange (balance, catalogue, bill presentment, transactions...).
    static ApiReadResult classifyRead(int httpStatus, bool transportError, bool timedOut,
                                      const QByteArray &responseBody,
                                      const QByteArray &retryAfterHeader);

    // Decimal text of a JSON number or numeric string without loss: 10 -> "10",
    // 48.6333 -> "48.6333", "150.00" -> "150.00". Empty for anything else.
    static QString decimalText(const QJsonValue &value);
    // Canonical form for numeric comparison: "10.00" and "10" both give "10". Empty when the
    // text is not a plain decimal number.
    static QString canonicalDecimal(const QString &text);
    // Retry-After in seconds (delta-seconds only), clamped to 1..3600; 5 when absent or garbage.
    static int parseRetryAfter(const QByteArray &header);
    static constexpr int DefaultRetryAfterSecs = 5;

private:
    // classifyTopup's rules for the two statuses that carry a body worth reading; `o` comes
    // in as Unknown with status and raw body set, `root` is the parsed body if it is JSON.
    static TopupOutcome classifyTopup400(TopupOutcome o, const std::optional<QJsonObject> &root);
    static TopupOutcome classifyTopup200(TopupOutcome o, const std::optional<QJsonObject> &root,
                                         const QByteArray &contentType,
                                         const QByteArray &responseBody, const QByteArray &sentBody);
};

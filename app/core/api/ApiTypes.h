#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

// Shared value types of the IIMMPACT client. Optional fields are std::optional: a field the
// API did not return, or returned as "" / null, is std::nullopt and must never be shown.

// The transaction object of a /v2/topup response (`data`), API reference §3.2.
struct TopupData
{
    QString status;                     // exactly as sent: Accepted, Processing, Succesful, Failed, Refund
    std::optional<int> statusCode;
    QString refid;
    QString product;
    QString account;
    QString amount;                     // decimal text, normalised from string or number ("10", "48.6333")
    std::optional<QString> productName;
    std::optional<QString> sn;
    std::optional<QString> pin;
    std::optional<QString> expiry;      // yyyymmdd
    std::optional<QString> note;
    std::optional<QString> voucherlink;
    std::optional<QString> remarks;
    std::optional<QString> timestamp;   // GMT+8 "yyyy-MM-dd HH:mm:ss"
    std::optional<double> cost;         // internal: never printed for customers
    std::optional<double> balance;      // internal
    QJsonObject raw;                    // the whole `data` object as received
};

// How one HTTP exchange on /v2/topup ended. Money rule: anything not positively known is Unknown.
enum class TopupOutcomeKind {
    Final,        // HTTP 200 + Succesful | Failed | Refund (see TopupData::status)
    Pending,      // HTTP 200 + Accepted | Processing: re-query the same refid and body
    Rejected,     // HTTP 400 + Failed: no transaction exists; fix input, same refid
    AuthError,    // 401 / 403: credentials, clock, allowlist (message from the server)
    RateLimited,  // 429: wait retryAfterSecs, then re-query; outcome unknown meanwhile
    Unknown,      // timeout, dropped connection, 5xx, redirect, malformed/HTML body,
                  // unknown status string, echo mismatch: re-query, never treat as Failed
    ConfigError,  // bad local configuration: nothing was sent
};

struct TopupOutcome
{
    TopupOutcomeKind kind = TopupOutcomeKind::Unknown;
    int httpStatus = 0;                 // 0 when no HTTP status was received
    std::optional<TopupData> data;      // present whenever a well-formed `data` object came back
    QString message;                    // server's message (401/403/400) or a diagnostic
    int retryAfterSecs = 0;             // 429 only
    bool echoMismatch = false;          // a final/pending answer whose refid/product/account/amount differ
    QByteArray rawBody;                 // response bytes for support (never logged: may hold a PIN)
};

Q_DECLARE_METATYPE(TopupOutcome)

// Result of a read call (balance, product list, catalogue, options, bill presentment,
// network status, transactions). `json` is the parsed document root when ok.
struct ApiReadResult
{
    bool ok = false;
    int httpStatus = 0;
    TopupOutcomeKind errorKind = TopupOutcomeKind::Unknown;  // meaningful when !ok
    QString errorMessage;
    int retryAfterSecs = 0;
    QJsonObject json;
};

Q_DECLARE_METATYPE(ApiReadResult)

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Everything the client needs to talk to one IIMMPACT environment. Secrets are held only in
// memory: they come from the OS keychain (GUI) or the environment (headless), never from
// QSettings, arguments, logs or the journal.
struct ApiConfig
{
    QUrl baseUrl;                 // without /v2, e.g. https://staging.iimmpact.com
    QByteArray apiKey;
    QByteArray secretBase64;      // Base64 HMAC secret as issued by the dashboard
    QString caBundlePath;         // optional PEM bundle added to the system CAs
    int transferTimeoutMs = 35000;   // per request: IIMMPACT may take up to 29 s before a 504
    int readTimeoutMs = 15000;       // catalogue, balance and other reads

    // Empty when usable; otherwise a translated message naming the bad setting.
    QString validate() const;

    // KAUNTER_API_BASE, KAUNTER_API_KEY, KAUNTER_API_SECRET, KAUNTER_CA_BUNDLE.
    static ApiConfig fromEnvironment();

    Q_DECLARE_TR_FUNCTIONS(ApiConfig)
};

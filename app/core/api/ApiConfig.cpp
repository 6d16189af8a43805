#include "ApiConfig.h"

#include "RequestSigner.h"

#include <QFileInfo>

QString ApiConfig::validate() const
{
    if (!baseUrl.isValid() || baseUrl.isRelative() || baseUrl.host().isEmpty()
        || (baseUrl.scheme() != QLatin1String("https") && baseUrl.scheme() != QLatin1String("http")))
        return tr("KAUNTER_API_BASE / API base URL is not a valid http(s) URL: \"%1\"")
            .arg(baseUrl.toString());
    if (baseUrl.path().endsWith(QLatin1String("/v2")) || baseUrl.path().endsWith(QLatin1String("/v2/")))
        return tr("KAUNTER_API_BASE / API base URL must not end in /v2 (it is added per call): \"%1\"")
            .arg(baseUrl.toString());
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return tr("KAUNTER_API_BASE / API base URL must not carry a query or fragment");
    if (apiKey.trimmed().isEmpty())
        return tr("KAUNTER_API_KEY / API key is empty");
    if (!RequestSigner::isValidSecret(secretBase64))
        return tr("KAUNTER_API_SECRET / HMAC secret is empty or not valid Base64");
    if (!caBundlePath.isEmpty() && !QFileInfo(caBundlePath).isReadable())
        return tr("KAUNTER_CA_BUNDLE / CA bundle \"%1\" cannot be read").arg(caBundlePath);
    return {};
}

ApiConfig ApiConfig::fromEnvironment()
{
    ApiConfig c;
    c.baseUrl = QUrl(qEnvironmentVariable("KAUNTER_API_BASE"), QUrl::StrictMode);
    c.apiKey = qgetenv("KAUNTER_API_KEY");
    c.secretBase64 = qgetenv("KAUNTER_API_SECRET");
    c.caBundlePath = qEnvironmentVariable("KAUNTER_CA_BUNDLE");
    return c;
}

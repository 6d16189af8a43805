#include "VoucherUrlPolicy.h"

#include <QUrl>

using namespace Qt::StringLiterals;

bool VoucherUrlPolicy::isAllowedVoucherUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return false;
    // QUrl lower-cases the scheme while parsing, so "HTTPS://" arrives here as "https".
    const QString scheme = url.scheme();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return false;
    return !url.host().isEmpty();
}

bool VoucherUrlPolicy::isAllowedNavigation(const QUrl &voucherUrl, const QUrl &target)
{
    if (!isAllowedVoucherUrl(voucherUrl) || !isAllowedVoucherUrl(target))
        return false;
    return target.host() == voucherUrl.host();
}

#include "VoucherWebPage.h"

#include "VoucherUrlPolicy.h"

using namespace Qt::StringLiterals;

VoucherWebPage::VoucherWebPage(const QUrl &voucherUrl, QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_voucherUrl(voucherUrl)
{
    // Camera, microphone, location, notifications, screen capture: a voucher page needs none.
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, QWebEnginePage::Feature feature) {
                setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
            });
}

bool VoucherWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type);
    Q_UNUSED(isMainFrame);   // a frame from another site is as unwelcome as a top-level visit
    if (!m_started && url.scheme() == "about"_L1 && url.path() == "blank"_L1)
        return true;
    if (VoucherUrlPolicy::isAllowedNavigation(m_voucherUrl, url)) {
        m_started = true;
        return true;
    }
    emit navigationRefused(url);
    return false;
}

QWebEnginePage *VoucherWebPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type);
    emit popupRefused();
    return nullptr;
}

void VoucherWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                              int lineNumber, const QString &sourceId)
{
    Q_UNUSED(level);
    Q_UNUSED(message);
    Q_UNUSED(lineNumber);
    Q_UNUSED(sourceId);
}

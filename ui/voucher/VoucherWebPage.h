#pragma once

#include <QUrl>
#include <QWebEnginePage>

// A page that never leaves the voucher's host: every navigation (main frame and sub-frames,
// links, scripts, form posts and HTTP redirects) must be http(s) on the host of the voucher
// URL, and about:blank is accepted only before the voucher itself starts loading. Pop-up
// windows are refused. Refusals are reported so the view can explain them.
class VoucherWebPage : public QWebEnginePage
{
    Q_OBJECT
public:
    VoucherWebPage(const QUrl &voucherUrl, QWebEngineProfile *profile, QObject *parent = nullptr);

signals:
    void navigationRefused(const QUrl &url);
    void popupRefused();

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    // Console messages can quote the page URL (and so the voucher code); they are dropped
    // instead of going to the log as the base class does.
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceId) override;

private:
    QUrl m_voucherUrl;
    bool m_started = false;   // the voucher URL's own navigation has been accepted
};

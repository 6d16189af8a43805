#pragma once

#include <QUrl>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QWebEngineDownloadRequest;
class QWebEngineProfile;
class QWebEngineView;
class VoucherWebPage;

// The voucher page with a small toolbar (Back, Reload, the site's host, Close) and a status
// line. Everything is kept in memory (off-the-record profile), the page cannot reach local
// files, open windows, download, or go to another host; what it tried is said in the status
// line and emitted for tests. The voucher URL itself is never shown (only its host) nor
// logged: it may contain the voucher code.
class VoucherWebView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int refusedCount READ refusedCount)
public:
    explicit VoucherWebView(const QUrl &voucherUrl, QWidget *parent = nullptr);
    ~VoucherWebView() override;

    QSize sizeHint() const override;
    int refusedCount() const { return m_refusedCount; }
    QWebEngineView *webView() const { return m_view; }

signals:
    void navigationRefused(const QUrl &url);
    void popupRefused();
    void downloadRefused();
    // The page (the voucher or a page of its site) finished loading, or failed to.
    void loadFinished(bool ok);

private:
    // The constructor's steps, in its order (widget creation order is the focus chain).
    void createPrivateProfile();
    QHBoxLayout *buildToolbar();
    QLabel *buildHostField();   // the host and its "Site:" label, which it returns
    void buildPageView();
    void buildStatusRow();
    void layOut(QHBoxLayout *toolbar);
    void connectToolbar();
    void connectPage();

    void refuseDownload(QWebEngineDownloadRequest *download);
    void showNotice(const QString &text);
    void clearNotice();
    void updateActions();

    QUrl m_voucherUrl;
    QWebEngineProfile *m_profile = nullptr;
    VoucherWebPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_reload = nullptr;
    QLineEdit *m_host = nullptr;
    QPushButton *m_close = nullptr;
    QWidget *m_statusRow = nullptr;
    QLabel *m_status = nullptr;
    int m_refusedCount = 0;
    bool m_noticeShown = false;   // a refusal is on the status line; a failed load must not hide it
};

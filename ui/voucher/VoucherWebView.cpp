#include "VoucherWebView.h"

#include "VoucherWebPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineDownloadRequest>
#include <QWebEngineHistory>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace {
// Touch-screen tills: buttons at least this tall, as on the cashier screens.
constexpr int TouchHeight = 44;
}

VoucherWebView::VoucherWebView(const QUrl &voucherUrl, QWidget *parent)
    : QWidget(parent)
    , m_voucherUrl(voucherUrl)
{
    setObjectName(u"voucherWebView"_s);
    setWindowTitle(tr("Voucher – %1").arg(voucherUrl.host()));

    createPrivateProfile();
    // The order below is the creation order of the widgets, and so the focus chain.
    QHBoxLayout *toolbar = buildToolbar();
    buildPageView();
    buildStatusRow();
    layOut(toolbar);
    connectToolbar();
    connectPage();

    updateActions();
    m_view->load(voucherUrl);
}

void VoucherWebView::createPrivateProfile()
{
    // A profile without a storage name is off the record: cookies, cache, local storage and
    // history stay in memory and die with this view. Asked for explicitly anyway, so the
    // intent survives a change of constructor.
    m_profile = new QWebEngineProfile(this);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setSpellCheckEnabled(false);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this, &VoucherWebView::refuseDownload);

    QWebEngineSettings *settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    settings->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    settings->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    settings->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    settings->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    settings->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    settings->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
}

QHBoxLayout *VoucherWebView::buildToolbar()
{
    // Back, Reload, the host (read-only), Close
    m_back = new QToolButton(this);
    m_back->setObjectName(u"voucherBack"_s);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setText(tr("Back"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setShortcut(QKeySequence::Back);
    m_back->setMinimumHeight(TouchHeight);

    m_reload = new QToolButton(this);
    m_reload->setObjectName(u"voucherReload"_s);
    m_reload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reload->setText(tr("Reload"));
    m_reload->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setMinimumHeight(TouchHeight);

    QLabel *siteLabel = buildHostField();

    m_close = new QPushButton(style()->standardIcon(QStyle::SP_DialogCloseButton), tr("Close"), this);
    m_close->setObjectName(u"voucherClose"_s);
    m_close->setShortcut(QKeySequence::Close);
    m_close->setMinimumHeight(TouchHeight);
    m_close->setAutoDefault(false);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_back);
    toolbar->addWidget(m_reload);
    toolbar->addSpacing(12);
    toolbar->addWidget(siteLabel);
    toolbar->addWidget(m_host, 1);
    toolbar->addWidget(m_close);
    return toolbar;
}

QLabel *VoucherWebView::buildHostField()
{
    // Only the host: the full link can contain the voucher code, and the host is what tells
    // the cashier whose site this is.
    // Read-only and drawn as text, not as a box: it must not look like an address bar a
    // cashier could type into. Selectable, so the site can be copied for a customer.
    auto *siteLabel = new QLabel(tr("Site:"), this);
    m_host = new QLineEdit(m_voucherUrl.host(), this);
    m_host->setObjectName(u"voucherHost"_s);
    m_host->setReadOnly(true);
    m_host->setFrame(false);
    m_host->setFocusPolicy(Qt::ClickFocus);
    QPalette hostPalette = m_host->palette();
    hostPalette.setColor(QPalette::Base, hostPalette.color(QPalette::Window));
    m_host->setPalette(hostPalette);
    QFont hostFont = m_host->font();
    hostFont.setBold(true);
    m_host->setFont(hostFont);
    m_host->setToolTip(tr("This window only shows pages from this site."));
    m_host->setAccessibleName(tr("Voucher site"));
    siteLabel->setBuddy(m_host);
    return siteLabel;
}

void VoucherWebView::buildPageView()
{
    m_view = new QWebEngineView(this);
    m_page = new VoucherWebPage(m_voucherUrl, m_profile, this);
    m_view->setPage(m_page);
    // No "Save link", "Open in new window", "View source" or "Inspect" menu.
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAccessibleName(tr("Voucher page"));
}

void VoucherWebView::buildStatusRow()
{
    // A warning icon and one sentence, shown only when there is news.
    m_statusRow = new QWidget(this);
    auto *statusIcon = new QLabel(m_statusRow);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    statusIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_status = new QLabel(m_statusRow);
    m_status->setObjectName(u"voucherStatus"_s);
    m_status->setWordWrap(true);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    auto *statusLayout = new QHBoxLayout(m_statusRow);
    statusLayout->setContentsMargins(4, 2, 4, 2);
    statusLayout->addWidget(statusIcon);
    statusLayout->addWidget(m_status, 1);
    m_statusRow->setVisible(false);
}

void VoucherWebView::layOut(QHBoxLayout *toolbar)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusRow);
}

void VoucherWebView::connectToolbar()
{
    connect(m_back, &QToolButton::clicked, this, [this] {
        clearNotice();
        m_view->back();
    });
    connect(m_reload, &QToolButton::clicked, this, [this] {
        clearNotice();
        m_view->reload();
    });
    // Closes whatever window the view sits in: itself when top-level, else the dialog or
    // window that embeds it.
    connect(m_close, &QPushButton::clicked, this, [this] { window()->close(); });
}

void VoucherWebView::connectPage()
{
    connect(m_page, &VoucherWebPage::navigationRefused, this, [this](const QUrl &url) {
        ++m_refusedCount;
        showNotice(tr("This page tried to leave the voucher site and was stopped."));
        emit navigationRefused(url);
    });
    connect(m_page, &VoucherWebPage::popupRefused, this, [this] {
        ++m_refusedCount;
        showNotice(tr("This page tried to open another window and was stopped."));
        emit popupRefused();
    });
    connect(m_page, &QWebEnginePage::urlChanged, this, [this] {
        clearNotice();
        updateActions();
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        updateActions();
        // A refused redirect or download also ends the load as failed; the refusal is the
        // better explanation, so it stays.
        if (!ok && !m_noticeShown) {
            m_status->setText(tr("The voucher page could not be loaded. Check the connection and press Reload."));
            m_statusRow->setVisible(true);
        }
        emit loadFinished(ok);
    });
}

VoucherWebView::~VoucherWebView()
{
    // QtWebEngine requires a page to go before its profile; the profile is a child of this
    // widget and would otherwise be destroyed first.
    delete m_view;
    m_view = nullptr;
    delete m_page;
    m_page = nullptr;
}

QSize VoucherWebView::sizeHint() const
{
    return {900, 700};
}

void VoucherWebView::refuseDownload(QWebEngineDownloadRequest *download)
{
    download->cancel();
    ++m_refusedCount;
    showNotice(tr("This page tried to download a file and was stopped."));
    emit downloadRefused();
}

void VoucherWebView::showNotice(const QString &text)
{
    m_noticeShown = true;
    m_status->setText(text);
    m_statusRow->setVisible(true);
}

void VoucherWebView::clearNotice()
{
    m_noticeShown = false;
    m_status->clear();
    m_statusRow->setVisible(false);
}

void VoucherWebView::updateActions()
{
    m_back->setEnabled(m_view && m_view->history()->canGoBack());
}

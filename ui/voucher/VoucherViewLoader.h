#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QUrl;
class QWidget;
class VoucherViewInterface;

// Finds and loads the voucher web-view plugin (kaunter_voucherview) the first time a view is
// asked for, so kaunter never links or maps QtWebEngine unless a voucher page is opened.
//
// Search order: $KAUNTER_PLUGIN_DIR, <application dir>/plugins (build tree), then
// <application dir>/../<libdir>/kaunter/plugins (installed layout). The first attempt's result
// is kept: a missing plugin is reported the same way every time without touching the disk.
//
// When the plugin is unavailable createView()/openWindow() return nullptr and errorString()
// says why (translated, never containing the voucher URL: it can hold a voucher code); the
// caller then offers to open the link in the system browser instead.
class VoucherViewLoader : public QObject
{
    Q_OBJECT
public:
    explicit VoucherViewLoader(QObject *parent = nullptr);
    ~VoucherViewLoader() override;

    // http or https with a host: the only links the view will show.
    static bool isAllowedVoucherUrl(const QUrl &url);
    // Base name of the plugin file (QPluginLoader adds "lib" and ".so" as the platform needs).
    static QString pluginBaseName();
    // The directories searched, in order.
    static QStringList searchPaths();

    // Loads the plugin on the first call; true when views can be created.
    bool isAvailable();
    // A new view of `voucherUrl` as a child of `parent` (embed it in a layout or dialog);
    // nullptr with errorString() set when the URL is refused or the plugin is unavailable.
    QWidget *createView(const QUrl &voucherUrl, QWidget *parent);
    // Convenience for the cashier screens: the view in a window of its own over `parent`,
    // deleted when closed, already shown. nullptr (errorString()) as createView().
    QWidget *openWindow(const QUrl &voucherUrl, QWidget *parent);

    QString errorString() const { return m_error; }
    // The plugin file that was loaded; empty before loading or when it failed.
    QString pluginFilePath() const { return m_pluginPath; }

private:
    VoucherViewInterface *plugin();

    VoucherViewInterface *m_plugin = nullptr;
    bool m_triedLoading = false;
    QString m_loadError;
    QString m_error;
    QString m_pluginPath;
};

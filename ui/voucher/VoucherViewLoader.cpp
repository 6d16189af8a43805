#include "VoucherViewLoader.h"

#include "VoucherUrlPolicy.h"
#include "VoucherViewInterface.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

// Both come from ui/voucher/CMakeLists.txt; the fallbacks keep the file compilable alone.
#ifndef KAUNTER_VOUCHER_PLUGIN_NAME
#define KAUNTER_VOUCHER_PLUGIN_NAME "kaunter_voucherview"
#endif
#ifndef KAUNTER_VOUCHER_PLUGIN_RELDIR
#define KAUNTER_VOUCHER_PLUGIN_RELDIR "../lib/kaunter/plugins"
#endif

VoucherViewLoader::VoucherViewLoader(QObject *parent)
    : QObject(parent)
{
}

// The plugin is deliberately never unloaded: views may outlive this object, and unloading a
// library that started QtWebEngine's browser process is not supported.
VoucherViewLoader::~VoucherViewLoader() = default;

bool VoucherViewLoader::isAllowedVoucherUrl(const QUrl &url)
{
    return VoucherUrlPolicy::isAllowedVoucherUrl(url);
}

QString VoucherViewLoader::pluginBaseName()
{
    return QStringLiteral(KAUNTER_VOUCHER_PLUGIN_NAME);
}

QStringList VoucherViewLoader::searchPaths()
{
    QStringList dirs;
    const QString fromEnv = qEnvironmentVariable("KAUNTER_PLUGIN_DIR");
    if (!fromEnv.isEmpty())
        dirs.append(QDir::cleanPath(fromEnv));
    const QString appDir = QCoreApplication::applicationDirPath();
    dirs.append(QDir::cleanPath(appDir + u"/plugins"_s));
    dirs.append(QDir::cleanPath(appDir + u'/' + QLatin1StringView(KAUNTER_VOUCHER_PLUGIN_RELDIR)));
    // Distributions whose libdir is lib/<triplet> still find a plugin installed by hand.
    const QString plainLib = QDir::cleanPath(appDir + u"/../lib/kaunter/plugins"_s);
    if (!dirs.contains(plainLib))
        dirs.append(plainLib);
    dirs.removeDuplicates();
    return dirs;
}

VoucherViewInterface *VoucherViewLoader::plugin()
{
    if (m_triedLoading)
        return m_plugin;
    m_triedLoading = true;

    QStringList problems;
    const QStringList dirs = searchPaths();
    for (const QString &dir : dirs) {
        QPluginLoader loader;
        // setFileName() tries the platform prefixes and suffixes and leaves the name empty
        // when no such file exists.
        loader.setFileName(QDir(dir).filePath(pluginBaseName()));
        if (loader.fileName().isEmpty())
            continue;
        QObject *instance = loader.instance();
        if (!instance) {
            problems.append(loader.errorString());
            continue;
        }
        auto *view = qobject_cast<VoucherViewInterface *>(instance);
        if (!view) {
            problems.append(tr("%1 is not a Kaunter voucher view plugin.").arg(loader.fileName()));
            continue;
        }
        m_plugin = view;
        m_pluginPath = loader.fileName();
        return m_plugin;
    }
    if (problems.isEmpty())
        m_loadError = tr("The voucher viewer is not installed (looked in %1).").arg(dirs.join(u", "_s));
    else
        m_loadError = tr("The voucher viewer could not be loaded: %1").arg(problems.join(u"; "_s));
    return nullptr;
}

bool VoucherViewLoader::isAvailable()
{
    if (plugin())
        return true;
    m_error = m_loadError;
    return false;
}

QWidget *VoucherViewLoader::createView(const QUrl &voucherUrl, QWidget *parent)
{
    if (!isAllowedVoucherUrl(voucherUrl)) {
        m_error = tr("Only web (http or https) voucher links can be shown.");
        return nullptr;
    }
    VoucherViewInterface *p = plugin();
    if (!p) {
        m_error = m_loadError;
        return nullptr;
    }
    QWidget *view = p->createView(voucherUrl, parent);
    if (!view) {
        m_error = tr("The voucher viewer refused this link.");
        return nullptr;
    }
    m_error.clear();
    return view;
}

QWidget *VoucherViewLoader::openWindow(const QUrl &voucherUrl, QWidget *parent)
{
    QWidget *view = createView(voucherUrl, parent);
    if (!view)
        return nullptr;
    // A window of its own that stays over the till and frees the browser page when closed.
    view->setWindowFlag(Qt::Window, true);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowModality(Qt::NonModal);
    view->show();
    return view;
}

#include "VoucherViewPlugin.h"

#include "VoucherUrlPolicy.h"
#include "VoucherWebView.h"

#include <QCoreApplication>
#include <QUrl>

VoucherViewPlugin::VoucherViewPlugin(QObject *parent)
    : QObject(parent)
{
}

QWidget *VoucherViewPlugin::createView(const QUrl &voucherUrl, QWidget *parent)
{
    if (!VoucherUrlPolicy::isAllowedVoucherUrl(voucherUrl))
        return nullptr;
    if (!m_checkedGlSharing) {
        m_checkedGlSharing = true;
        // QtWebEngine wants GL context sharing decided before QApplication exists, which a
        // plugin cannot do. Without it Chromium falls back to slower or software compositing,
        // so the view still works; say so once. (No URL here: it can carry a voucher code.)
        if (!QCoreApplication::testAttribute(Qt::AA_ShareOpenGLContexts))
            qWarning("kaunter_voucherview: Qt::AA_ShareOpenGLContexts was not set before "
                     "QApplication; the voucher view may render slowly.");
    }
    return new VoucherWebView(voucherUrl, parent);
}

#pragma once

#include "VoucherViewInterface.h"

#include <QObject>

// The object QPluginLoader instantiates inside kaunter_voucherview.
class VoucherViewPlugin : public QObject, public VoucherViewInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KaunterVoucherView_iid)
    Q_INTERFACES(VoucherViewInterface)
public:
    explicit VoucherViewPlugin(QObject *parent = nullptr);

    QWidget *createView(const QUrl &voucherUrl, QWidget *parent) override;

private:
    bool m_checkedGlSharing = false;
};

#pragma once

#include <QtPlugin>

class QUrl;
class QWidget;

// Implemented by the kaunter_voucherview plugin (ui/voucher), the only Kaunter binary that
// links QtWebEngine. kaunter loads it with QPluginLoader (VoucherViewLoader) the first time a
// voucher link is opened: linking the browser engine into the till would triple its start-up
// time and quadruple its memory for a page most sales never show.
//
// The returned widget is an ordinary child widget (embed it, or give it Qt::Window). It shows
// `voucherUrl` in an off-the-record profile and keeps every navigation on that URL's host;
// pop-ups, downloads and non-http(s) schemes are refused. Its Close button closes the window
// it sits in (window()->close()). It also has these signals, for callers and tests that use
// QMetaObject: navigationRefused(QUrl), popupRefused(), downloadRefused().
class VoucherViewInterface
{
public:
    virtual ~VoucherViewInterface() = default;

    // nullptr when `voucherUrl` is not an http(s) URL with a host.
    virtual QWidget *createView(const QUrl &voucherUrl, QWidget *parent) = 0;
};

#define KaunterVoucherView_iid "my.kaunter.VoucherView/1.0"
Q_DECLARE_INTERFACE(VoucherViewInterface, KaunterVoucherView_iid)

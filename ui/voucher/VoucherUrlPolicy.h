#pragma once

class QUrl;

// Which voucher links may be shown and where a voucher page may go. Compiled into both
// kaunter_ui (to decide before loading the plugin) and the plugin (to police navigation), so
// the rule lives in one place without the plugin linking kaunter_ui.
class VoucherUrlPolicy
{
public:
    // http or https, valid, with a host. Anything else (file:, data:, javascript:, ftp:,
    // custom schemes, relative or host-less URLs) is never opened in the view.
    static bool isAllowedVoucherUrl(const QUrl &url);

    // `target` is an allowed voucher URL on exactly the same host as `voucherUrl` (host names
    // are compared as QUrl normalises them: lower-case; "localhost" and "127.0.0.1" differ).
    // Scheme (http <-> https) and port may change: sites commonly upgrade to https.
    static bool isAllowedNavigation(const QUrl &voucherUrl, const QUrl &target);
};

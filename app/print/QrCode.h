#pragma once

#include <QByteArray>
#include <QImage>

// A QR code as an image, drawn with libqrencode. Error correction M (15 % of the symbol may be
// lost): thermal paper fades, gets creased and smudged, so L is too fragile, while Q and H
// would push a typical 70-byte voucher link up a version or two, and with it the module count,
// until the modules on 58 mm paper (384 dots) get too small for a phone camera.
class QrCode
{
public:
    static constexpr int QuietZoneModules = 4;   // the minimum the QR standard asks for

    // A square Format_Grayscale8 image, pure black (0) and white (255), `moduleDots` dots a
    // module, with a white quiet zone of 4 modules on every side. Null if `text` is empty,
    // `moduleDots` < 1 or the text is too long for any QR version at level M.
    static QImage encode(const QByteArray &text, int moduleDots);

    // The modules across the symbol alone (21 for version 1 ... 177 for version 40), without
    // the quiet zone; 0 when encode() would give a null image.
    static int modules(const QByteArray &text);
};

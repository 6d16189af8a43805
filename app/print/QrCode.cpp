#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace {
struct QrFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrPtr = std::unique_ptr<QRcode, QrFree>;

QrPtr encodeM(const QByteArray &text)
{
    if (text.isEmpty())
        return {};
    // 8-bit mode with the bytes as given: a URL is ASCII, and the phone reads back exactly
    // those bytes. Version 0 lets libqrencode pick the smallest version that fits.
    return QrPtr(QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0,
                                   QR_ECLEVEL_M));
}
}   // namespace

int QrCode::modules(const QByteArray &text)
{
    const QrPtr code = encodeM(text);
    return code ? code->width : 0;
}

QImage QrCode::encode(const QByteArray &text, int moduleDots)
{
    if (moduleDots < 1)
        return {};
    const QrPtr code = encodeM(text);
    if (!code)
        return {};
    const int n = code->width;
    const int side = (n + 2 * QuietZoneModules) * moduleDots;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int my = 0; my < n; ++my) {
        for (int mx = 0; mx < n; ++mx) {
            // Bit 0 of each byte is the module's colour (1 = black); the other bits describe
            // what the module is part of.
            if (!(code->data[my * n + mx] & 1))
                continue;
            const int x0 = (mx + QuietZoneModules) * moduleDots;
            const int y0 = (my + QuietZoneModules) * moduleDots;
            for (int y = y0; y < y0 + moduleDots; ++y)
                memset(image.scanLine(y) + x0, 0, size_t(moduleDots));
        }
    }
    return image;
}

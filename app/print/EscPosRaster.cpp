#include "EscPosRaster.h"

#include <QList>
#include <QRgb>

#include <algorithm>
#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr char ESC = 0x1b;
constexpr char GS = 0x1d;

// Ordered (Bayer 8x8) dithering rather than Floyd-Steinberg: a receipt is mostly text, rules
// and QR codes drawn in pure black on white, and with an ordered matrix a pixel's dot depends
// only on its own grey and position. Black stays black and white stays white (QR modules and
// barcode bars keep their exact edges), the grey fringe of anti-aliased glyphs does not push
// error into the next stroke (error diffusion grows "worms" and specks around small Chinese
// and Tamil glyphs), and a logo's grey areas come out as an even pattern that a thermal head
// prints cleanly instead of clumped dots that burn together.
constexpr std::array<std::array<int, 8>, 8> Bayer8 = {{
    {0, 32, 8, 40, 2, 34, 10, 42},
    {48, 16, 56, 24, 50, 18, 58, 26},
    {12, 44, 4, 36, 14, 46, 6, 38},
    {60, 28, 52, 20, 62, 30, 54, 22},
    {3, 35, 11, 43, 1, 33, 9, 41},
    {51, 19, 59, 27, 49, 17, 57, 25},
    {15, 47, 7, 39, 13, 45, 5, 37},
    {63, 31, 55, 23, 61, 29, 53, 21},
}};

QImage blankMono(int width, int height)
{
    QImage mono(width, height, QImage::Format_Mono);
    mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});   // 0 = paper, 1 = dot
    mono.fill(0);
    return mono;
}

// The image on white paper: a transparent pixel prints as nothing, not as black.
QImage onWhite(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QImage flat(argb.size(), QImage::Format_RGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        auto *out = reinterpret_cast<QRgb *>(flat.scanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            const int a = qAlpha(in[x]);
            const auto blend = [a](int c) { return (c * a + 255 * (255 - a) + 127) / 255; };
            out[x] = qRgb(blend(qRed(in[x])), blend(qGreen(in[x])), blend(qBlue(in[x])));
        }
    }
    return flat;
}

void appendWord(QByteArray &out, int value)
{
    out.append(static_cast<char>(value & 0xff));
    out.append(static_cast<char>((value >> 8) & 0xff));
}

int byteAt(const QByteArray &job, qsizetype i)
{
    return static_cast<unsigned char>(job.at(i));
}

QString hexByte(int b)
{
    return u"%1"_s.arg(b, 2, 16, QChar(u'0')).toUpper();
}

// A GS v 0 band found while decoding: where its data starts and its size. The image is
// assembled only once the whole job has been read, so a job rejected later builds none.
struct Band
{
    qsizetype offset;
    int rowBytes;
    int rows;
};

// The readers below take one command at `i` (its first two bytes already identified), check
// it completely before recording anything in `d`, so a rejected job reports only the
// commands before the bad one, then advance `i` past it. They return why the command is
// refused, or an empty string.

// ESC d n: feed n lines.
QString readFeed(const QByteArray &job, qsizetype &i, EscPosRaster::Decoded &d)
{
    const qsizetype at = i;
    if (i + 2 >= job.size())
        return u"truncated ESC d at byte %1: the line count is missing"_s.arg(at);
    d.feedLines += byteAt(job, i + 2);
    d.commands << u"ESC d"_s;
    i += 3;
    return {};
}

// GS v 0 m xL xH yL yH data: one raster band, mode 0 only, every band as wide as the first.
QString readRasterBand(const QByteArray &job, qsizetype &i, QList<Band> &bands,
                       EscPosRaster::Decoded &d)
{
    const qsizetype at = i;
    const qsizetype n = job.size();
    if (i + 8 > n)
        return u"truncated GS v 0 header at byte %1: %2 of 8 bytes"_s.arg(at).arg(n - i);
    if (byteAt(job, i + 2) != '0')
        return u"unknown GS v command 0x%1 at byte %2"_s.arg(hexByte(byteAt(job, i + 2))).arg(at);
    const int mode = byteAt(job, i + 3);
    if (mode != 0 && mode != '0')
        return u"GS v 0 at byte %1 uses scaled mode %2; only mode 0 is read"_s.arg(at).arg(mode);
    const int rowBytes = byteAt(job, i + 4) | (byteAt(job, i + 5) << 8);
    const int rows = byteAt(job, i + 6) | (byteAt(job, i + 7) << 8);
    if (rowBytes == 0 || rows == 0)
        return u"empty GS v 0 band at byte %1 (%2 bytes x %3 rows)"_s.arg(at).arg(rowBytes).arg(rows);
    if (!bands.isEmpty() && bands.constFirst().rowBytes != rowBytes)
        return u"GS v 0 band at byte %1 is %2 bytes wide, the first band %3"_s.arg(at).arg(rowBytes).arg(
            bands.constFirst().rowBytes);
    const qint64 size = qint64(rowBytes) * rows;
    if (size > n - (i + 8))
        return u"truncated GS v 0 band at byte %1: %2 data bytes announced, %3 present"_s.arg(at)
            .arg(size)
            .arg(n - (i + 8));
    bands.append(Band{i + 8, rowBytes, rows});
    d.commands << u"GS v 0"_s;
    i += 8 + size;
    return {};
}

// GS V m (m = 0, 1, '0', '1') or GS V m n (m = 65, 66: feed n, then cut).
QString readCut(const QByteArray &job, qsizetype &i, EscPosRaster::Decoded &d)
{
    const qsizetype at = i;
    const qsizetype n = job.size();
    if (i + 2 >= n)
        return u"truncated GS V at byte %1: the cut mode is missing"_s.arg(at);
    const int m = byteAt(job, i + 2);
    if (m == 0 || m == 1 || m == '0' || m == '1') {
        i += 3;
    } else if (m == 65 || m == 66) {
        if (i + 3 >= n)
            return u"truncated GS V %1 at byte %2: the feed amount is missing"_s.arg(m).arg(at);
        i += 4;
    } else {
        return u"unknown GS V cut mode %1 at byte %2"_s.arg(m).arg(at);
    }
    d.cut = true;
    d.cutLast = i == n;
    d.commands << u"GS V"_s;
    return {};
}

// b1 is -1 when the job ends after b0.
QString unknownCommand(int b0, int b1, qsizetype at)
{
    QString what = u"0x"_s + hexByte(b0);
    if (b1 >= 0)
        what += u" 0x"_s + hexByte(b1);
    return u"unknown command %1 at byte %2"_s.arg(what).arg(at);
}

// The bands stacked top to bottom into d.image; why not when the image cannot be allocated.
QString stackBands(const QByteArray &job, const QList<Band> &bands, EscPosRaster::Decoded &d)
{
    int height = 0;
    for (const Band &band : bands)
        height += band.rows;
    const int rowBytes = bands.constFirst().rowBytes;
    d.image = blankMono(rowBytes * 8, height);
    if (d.image.isNull())
        return u"raster of %1 x %2 dots is too large to hold"_s.arg(rowBytes * 8).arg(height);
    int y = 0;
    for (const Band &band : bands) {
        for (int r = 0; r < band.rows; ++r, ++y)
            memcpy(d.image.scanLine(y), job.constData() + band.offset + qsizetype(r) * rowBytes,
                   size_t(rowBytes));
    }
    return {};
}

} // namespace

QImage EscPosRaster::toMonochrome(const QImage &image, PaperWidth width)
{
    if (image.isNull())
        return {};
    const int w = dots(width);
    QImage flat = onWhite(image);
    if (flat.width() != w) {
        const int h = std::max(1, qRound(double(flat.height()) * w / flat.width()));
        flat = flat.scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }

    QImage mono = blankMono(w, flat.height());
    for (int y = 0; y < flat.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(flat.constScanLine(y));
        uchar *out = mono.scanLine(y);
        const auto &row = Bayer8[static_cast<size_t>(y % 8)];
        for (int x = 0; x < w; ++x) {
            const int threshold = row[static_cast<size_t>(x % 8)] * 4 + 2;   // 2..254
            if (qGray(in[x]) < threshold)
                out[x >> 3] |= static_cast<uchar>(0x80 >> (x & 7));
        }
    }
    return mono;
}

QByteArray EscPosRaster::encodeJob(const QImage &image, PaperWidth width, int feedLines)
{
    const QImage mono = toMonochrome(image, width);
    const int rowBytes = dots(width) / 8;

    QByteArray job;
    job.reserve(16 + (mono.isNull() ? 0 : mono.height() * (rowBytes + 1)));
    job.append(ESC).append('@');
    for (int top = 0; !mono.isNull() && top < mono.height(); top += BandRows) {
        const int rows = std::min(BandRows, mono.height() - top);
        job.append(GS).append('v').append('0').append('\0');
        appendWord(job, rowBytes);
        appendWord(job, rows);
        for (int y = top; y < top + rows; ++y)
            job.append(reinterpret_cast<const char *>(mono.constScanLine(y)), rowBytes);
    }
    job.append(ESC).append('d').append(static_cast<char>(std::clamp(feedLines, 0, 255)));
    job.append(GS).append('V').append(static_cast<char>(66)).append('\0');
    return job;
}

EscPosRaster::Decoded EscPosRaster::decode(const QByteArray &job)
{
    Decoded d;
    QList<Band> bands;
    const auto reject = [&d](const QString &why) {
        d.ok = false;
        d.error = why;
        d.image = QImage();
        return d;
    };

    qsizetype i = 0;
    const qsizetype n = job.size();
    while (i < n) {
        const qsizetype at = i;
        const int b0 = byteAt(job, i);
        const int b1 = i + 1 < n ? byteAt(job, i + 1) : -1;
        QString error;
        if (b0 == ESC && b1 == '@') {
            d.init = true;
            d.initFirst = d.initFirst || at == 0;
            d.commands << u"ESC @"_s;
            i += 2;
        } else if (b0 == ESC && b1 == 'd') {
            error = readFeed(job, i, d);
        } else if (b0 == GS && b1 == 'v') {
            error = readRasterBand(job, i, bands, d);
        } else if (b0 == GS && b1 == 'V') {
            error = readCut(job, i, d);
        } else {
            error = unknownCommand(b0, b1, at);
        }
        if (!error.isEmpty())
            return reject(error);
    }

    d.bands = int(bands.size());
    if (!bands.isEmpty()) {
        const QString error = stackBands(job, bands, d);
        if (!error.isEmpty())
            return reject(error);
    }
    d.ok = true;
    return d;
}

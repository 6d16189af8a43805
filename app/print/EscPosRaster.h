#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

// ESC/POS raster jobs for thermal receipt printers. The receipt is printed as an image, never
// as text, so Malay, Chinese and Tamil come out the same whatever code page (or none) the
// printer has.
//
// A job is, in order:
//   ESC @              1B 40                         initialise (clears a half-received job)
//   GS v 0, per band   1D 76 30 00 xL xH yL yH data  raster, 1 bit a dot, MSB = leftmost,
//                                                    1 = black; xL/xH = bytes per row,
//                                                    yL/yH = rows in the band
//   ESC d n            1B 64 n                       feed n lines past the tear-off
//   GS V 66 0          1D 56 42 00                   feed to the cutter and cut partially
//
// GS v 0 is the one raster command nearly every thermal printer accepts (ESC * column mode
// and GS ( L graphics are not on many cheap 58 mm models).
class EscPosRaster
{
public:
    // The printable width in dots at 203 dpi.
    enum class PaperWidth { Mm58 = 384, Mm80 = 576 };

    // Rows per GS v 0 command. Many cheap printers collect a whole raster command in a
    // receive buffer of a few KiB to a few tens of KiB before printing it, and some print
    // garbage when one command is larger; 128 rows are 6 KiB at 58 mm and 9 KiB at 80 mm.
    // Larger bands would not print faster: the head waits for data either way, and 128 rows
    // (16 mm) keeps the number of pauses between bands small.
    static constexpr int BandRows = 128;

    static int dots(PaperWidth width) { return static_cast<int>(width); }

    // The image as the printer will print it: scaled to the paper width keeping its aspect,
    // transparency on white, dithered to 1 bit. Format_Mono, colour 0 white and 1 black, so
    // a scan line's bytes are the raster bytes. A null image gives a null image.
    static QImage toMonochrome(const QImage &image, PaperWidth width);

    // One complete job for `image` (see the class comment). `feedLines` is clamped to
    // 0..255. A null image gives a job with no raster command (init, feed, cut).
    static QByteArray encodeJob(const QImage &image, PaperWidth width, int feedLines = 4);

    // What a job contains, read back from its bytes: for the tests and for support tooling
    // that looks at a captured job. `error` is a diagnostic in English for developers, not a
    // message for the cashier.
    struct Decoded
    {
        bool ok = false;
        QString error;            // why the job was rejected, with the byte offset
        QImage image;             // the bands stacked, Format_Mono as toMonochrome; null if none
        bool init = false;        // ESC @ seen
        bool cut = false;         // GS V seen
        bool initFirst = false;   // the job starts with ESC @
        bool cutLast = false;     // the job ends with GS V
        int bands = 0;            // GS v 0 commands
        int feedLines = 0;        // sum of ESC d n
        QStringList commands;     // mnemonics in order: "ESC @", "GS v 0", "ESC d", "GS V"
    };

    // Never crashes on bad input: a truncated command, an unknown command, a raster mode other
    // than 0 or bands of different widths reject the whole job with a reason.
    static Decoded decode(const QByteArray &job);
};

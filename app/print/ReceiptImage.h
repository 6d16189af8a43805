#pragma once

#include "receipt/Receipt.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QIODevice>
#include <QRect>
#include <QString>
#include <QStringList>

struct ReceiptImageOptions
{
    // Families in order of preference; Qt falls back along the list glyph by glyph, so a
    // Chinese or Tamil name finds a font that has it when the first one does not.
    QStringList families{QStringLiteral("DejaVu Sans"),      QStringLiteral("Noto Sans"),
                         QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans Tamil"),
                         QStringLiteral("Lohit Tamil"),      QStringLiteral("Droid Sans Fallback")};
    QStringList monoFamilies{QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"),
                             QStringLiteral("Liberation Mono")};
    // Body text in dots. 22 dots at 203 dpi are 2.75 mm (about 8 pt): easy to read on a
    // slip and still 30 characters or so across 58 mm paper.
    int pixelSize = 22;
    int margin = 8;            // dots left and right
    int verticalMargin = 16;   // dots above the first line and below the last
    // Largest QR module; smaller when the code would not fit the width. Below 3 dots
    // (0.375 mm) phones struggle, so the link is printed as text instead.
    int qrModuleDots = 6;
};

// The receipt model drawn for paper: as an image for thermal printers (EscPosRaster prints
// it) and as a PDF whose text stays text. Both draw the Receipt's lines in order and nothing
// else, so what the model leaves out (absent fields, the full IC) cannot appear here.
//
// Layout, top to bottom: Title centred and bold between two rules; Field as label on the left
// and value on the right, the value wrapped below the label when it does not fit beside it;
// Code (serial number, PIN) large, monospaced and centred so a customer can type it; Link as
// a QR code (the text when it is too long for one); Text centred and wrapped, its own line
// breaks kept (the shop's name larger and bold, a pending slip's advice bold and set apart,
// the footer below a thin rule); Banner ("COPY", "VOIDED") large, white on a black band.
// Nothing is ever clipped: a long word breaks anywhere rather than run past the margin.
//
// Needs a QGuiApplication (fonts). The same input on the same machine gives the same pixels.
class ReceiptImage
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptImage)
public:
    // Outside the class so that `= {}` works as a default argument (a nested struct's member
    // initialisers are not usable until the enclosing class is complete).
    using Options = ReceiptImageOptions;

    // A white Format_Grayscale8 image exactly `widthDots` wide (384 for 58 mm paper, 576 for
    // 80 mm) and as tall as its content. `regions`, when given, receives each line's box by
    // key ("refid", "pin", ...); for a link drawn as a QR code, the box is the QR image's,
    // quiet zone included.
    static QImage render(const Receipt &receipt, int widthDots, const Options &options = {},
                         QHash<QString, QRect> *regions = nullptr);

    // One page 80 mm wide and as tall as the receipt (a copy of the slip: printed on roll
    // paper it leaves no blank A4 tail, and a PDF viewer shows it whole), laid out as the
    // 80 mm slip (576 dots of 203 dpi text width, 4 mm side margins). Text is PDF text
    // (searchable, copyable); only a QR code is an image. `error` gets a message for the
    // cashier when the file cannot be written.
    // The file is written whole or not at all (QSaveFile): a failed write leaves no half PDF
    // and an older file at `path` as it was.
    static bool writePdf(const Receipt &receipt, const QString &path, QString *error = nullptr,
                         const Options &options = {});
    // The same PDF into an open device. False when the painter cannot start or finish.
    static bool writePdf(const Receipt &receipt, QIODevice *device, const Options &options = {});

    static constexpr double PdfPageWidthMm = 80.0;
    static constexpr int PdfDpi = 203;   // the thermal printers' resolution, so dots map 1:1
};

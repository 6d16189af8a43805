#pragma once

#include "shift/ZReport.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

// A Z-report on paper. As a PDF: one page 80 mm wide and as tall as the report, the receipts' paper
// (ReceiptImage::writePdf), so it prints on the till's roll and a PDF viewer shows it whole.
// Text stays text. Draws ZReport::lines() and nothing else: title centred and bold between
// rules, headings bold, each row's label on the left and its count and amount on the right
// (a label too long to share the line gets its own line, wrapped).
//
// Needs a QGuiApplication (fonts).
class ZReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ZReportPdf)
public:
    // False + *error (for the cashier) when the file cannot be written.
    static bool write(const ZReport &report, const QString &path, QString *error = nullptr);
    // The same layout as a white Format_Grayscale8 image `widthDots` wide (384 for 58 mm
    // paper, 576 for 80 mm) and as tall as the report, for EscPosRaster and for screens.
    static QImage render(const ZReport &report, int widthDots = 576);
};

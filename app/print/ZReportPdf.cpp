#include "ZReportPdf.h"

#include "ReceiptImage.h"

#include <QFont>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kPixelSize = 22;   // as the receipts: about 8 pt at 203 dpi
constexpr int kPdfTextWidth = 576;   // the 80 mm slip's printable width in dots
constexpr int kImageMargin = 8;      // dots left and right on paper, as the receipts
constexpr int kVerticalMargin = 24;

QFont reportFont(bool bold)
{
    QFont f;
    f.setFamilies(ReceiptImageOptions().families);
    f.setPixelSize(kPixelSize);
    f.setBold(bold);
    return f;
}

// The wrapped height of `text` in `width` (a word longer than the width breaks anywhere).
QRect wrapped(const QFontMetrics &fm, int width, int flags, const QString &text)
{
    return fm.boundingRect(QRect(0, 0, width, 100000), flags | Qt::TextWordWrap, text);
}

bool everyWordFits(const QFontMetrics &fm, const QString &text, int width)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&](const QString &w) { return fm.horizontalAdvance(w) <= width; });
}

// Runs over the lines once to measure (painter == nullptr) and once to draw; returns the height.
// A row: the label on the left; its count (in a column, so counts line up) and value on the
// right. The label wraps beside them when there is room, else it takes lines of its own and
// the numbers go below it. Nothing is clipped.
int layOut(QPainter *painter, QPaintDevice *device, const ZReport &report, int left, int textWidth)
{
    const QFont regular = reportFont(false);
    const QFont bold = reportFont(true);
    const QFontMetrics fm(regular, device);
    const QFontMetrics fmBold(bold, device);
    const int lineHeight = fm.lineSpacing();
    const int gap = fm.horizontalAdvance(QStringLiteral("  "));
    const int amountColumn = fm.horizontalAdvance(QStringLiteral("RM 0,000.00"));
    const int wrapAnywhere = Qt::TextWordWrap | Qt::TextWrapAnywhere;
    int y = kVerticalMargin;
    const auto text = [&](const QRect &box, int flags, const QString &s, const QFont &font) {
        if (painter) {
            painter->setFont(font);
            painter->drawText(box, flags, s);
        }
    };
    const auto hrule = [&](int at) {
        if (painter)
            painter->drawLine(left, at, left + textWidth, at);
    };
    for (const ZReport::Line &line : report.lines()) {
        switch (line.kind) {
        case ZReport::Kind::Title: {
            hrule(y + lineHeight / 4);
            y += lineHeight / 2;
            const QRect box = wrapped(fmBold, textWidth, Qt::AlignHCenter, line.label);
            text(QRect(left, y, textWidth, box.height()), Qt::AlignHCenter | Qt::TextWordWrap, line.label, bold);
            y += box.height();
            hrule(y + lineHeight / 4);
            y += lineHeight / 2;
            break;
        }
        case ZReport::Kind::Heading: {
            const QRect box = wrapped(fmBold, textWidth, Qt::AlignLeft, line.label);
            text(QRect(left, y, textWidth, box.height()), Qt::AlignLeft | Qt::TextWordWrap, line.label, bold);
            y += box.height();
            break;
        }
        case ZReport::Kind::Rule:
            hrule(y + lineHeight / 2);
            y += lineHeight;
            break;
        case ZReport::Kind::Row: {
            const int countWidth = line.count.isEmpty() ? 0 : fm.horizontalAdvance(QStringLiteral("00000"));
            // A few dots of slack: a box exactly the advance wide may wrap the last character.
            const int valueWidth = std::min(textWidth - countWidth, fm.horizontalAdvance(line.value) + 4);
            const int valueColumn = line.count.isEmpty() ? valueWidth : std::max(valueWidth, amountColumn);
            const int labelRoom = textWidth - countWidth - valueColumn - gap;
            // Beside the numbers on one line, or two when every word fits; else lines of its own.
            const bool beside = fm.horizontalAdvance(line.label) + 4 <= labelRoom
                || (everyWordFits(fm, line.label, labelRoom)
                    && wrapped(fm, labelRoom, Qt::AlignLeft, line.label).height() <= 2 * lineHeight);
            if (!beside) {
                const int flags = Qt::AlignLeft
                    | (everyWordFits(fm, line.label, textWidth) ? int(Qt::TextWordWrap) : wrapAnywhere);
                const QRect box = wrapped(fm, textWidth, flags, line.label);
                text(QRect(left, y, textWidth, box.height()), flags, line.label, regular);
                y += box.height();
            }
            const QRect labelBox = beside ? wrapped(fm, labelRoom, Qt::AlignLeft, line.label) : QRect();
            if (beside)
                text(QRect(left, y, labelRoom, labelBox.height()), Qt::AlignLeft | Qt::TextWordWrap, line.label,
                     regular);
            const int valueLeft = left + textWidth - valueColumn;
            if (!line.count.isEmpty())
                text(QRect(valueLeft - countWidth, y, countWidth, lineHeight), Qt::AlignRight, line.count, regular);
            const QRect valueBox = wrapped(fm, valueColumn, Qt::AlignRight, line.value);
            text(QRect(valueLeft, y, valueColumn, valueBox.height()), Qt::AlignRight | wrapAnywhere, line.value,
                 regular);
            y += std::max({lineHeight, labelBox.height(), valueBox.height()});
            break;
        }
        }
    }
    return y + kVerticalMargin;
}

} // namespace

bool ZReportPdf::write(const ZReport &report, const QString &path, QString *error)
{
    const QString why = tr("Could not write the Z-report to %1. Check that the folder exists and can be written to.")
                            .arg(path);
    const auto failed = [&] {
        if (error)
            *error = why;
        return false;
    };
    // Written whole or not at all: an old file stays as it was when this one fails.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    QPdfWriter writer(&file);
    writer.setResolution(ReceiptImage::PdfDpi);
    writer.setCreator(QStringLiteral("Kaunter"));
    writer.setTitle(report.title());
    const int pageDots = int(std::lround(ReceiptImage::PdfPageWidthMm / 25.4 * ReceiptImage::PdfDpi));
    const int left = (pageDots - kPdfTextWidth) / 2;
    const int height = layOut(nullptr, &writer, report, left, kPdfTextWidth);
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(ReceiptImage::PdfPageWidthMm, height * 25.4 / ReceiptImage::PdfDpi),
                                               QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                                     QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
    QPainter p;
    if (!p.begin(&writer))
        return failed();
    layOut(&p, &writer, report, left, kPdfTextWidth);
    if (!p.end() || !file.commit())
        return failed();
    return true;
}

QImage ZReportPdf::render(const ZReport &report, int widthDots)
{
    const int textWidth = std::max(64, widthDots - 2 * kImageMargin);
    QImage probe(1, 1, QImage::Format_Grayscale8);
    const int height = layOut(nullptr, &probe, report, kImageMargin, textWidth);
    QImage image(widthDots, height, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::black);
    layOut(&p, &image, report, kImageMargin, textWidth);
    p.end();
    return image;
}

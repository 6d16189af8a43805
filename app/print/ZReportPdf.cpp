#include "ZReportPdf.h"

#include "ReceiptImage.h"

#include <QFont>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace {

constexpr int kPixelSize = 22;   // as the receipts: about 8 pt at 203 dpi
constexpr int kTextWidth = 576;  // the 80 mm slip's printable width in dots
constexpr int kVerticalMargin = 24;
constexpr int kCountColumn = 60; // dots for a count, right-aligned before the amount

QFont reportFont(bool bold)
{
    QFont f;
    f.setFamilies(ReceiptImageOptions().families);
    f.setPixelSize(kPixelSize);
    f.setBold(bold);
    return f;
}

// Runs over the lines once to measure (painter == nullptr) and once to draw; returns the height.
int layOut(QPainter *painter, QPaintDevice *device, const ZReport &report, int left)
{
    const QFont regular = reportFont(false);
    const QFont bold = reportFont(true);
    const QFontMetrics fm(regular, device);
    const int lineHeight = fm.lineSpacing();
    const int amountWidth = fm.horizontalAdvance(QStringLiteral("-RM 000,000.00"));
    const int rightBlock = amountWidth + kCountColumn;
    int y = kVerticalMargin;
    const auto text = [&](const QRect &box, int flags, const QString &s, const QFont &font) {
        if (painter) {
            painter->setFont(font);
            painter->drawText(box, flags, s);
        }
    };
    const auto hrule = [&](int at) {
        if (painter)
            painter->drawLine(left, at, left + kTextWidth, at);
    };
    for (const ZReport::Line &line : report.lines()) {
        switch (line.kind) {
        case ZReport::Kind::Title:
            hrule(y + lineHeight / 4);
            y += lineHeight / 2;
            text(QRect(left, y, kTextWidth, lineHeight * 2), Qt::AlignHCenter | Qt::TextWordWrap, line.label, bold);
            y += QFontMetrics(bold, device)
                     .boundingRect(QRect(0, 0, kTextWidth, 10000), Qt::TextWordWrap, line.label)
                     .height();
            hrule(y + lineHeight / 4);
            y += lineHeight / 2;
            break;
        case ZReport::Kind::Heading:
            text(QRect(left, y, kTextWidth, lineHeight), Qt::AlignLeft, line.label, bold);
            y += lineHeight;
            break;
        case ZReport::Kind::Rule:
            hrule(y + lineHeight / 2);
            y += lineHeight;
            break;
        case ZReport::Kind::Row: {
            const int labelRoom = kTextWidth - rightBlock - 8;
            const QRect labelBox = fm.boundingRect(QRect(0, 0, labelRoom, 10000), Qt::TextWordWrap, line.label);
            const bool ownLine = fm.horizontalAdvance(line.label) > labelRoom
                || fm.horizontalAdvance(line.value) > amountWidth;
            if (ownLine) {
                const QRect full = fm.boundingRect(QRect(0, 0, kTextWidth, 10000),
                                                   Qt::TextWordWrap | Qt::TextWrapAnywhere, line.label);
                text(QRect(left, y, kTextWidth, full.height()), Qt::AlignLeft | Qt::TextWordWrap | Qt::TextWrapAnywhere,
                     line.label, regular);
                y += full.height();
            } else {
                text(QRect(left, y, labelRoom, labelBox.height()), Qt::AlignLeft | Qt::TextWordWrap, line.label,
                     regular);
            }
            const int rowHeight = ownLine ? lineHeight : std::max(lineHeight, labelBox.height());
            if (!line.count.isEmpty())
                text(QRect(left + kTextWidth - rightBlock, y, kCountColumn, lineHeight), Qt::AlignRight,
                     line.count, regular);
            text(QRect(left + kTextWidth - rightBlock + kCountColumn, y, amountWidth, lineHeight),
                 Qt::AlignRight | Qt::TextWrapAnywhere, line.value, regular);
            y += rowHeight;
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
    const int left = (pageDots - kTextWidth) / 2;
    const int height = layOut(nullptr, &writer, report, left);
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(ReceiptImage::PdfPageWidthMm, height * 25.4 / ReceiptImage::PdfDpi),
                                               QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                                     QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
    QPainter p;
    if (!p.begin(&writer))
        return failed();
    layOut(&p, &writer, report, left);
    if (!p.end() || !file.commit())
        return failed();
    return true;
}

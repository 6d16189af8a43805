#include "cli/ReceiptCommand.h"

#include "cli/SaleReport.h"
#include "journal/Journal.h"
#include "print/ReceiptImage.h"
#include "util/Settings.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

ReceiptCommand::ReceiptCommand(const CliOptions &options, const Journal &journal, const Settings &settings,
                               QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_journal(journal)
    , m_settings(settings)
    , m_out(out)
    , m_err(err)
{
}

Receipt ReceiptCommand::receiptFor(const SaleRecord &sale, const Settings &settings, bool copy)
{
    Receipt::Context context = Receipt::contextFromSettings(settings);
    context.copy = copy ? Receipt::CopyKind::Copy : Receipt::CopyKind::Original;
    // The first print shows the PIN (as `kaunter pay` prints it on the cashier's terminal);
    // a copy never does from here.
    context.revealPin = !copy;
    return Receipt::fromSale(sale, context);
}

EscPosRaster::PaperWidth ReceiptCommand::paperWidth(int paperMm)
{
    return paperMm == 58 ? EscPosRaster::PaperWidth::Mm58 : EscPosRaster::PaperWidth::Mm80;
}

QString ReceiptCommand::formatName(CliOptions::ReceiptFormat format)
{
    switch (format) {
    case CliOptions::ReceiptFormat::Pdf: return u"pdf"_s;
    case CliOptions::ReceiptFormat::Png: return u"png"_s;
    case CliOptions::ReceiptFormat::EscPos: return u"escpos"_s;
    }
    return {};
}

QByteArray ReceiptCommand::fileBytes(const Receipt &receipt, CliOptions::ReceiptFormat format,
                                     EscPosRaster::PaperWidth width)
{
    switch (format) {
    case CliOptions::ReceiptFormat::Pdf: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        return ReceiptImage::writePdf(receipt, &buffer) ? buffer.data() : QByteArray();
    }
    case CliOptions::ReceiptFormat::Png: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const QImage image = ReceiptImage::render(receipt, EscPosRaster::dots(width));
        return image.save(&buffer, "PNG") ? buffer.data() : QByteArray();
    }
    case CliOptions::ReceiptFormat::EscPos:
        return EscPosRaster::encodeJob(ReceiptImage::render(receipt, EscPosRaster::dots(width)), width);
    }
    return {};
}

int ReceiptCommand::fail(const QString &message)
{
    m_err << u"kaunter: "_s << message << u'\n';
    m_err.flush();
    if (m_options.json)
        m_out << QString::fromUtf8(QJsonDocument(SaleReport::error(message)).toJson(QJsonDocument::Indented));
    return SaleReport::Usage;
}

int ReceiptCommand::run()
{
    const std::optional<SaleRecord> sale = m_journal.sale(m_options.refid);
    if (!sale)
        return fail(tr("Sale %1 is not in the journal: there is no receipt to write.").arg(m_options.refid));

    const int paperMm = m_options.paperMm.value_or(m_settings.integer(Settings::Key::PrinterPaperMm));
    const EscPosRaster::PaperWidth width = paperWidth(paperMm);
    const QByteArray bytes =
        fileBytes(receiptFor(*sale, m_settings, m_options.copy), m_options.receiptFormat, width);
    if (bytes.isEmpty())
        return fail(tr("The receipt for %1 could not be drawn. Nothing was written.").arg(m_options.refid));

    // Whole or not at all: a reader (a print spooler, a mail script) never sees half a file,
    // and a file already at that path stays as it was when this one fails.
    const QString path = QDir::cleanPath(m_options.outFile);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));

    if (m_options.json) {
        QJsonObject o{{u"refid"_s, sale->refid},
                      {u"file"_s, path},
                      {u"format"_s, formatName(m_options.receiptFormat)},
                      {u"bytes"_s, bytes.size()},
                      {u"copy"_s, m_options.copy}};
        if (m_options.receiptFormat != CliOptions::ReceiptFormat::Pdf)
            o.insert(u"widthMm"_s, width == EscPosRaster::PaperWidth::Mm58 ? 58 : 80);
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("Receipt for %1 written to %2.").arg(sale->refid, QDir::toNativeSeparators(path)) << u'\n';
    }
    m_out.flush();
    return SaleReport::Succesful;
}

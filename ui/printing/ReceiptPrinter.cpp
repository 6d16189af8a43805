#include "ReceiptPrinter.h"

#include "print/ZReportPdf.h"

#include "UiServices.h"

#include "print/EscPosRaster.h"
#include "print/PrinterTransport.h"
#include "print/ReceiptImage.h"
#include "util/Log.h"
#include "util/Settings.h"

#include <QDir>
#include <algorithm>
#include <QFileDialog>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

ReceiptPrinter::ReceiptPrinter(const UiServices &services, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_settings(services.settings)
    , m_builder(ReceiptContextBuilder::Sources{services.settings, services.journal, services.clock,
                                               services.catalogue,
                                               services.environment == ApiEnvironment::Demo})
    , m_dialogParent(dialogParent)
{
}

ReceiptPrinter::~ReceiptPrinter()
{
    if (m_box)
        m_box->deleteLater();
}

ReceiptPrinter::Kind ReceiptPrinter::kindFromSetting(const QString &value)
{
    if (value == "system"_L1)
        return Kind::System;
    if (value == "escpos-tcp"_L1)
        return Kind::EscPosTcp;
    if (value == "escpos-device"_L1)
        return Kind::EscPosDevice;
    return Kind::Pdf;   // the default, and what an unknown value falls back to
}

bool ReceiptPrinter::parseTcpTarget(const QString &target, QString *host, quint16 *port)
{
    const QString t = target.trimmed();
    const qsizetype colon = t.lastIndexOf(u':');
    QString h = t;
    int p = 9100;
    if (colon > 0 && !t.startsWith(u'[')) {
        bool ok = false;
        p = t.mid(colon + 1).toInt(&ok);
        if (!ok || p <= 0 || p > 65535)
            return false;
        h = t.left(colon);
    }
    if (h.isEmpty())
        return false;
    *host = h;
    *port = quint16(p);
    return true;
}

QMessageBox *ReceiptPrinter::failureBox() const
{
    return m_box;
}

bool ReceiptPrinter::isBusy() const
{
    return m_transport && m_transport->isBusy();
}

bool ReceiptPrinter::printAfterSale(const SaleRecord &sale, const QString &productName)
{
    // The first original only: another print of the same sale must not pass for a second purchase.
    const auto occasion = m_originalsPrinted.contains(sale.refid) ? ReceiptContextBuilder::Occasion::Reprint
                                                                  : ReceiptContextBuilder::Occasion::AfterSale;
    // Still right after the sale: the PIN is on the cashier's screen, so the copy shows it too.
    return start(Job{sale, productName, occasion, true, Kind::Pdf});
}

bool ReceiptPrinter::reprint(const SaleRecord &sale, const QString &productName, bool pinUnlocked)
{
    return start(Job{sale, productName, ReceiptContextBuilder::Occasion::Reprint, pinUnlocked, Kind::Pdf});
}

bool ReceiptPrinter::printZReport(const ZReport &report)
{
    Job job;
    job.zReport = report;
    return start(std::move(job));
}

bool ReceiptPrinter::start(Job job)
{
    if (isBusy())
        return false;
    if (m_box)
        m_box->close();
    m_job = std::make_unique<Job>(std::move(job));
    m_cancelled = false;
    run(*m_job);
    return !m_cancelled;
}

bool ReceiptPrinter::retry()
{
    if (!m_job || isBusy())
        return false;
    // ESC/POS: the very bytes that failed, to the printer they failed on.
    const bool escPos = m_job->kind == Kind::EscPosTcp || m_job->kind == Kind::EscPosDevice;
    if (escPos && m_transport && m_transport->retry())
        return true;
    m_cancelled = false;
    run(*m_job);
    return !m_cancelled;
}

void ReceiptPrinter::run(Job &job)
{
    if (job.zReport) {
        runZReport(job);
        return;
    }
    const Kind kind = kindFromSetting(m_settings ? m_settings->string(Settings::Key::PrinterKind) : QString());
    job.kind = kind;
    // Built for every run from the sources as they are now (the open shift, the catalogue).
    const Receipt receipt = m_builder.receiptFor(job.sale, job.occasion, job.pinUnlocked, job.productName);
    m_lastReceipt = receipt;
    qCInfo(lcPrint).noquote() << "receipt" << job.sale.refid << "to"
                              << QMetaEnum::fromType<Kind>().valueToKey(int(kind));
    const Render render = [receipt](int dots) { return ReceiptImage::render(receipt, dots); };
    switch (kind) {
    case Kind::System: {
        const PrintResult result = printSystem(render, tr("Receipt %1").arg(job.sale.refid));
        if (!m_cancelled)
            report(result);
        return;
    }
    case Kind::Pdf: {
        const auto write = [&receipt](const QString &path, QString *error) {
            return ReceiptImage::writePdf(receipt, path, error);
        };
        const PrintResult result = printPdf(tr("receipt-%1.pdf").arg(job.sale.refid), write, &m_cancelled);
        if (!m_cancelled)
            report(result);
        return;
    }
    case Kind::EscPosTcp:
    case Kind::EscPosDevice: {
        const PrintResult refused = sendEscPos(kind, render);
        if (!refused.printed())
            report(refused);   // nothing was sent; otherwise the transport reports
        return;
    }
    }
}

void ReceiptPrinter::runZReport(Job &job)
{
    const Kind kind = kindFromSetting(m_settings ? m_settings->string(Settings::Key::PrinterKind) : QString());
    job.kind = kind;
    const ZReport z = *job.zReport;
    qCInfo(lcPrint).noquote() << "Z-report" << z.zNumber << "to"
                              << QMetaEnum::fromType<Kind>().valueToKey(int(kind));
    const Render render = [z](int dots) { return ZReportPdf::render(z, dots); };
    PrintResult result;
    switch (kind) {
    case Kind::System:
        result = printSystem(render, z.title());
        break;
    case Kind::Pdf: {
        const auto write = [&z](const QString &path, QString *error) {
            return ZReportPdf::write(z, path, error);
        };
        result = printPdf(tr("z-report-%1.pdf").arg(z.zNumber), write, &m_cancelled);
        break;
    }
    case Kind::EscPosTcp:
    case Kind::EscPosDevice:
        result = sendEscPos(kind, render);
        if (result.printed())
            return;   // on its way: the transport reports
        break;
    }
    if (!m_cancelled)
        report(result);
}

// The system printer: the one remembered in PrinterTarget, or the one the cashier picks once.
// QPrinter spools to the operating system (CUPS, the Windows spooler): it returns once the job
// is queued, not when it is printed.
PrintResult ReceiptPrinter::printSystem(const Render &render, const QString &docName)
{
    QPrinter printer(QPrinter::HighResolution);
    const QString remembered = m_settings ? m_settings->string(Settings::Key::PrinterTarget) : QString();
    if (!remembered.isEmpty() && !QPrinterInfo::printerInfo(remembered).isNull()) {
        printer.setPrinterName(remembered);
    } else {
        QPrintDialog dialog(&printer, m_dialogParent);
        dialog.setWindowTitle(tr("Choose the receipt printer"));
        if (dialog.exec() != QDialog::Accepted) {
            m_cancelled = true;
            return PrintResult::failure(PrintResult::Kind::WriteFailed);
        }
        if (m_settings && printer.outputFormat() == QPrinter::NativeFormat) {
            m_settings->setValue(Settings::Key::PrinterTarget, printer.printerName());
            m_settings->sync();
        }
    }
    printer.setDocName(docName);
    const QImage image = render(EscPosRaster::dots(EscPosRaster::PaperWidth::Mm80));
    QPainter painter;
    if (image.isNull() || !painter.begin(&printer))
        return PrintResult::failure(PrintResult::Kind::Offline,
                                    tr("The printer %1 did not take the receipt. Check that it is on "
                                       "and installed, then try again.").arg(printer.printerName()));
    // The slip's own size (203 dpi dots) on the page, smaller only when the page is narrower.
    const QRect page = painter.viewport();
    double scale = double(printer.resolution()) / ReceiptImage::PdfDpi;
    scale = std::min({scale, double(page.width()) / image.width(), double(page.height()) / image.height()});
    painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale), image);
    if (!painter.end())
        return PrintResult::failure(PrintResult::Kind::WriteFailed);
    return PrintResult::success();
}

PrintResult ReceiptPrinter::printPdf(const QString &suggestedName,
                                     const std::function<bool(const QString &, QString *)> &write, bool *cancelled)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(suggestedName);
    const QString path = m_chooser ? m_chooser(suggested)
                                   : QFileDialog::getSaveFileName(m_dialogParent, tr("Save receipt"), suggested,
                                                                  tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        *cancelled = true;
        return PrintResult::failure(PrintResult::Kind::WriteFailed);
    }
    QString error;
    if (!write(path, &error))
        return PrintResult::failure(PrintResult::Kind::WriteFailed, error);
    return PrintResult::success();
}

PrintResult ReceiptPrinter::sendEscPos(Kind kind, const Render &render)
{
    const QString target = m_settings ? m_settings->string(Settings::Key::PrinterTarget).trimmed() : QString();
    PrintResult error;
    PrinterTransport *transport = transportFor(kind, target, &error);
    if (!transport)
        return error;
    const int paperMm = m_settings ? m_settings->integer(Settings::Key::PrinterPaperMm) : 80;
    const auto width = paperMm == 58 ? EscPosRaster::PaperWidth::Mm58 : EscPosRaster::PaperWidth::Mm80;
    const QByteArray job = EscPosRaster::encodeJob(render(EscPosRaster::dots(width)), width);
    if (!transport->send(job))
        return PrintResult::failure(PrintResult::Kind::WriteFailed);
    return PrintResult::success();   // sent on its way: the transport's finished() reports
}

PrinterTransport *ReceiptPrinter::transportFor(Kind kind, const QString &target, PrintResult *error)
{
    const QString key = QString::number(int(kind)) + u'|' + target;
    if (m_transport && m_transportKey == key)
        return m_transport.get();
    m_transport.reset();
    if (kind == Kind::EscPosTcp) {
        QString host;
        quint16 port = 9100;
        if (!parseTcpTarget(target, &host, &port)) {
            *error = PrintResult::failure(PrintResult::Kind::Unreachable,
                                          tr("No receipt printer address is set (host or host:port). "
                                             "Set it in the printer settings."));
            error->retryable = false;
            return nullptr;
        }
        m_transport = std::make_unique<TcpPrinterTransport>(host, port);
    } else {
        if (target.isEmpty()) {
            *error = PrintResult::failure(PrintResult::Kind::DeviceMissing,
                                          tr("No receipt printer device is set (for example /dev/usb/lp0). "
                                             "Set it in the printer settings."));
            error->retryable = false;
            return nullptr;
        }
        m_transport = std::make_unique<DevicePrinterTransport>(target);
    }
    m_transportKey = key;
    connect(m_transport.get(), &PrinterTransport::finished, this, &ReceiptPrinter::onTransportFinished);
    return m_transport.get();
}

void ReceiptPrinter::onTransportFinished(const PrintResult &result)
{
    report(result);
}

void ReceiptPrinter::report(const PrintResult &result)
{
    m_last = result;
    if (result.printed() && m_job && m_job->occasion == ReceiptContextBuilder::Occasion::AfterSale)
        m_originalsPrinted.insert(m_job->sale.refid);
    if (!result.printed() && m_showsFailures)
        showFailure(result);
    emit finished(result);
}

// Window-modal and opened without a nested event loop: the engine keeps running behind it.
void ReceiptPrinter::showFailure(const PrintResult &result)
{
    if (m_box)
        m_box->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Receipt not printed"),
                                tr("%1\n\nThe sale itself is not affected.").arg(result.message),
                                QMessageBox::Close, m_dialogParent);
    box->setObjectName(u"printFailedBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (result.retryable) {
        QPushButton *again = box->addButton(tr("Retry"), QMessageBox::AcceptRole);
        again->setObjectName(u"printRetryButton"_s);
        connect(again, &QPushButton::clicked, this, [this] { retry(); }, Qt::QueuedConnection);
    }
    m_box = box;
    box->open();
}

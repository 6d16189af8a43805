#include "ReceiptPdf.h"

#include "receipt/Receipt.h"

#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

QString ReceiptPdf::html(const SaleRecord &sale, const QString &productName, const QString &terminalId)
{
    Receipt::Context context;
    context.productDisplayName = sale.productName.value_or(productName);
    const Receipt receipt = Receipt::fromSale(sale, context);

    QString html = u"<h2>"_s + tr("Receipt").toHtmlEscaped() + u"</h2>"_s;
    if (!terminalId.isEmpty())
        html += u"<p>"_s + tr("Terminal %1").arg(terminalId).toHtmlEscaped() + u"</p>"_s;
    QString rows;
    QString after;
    for (const Receipt::Line &line : receipt.lines()) {
        switch (line.kind) {
        case Receipt::Kind::Title:
        case Receipt::Kind::Banner:
            html += u"<h3>"_s + line.value.toHtmlEscaped() + u"</h3>"_s;
            break;
        case Receipt::Kind::Text:
            after += u"<p>"_s + line.value.toHtmlEscaped() + u"</p>"_s;
            break;
        case Receipt::Kind::Field:
        case Receipt::Kind::Code:
        case Receipt::Kind::Link: {
            const bool big = line.key == "pin"_L1;
            rows += u"<tr><td style='color:#555;padding-right:12px'>"_s + line.label.toHtmlEscaped()
                + u"</td><td style='"_s
                + (big ? u"font-size:16pt;font-family:monospace;font-weight:bold"_s : QString())
                + u"'>"_s + line.value.toHtmlEscaped() + u"</td></tr>"_s;
            break;
        }
        }
    }
    return html + u"<table>"_s + rows + u"</table>"_s + after;
}

bool ReceiptPdf::write(const QString &path, const SaleRecord &sale, const QString &productName,
                       const QString &terminalId, QString *error)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(path, probe.errorString());
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QSizeF(80, 200), QPageSize::Millimeter));   // receipt roll width
    writer.setResolution(300);
    writer.setTitle(tr("Receipt %1").arg(sale.refid));
    QTextDocument doc;
    doc.setHtml(html(sale, productName, terminalId));
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
    return true;
}

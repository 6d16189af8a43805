#include "ReceiptPdf.h"

#include "ShareText.h"
#include "validation/IdentityNumber.h"

#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString ReceiptPdf::html(const SaleRecord &sale, const QString &productName, const QString &terminalId)
{
    QString rows;
    const auto row = [&rows](const QString &label, const QString &value, bool big = false) {
        rows += u"<tr><td style='color:#555;padding-right:12px'>"_s + label.toHtmlEscaped()
            + u"</td><td style='"_s + (big ? u"font-size:16pt;font-family:monospace;font-weight:bold"_s : QString())
            + u"'>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
    };
    const QDateTime when = (sale.finalAt ? *sale.finalAt : sale.updatedAt).toLocalTime();
    row(tr("Product"), sale.productName.value_or(productName));
    row(tr("Amount"), u"RM "_s + sale.amount);
    row(tr("Account"), ShareText::displayAccount(sale));
    const QString ic = sale.extras.value("ic_number"_L1).toString();
    if (!ic.isEmpty())
        row(tr("IC / passport"), IdentityNumber::mask(ic));
    row(tr("Reference"), sale.refid);
    row(tr("Time"), QLocale().toString(when, QLocale::ShortFormat));
    if (sale.sn)
        row(tr("Serial number"), *sale.sn);
    if (sale.pin)
        row(tr("PIN"), *sale.pin, true);
    if (sale.expiry)
        row(tr("Expires"), ShareText::formatExpiry(*sale.expiry));
    if (sale.voucherlink)
        row(tr("Voucher"), *sale.voucherlink);
    QString html = u"<h2>"_s + tr("Receipt").toHtmlEscaped() + u"</h2>"_s;
    if (!terminalId.isEmpty())
        html += u"<p>"_s + tr("Terminal %1").arg(terminalId).toHtmlEscaped() + u"</p>"_s;
    html += u"<table>"_s + rows + u"</table>"_s;
    if (sale.note)
        html += u"<p>"_s + sale.note->toHtmlEscaped() + u"</p>"_s;
    return html;
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

#include "SaleCsv.h"
#include "Receipt.h"

#include "validation/Money.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

// ISO 8601 with the offset, in the terminal's local time: a spreadsheet shows the shop's clock
// and the offset keeps the instant unambiguous (as a fixed offset, Qt::ISODate always prints it).
QString localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

}   // namespace

QStringList SaleCsv::header()
{
    return {tr("Refid"),   tr("Created"), tr("Updated"),  tr("Product"),     tr("Product name"),
            tr("Account"), tr("Amount"),  tr("Status"),   tr("Status code"), tr("Serial number"),
            tr("Expiry"),  tr("Remarks"), tr("Attempts"), tr("Needs review")};
}

QString SaleCsv::statusName(SaleState state)
{
    switch (state) {
    case SaleState::New:
    case SaleState::Accepted:
    case SaleState::Processing:
    case SaleState::Unknown:
        return tr("Pending");
    case SaleState::Rejected:
        return tr("Rejected");
    case SaleState::Succesful:
        return tr("Successful");
    case SaleState::Failed:
        return tr("Failed");
    case SaleState::Refund:
        return tr("Refunded");
    case SaleState::NeedsDecision:
        return tr("Needs decision");
    case SaleState::Voided:
        return tr("Voided");
    }
    return {};
}

QStringList SaleCsv::fields(const SaleRecord &sale)
{
    const auto sen = Money::senFromApiAmount(sale.amount);
    return {sale.refid,
            localTime(sale.createdAt),
            localTime(sale.updatedAt),
            sale.product,
            sale.productName.value_or(QString()),
            Receipt::displayAccount(sale),
            sen ? Money::formatSen(*sen) : sale.amount,
            statusName(sale.state),
            sale.statusCode ? QString::number(*sale.statusCode) : QString(),
            sale.sn.value_or(QString()),
            sale.expiry.value_or(QString()),
            sale.remarks.value_or(QString()),
            QString::number(sale.attempts),
            sale.needsReview ? tr("yes") : tr("no")};
    // Never sale.pin, sale.voucherlink, sale.requestBody, sale.extras or sale.lastError.
}

QByteArray SaleCsv::line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        QString f = fields.at(i);
        // A leading = + - @ makes a spreadsheet evaluate the cell (CSV injection): such a
        // field (a remark from the API, say) is quoted and prefixed so it stays text.
        const bool formula = !f.isEmpty() && QStringView(u"=+-@").contains(f.front())
            && !(f.front() == u'-' && f.size() > 1 && f.at(1).isDigit());
        if (formula)
            f.prepend(u'\'');
        if (formula || f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
            f.replace(u"\""_s, u"\"\""_s);
            out += '"' + f.toUtf8() + '"';
        } else {
            out += f.toUtf8();
        }
    }
    out += "\r\n";
    return out;
}

QByteArray SaleCsv::begin()
{
    return QByteArray("\xEF\xBB\xBF") + line(header());
}

QByteArray SaleCsv::document(const QList<SaleRecord> &sales)
{
    QByteArray out = begin();
    for (const SaleRecord &s : sales)
        out += line(fields(s));
    return out;
}

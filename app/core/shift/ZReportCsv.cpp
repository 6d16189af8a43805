#include "ZReportCsv.h"

#include "receipt/SaleCsv.h"
#include "validation/Money.h"

using namespace Qt::StringLiterals;

namespace {

// ISO 8601 with the offset, in the terminal's local time, as SaleCsv writes times.
QString isoLocal(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QStringList amountRow(const QString &section, const QString &item, qint64 sen)
{
    return {section, item, QString(), Money::formatSen(sen), QString()};
}

} // namespace

QStringList ZReportCsv::header()
{
    return {tr("Section"), tr("Item"), tr("Count"), tr("Amount"), tr("Detail")};
}

QList<QStringList> ZReportCsv::rows(const ZReport &report)
{
    const QString shift = u"shift"_s;
    QList<QStringList> out{
        {shift, u"z_number"_s, {}, {}, QString::number(report.zNumber)},
        {shift, u"terminal"_s, {}, {}, report.terminalId},
        {shift, u"cashier"_s, {}, {}, report.cashier},
        {shift, u"opened"_s, {}, {}, isoLocal(report.openedAt)},
        {shift, u"closed"_s, {}, {}, isoLocal(report.closedAt)},
    };
    const ShiftSummary &s = report.summary;
    for (const ShiftSummary::ProductTotal &p : s.productTotals)
        out.append({u"product"_s, p.product, QString::number(p.soldCount + p.pendingCount),
                    Money::formatSen(p.soldSen + p.pendingSen), p.name});
    for (const ShiftSummary::StatusTotal &t : s.statusTotals)
        out.append({u"status"_s, ShiftSummary::groupKey(t.group), QString::number(t.count),
                    Money::formatSen(t.sen), ShiftSummary::groupName(t.group)});
    for (const ShiftSummary::PendingSale &p : s.pending)
        out.append({u"pending"_s, p.refid, QString(), Money::formatSen(p.sen), saleStateName(p.state)});
    for (const ShiftSummary::PendingSale &p : s.handedBack)
        out.append({u"handed_back"_s, p.refid, QString(), Money::formatSen(-p.sen), saleStateName(p.state)});
    for (const ShiftSummary::PendingSale &p : s.carried)
        out.append({u"carried"_s, p.refid, QString(), Money::formatSen(p.sen), saleStateName(p.state)});
    const QString cash = u"cash"_s;
    out.append(amountRow(cash, u"opening_float"_s, s.openingFloatSen));
    out.append(amountRow(cash, u"successful"_s, s.total(ShiftSummary::Group::Successful).sen));
    out.append(amountRow(cash, u"pending"_s, s.total(ShiftSummary::Group::Pending).sen));
    if (!s.handedBack.isEmpty())
        out.append(amountRow(cash, u"handed_back"_s, -s.handedBackSen()));
    if (report.isClosed()) {
        out.append(amountRow(cash, u"expected"_s, report.expectedCashSen()));
        out.append(amountRow(cash, u"counted"_s, *report.countedCashSen));
        out.append(amountRow(cash, u"variance"_s, *report.varianceSen()));
    }
    if (report.walletAtOpenSen)
        out.append(amountRow(u"wallet"_s, u"at_open"_s, *report.walletAtOpenSen));
    if (report.walletAtCloseSen)
        out.append(amountRow(u"wallet"_s, u"at_close"_s, *report.walletAtCloseSen));
    return out;
}

QByteArray ZReportCsv::document(const ZReport &report)
{
    QByteArray out("\xEF\xBB\xBF");
    out += SaleCsv::line(header());
    for (const QStringList &fields : rows(report))
        out += SaleCsv::line(fields);
    return out;
}

#include "ZReport.h"

#include "journal/JournalRows.h"
#include "validation/Money.h"

#include <QJsonValue>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

QJsonValue optionalSen(const std::optional<qint64> &sen)
{
    return sen ? QJsonValue(double(*sen)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> senOrNull(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    return qint64(v.toDouble());
}

ZReport::Line row(const QString &key, const QString &label, const QString &value, const QString &count = {})
{
    return ZReport::Line{ZReport::Kind::Row, key, label, count, value};
}

ZReport::Line heading(const QString &key, const QString &label)
{
    return ZReport::Line{ZReport::Kind::Heading, key, label, {}, {}};
}

ZReport::Line rule()
{
    return ZReport::Line{ZReport::Kind::Rule, {}, {}, {}, {}};
}

// label ... count  value, the value flush right. A label too long to share the line gets
// lines of its own (cut at the width, never past it) and the numbers go right below it.
QStringList layoutRow(const ZReport::Line &line, int width)
{
    const QString right = (line.count.isEmpty() ? QString() : line.count.rightJustified(5) + u"  "_s)
        + line.value;
    if (right.isEmpty() && line.label.size() <= width)
        return {line.label};
    if (!right.isEmpty() && line.label.size() + 1 + right.size() <= width)
        return {line.label + QString(width - line.label.size() - right.size(), u' ') + right};
    QStringList out;
    for (qsizetype i = 0; i < line.label.size(); i += width)
        out << line.label.mid(i, width);
    for (qsizetype i = 0; i < right.size(); i += width)
        out << right.mid(i, width).rightJustified(width);
    return out;
}

// A heading is a sentence: wrapped at spaces to `width` (a word longer than a line is cut), so
// that no line of the report is wider than the paper or the screen that shows it.
QStringList wrapWords(const QString &text, int width)
{
    QStringList out;
    QString line;
    for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
        while (word.size() > width) {
            if (!line.isEmpty())
                out << std::exchange(line, QString());
            out << word.left(width);
            word = word.mid(width);
        }
        if (!line.isEmpty() && line.size() + 1 + word.size() > width)
            out << std::exchange(line, QString());
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty() || out.isEmpty())
        out << line;
    return out;
}

} // namespace

ZReport ZReport::forShift(const Shift &shift, const QString &terminalId, const ShiftSummary &summary)
{
    ZReport r;
    r.zNumber = shift.zNumber.value_or(0);
    r.terminalId = terminalId;
    r.cashier = shift.cashier;
    r.openedAt = shift.openedAt;
    r.closedAt = shift.closedAt.value_or(QDateTime());
    r.walletAtOpenSen = shift.walletAtOpenSen;
    r.walletAtCloseSen = shift.walletAtCloseSen;
    r.countedCashSen = shift.countedCashSen;
    r.summary = summary;
    return r;
}

std::optional<qint64> ZReport::varianceSen() const
{
    if (!countedCashSen)
        return std::nullopt;
    return *countedCashSen - expectedCashSen();
}

QString ZReport::localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString ZReport::title() const
{
    return zNumber > 0 ? tr("Z-report No. %1").arg(zNumber) : tr("Shift in progress");
}

QList<ZReport::Line> ZReport::lines() const
{
    QList<Line> out;
    out << Line{Kind::Title, u"title"_s, title(), {}, {}};
    out << row(u"terminal"_s, tr("Terminal"), terminalId) << row(u"cashier"_s, tr("Cashier"), cashier)
        << row(u"opened"_s, tr("Opened"), localTime(openedAt));
    if (closedAt.isValid())
        out << row(u"closed"_s, tr("Closed"), localTime(closedAt));
    out << rule() << heading(u"by-product"_s, tr("Sales by product (cash taken)"));
    if (summary.productTotals.isEmpty())
        out << row(u"no-sales"_s, tr("No sales"), {});
    for (const ShiftSummary::ProductTotal &p : summary.productTotals) {
        const QString name = p.name == p.product ? p.product : u"%1 (%2)"_s.arg(p.name, p.product);
        out << row(u"product:"_s + p.product, name, Money::formatRinggit(p.soldSen + p.pendingSen),
                   QString::number(p.soldCount + p.pendingCount));
        if (p.pendingCount > 0)
            out << row(u"product-pending:"_s + p.product, u"  "_s + tr("of which pending"),
                       Money::formatRinggit(p.pendingSen), QString::number(p.pendingCount));
    }
    out << rule() << heading(u"by-status"_s, tr("Sales by status"));
    for (const ShiftSummary::StatusTotal &t : summary.statusTotals)
        out << row(u"status:"_s + ShiftSummary::groupKey(t.group), ShiftSummary::groupName(t.group),
                   Money::formatRinggit(t.sen), QString::number(t.count));
    if (!summary.pending.isEmpty()) {
        out << rule() << heading(u"pending"_s, tr("Pending sales: cash taken, outcome not known yet"));
        for (const ShiftSummary::PendingSale &p : summary.pending)
            out << row(u"pending:"_s + p.refid, p.refid, Money::formatRinggit(p.sen));
    }
    if (!summary.handedBack.isEmpty()) {
        out << rule()
            << heading(u"handed-back"_s, tr("Earlier pending sales that failed: cash handed back from this drawer"));
        for (const ShiftSummary::PendingSale &p : summary.handedBack)
            out << row(u"handed-back:"_s + p.refid, p.refid, Money::formatRinggit(-p.sen));
    }
    if (!summary.carried.isEmpty()) {
        out << rule() << heading(u"carried"_s, tr("Earlier pending sales still without an outcome (not counted here)"));
        for (const ShiftSummary::PendingSale &p : summary.carried)
            out << row(u"carried:"_s + p.refid, p.refid, Money::formatRinggit(p.sen));
    }
    out << rule() << heading(u"cash"_s, tr("Cash"));
    out << row(u"float"_s, tr("Opening float"), Money::formatRinggit(summary.openingFloatSen));
    if (isClosed()) {
        const ShiftSummary::StatusTotal ok = summary.total(ShiftSummary::Group::Successful);
        const ShiftSummary::StatusTotal pending = summary.total(ShiftSummary::Group::Pending);
        out << row(u"cash-successful"_s, tr("Successful sales"), Money::formatRinggit(ok.sen))
            << row(u"cash-pending"_s, tr("Pending sales"), Money::formatRinggit(pending.sen));
        if (!summary.handedBack.isEmpty())
            out << row(u"cash-handed-back"_s, tr("Handed back for earlier sales"),
                       Money::formatRinggit(-summary.handedBackSen()));
        out << row(u"expected"_s, tr("Expected cash"), Money::formatRinggit(expectedCashSen()))
            << row(u"counted"_s, tr("Counted cash"), Money::formatRinggit(*countedCashSen))
            << row(u"variance"_s, tr("Variance (counted - expected)"), Money::formatRinggit(*varianceSen()));
    }
    if (walletAtOpenSen || walletAtCloseSen) {
        out << rule() << heading(u"wallet"_s, tr("IIMMPACT wallet balance"));
        if (walletAtOpenSen)
            out << row(u"wallet-open"_s, tr("At open"), Money::formatRinggit(*walletAtOpenSen));
        if (walletAtCloseSen)
            out << row(u"wallet-close"_s, tr("At close"), Money::formatRinggit(*walletAtCloseSen));
    }
    if (!summary.unreadableAmounts.isEmpty())
        out << row(u"unreadable"_s, tr("Sales with an unreadable amount (counted as 0)"),
                   summary.unreadableAmounts.join(u", "_s));
    return out;
}

QString ZReport::plainText(int width) const
{
    width = std::max(width, 24);
    QStringList out;
    for (const Line &line : lines()) {
        switch (line.kind) {
        case Kind::Title: {
            const int pad = std::max(0, (width - int(line.label.size())) / 2);
            out << QString(width, u'=') << QString(pad, u' ') + line.label << QString(width, u'=');
            break;
        }
        case Kind::Heading:
            out << wrapWords(line.label, width);
            break;
        case Kind::Rule:
            out << QString(width, u'-');
            break;
        case Kind::Row:
            out << layoutRow(line, width);
            break;
        }
    }
    return out.join(u'\n') + u'\n';
}

QJsonObject ZReport::toJson() const
{
    return {{u"zNumber"_s, zNumber},
            {u"terminalId"_s, terminalId},
            {u"cashier"_s, cashier},
            {u"openedAt"_s, openedAt.toMSecsSinceEpoch()},
            {u"closedAt"_s, closedAt.isValid() ? QJsonValue(closedAt.toMSecsSinceEpoch()) : QJsonValue()},
            {u"walletAtOpenSen"_s, optionalSen(walletAtOpenSen)},
            {u"walletAtCloseSen"_s, optionalSen(walletAtCloseSen)},
            {u"countedCashSen"_s, optionalSen(countedCashSen)},
            {u"summary"_s, summary.toJson()}};
}

std::optional<ZReport> ZReport::fromJson(const QJsonObject &json)
{
    const std::optional<ShiftSummary> summary = ShiftSummary::fromJson(json.value("summary"_L1).toObject());
    if (!summary || !json.value("openedAt"_L1).isDouble())
        return std::nullopt;
    ZReport r;
    r.zNumber = json.value("zNumber"_L1).toInt();
    r.terminalId = json.value("terminalId"_L1).toString();
    r.cashier = json.value("cashier"_L1).toString();
    r.openedAt = JournalRows::fromMs(qint64(json.value("openedAt"_L1).toDouble()));
    if (json.value("closedAt"_L1).isDouble())
        r.closedAt = JournalRows::fromMs(qint64(json.value("closedAt"_L1).toDouble()));
    r.walletAtOpenSen = senOrNull(json.value("walletAtOpenSen"_L1));
    r.walletAtCloseSen = senOrNull(json.value("walletAtCloseSen"_L1));
    r.countedCashSen = senOrNull(json.value("countedCashSen"_L1));
    r.summary = *summary;
    return r;
}

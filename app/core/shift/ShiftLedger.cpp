#include "ShiftLedger.h"

#include "journal/Journal.h"
#include "journal/JournalRows.h"
#include "journal/JournalSchema.h"
#include "util/Clock.h"
#include "util/Log.h"
#include "validation/Money.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kShiftColumns =
    "SELECT id, cashier, opened_at, closed_at, opening_float_sen, counted_cash_sen, "
    "expected_cash_sen, balance_open_sen, balance_close_sen, z_number FROM shifts "_L1;

std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QVariant intOrNull(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

Shift readShift(const QSqlQuery &q)
{
    Shift s;
    s.id = q.value(0).toLongLong();
    s.cashier = q.value(1).toString();
    s.openedAt = JournalRows::fromMs(q.value(2).toLongLong());
    if (!q.value(3).isNull())
        s.closedAt = JournalRows::fromMs(q.value(3).toLongLong());
    s.openingFloatSen = q.value(4).toLongLong();
    s.countedCashSen = optionalInt(q.value(5));
    s.expectedCashSen = optionalInt(q.value(6));
    s.walletAtOpenSen = optionalInt(q.value(7));
    s.walletAtCloseSen = optionalInt(q.value(8));
    if (const std::optional<qint64> z = optionalInt(q.value(9)))
        s.zNumber = int(*z);
    return s;
}

} // namespace

ShiftLedger::ShiftLedger(Journal &journal, const Clock &clock)
    : m_journal(journal)
    , m_clock(clock)
{
}

bool ShiftLedger::fail(const QString &message) const
{
    m_error = message;
    // Info, not a warning: most are a cashier's refusals (no shift open, one already open),
    // which the caller shows; a command-line user would otherwise read each one twice.
    qCInfo(lcJournal).noquote() << "shift:" << message;
    return false;
}

bool ShiftLedger::checkOpen() const
{
    m_error.clear();
    if (m_journal.isOpen())
        return true;
    return fail(tr("The sale journal is not open; no shift can be recorded."));
}

QString ShiftLedger::normalizeCashier(const QString &name, QString *error)
{
    const QString simplified = name.simplified();
    QString why;
    if (simplified.isEmpty())
        why = tr("A shift needs the cashier's name.");
    else if (simplified.size() > MaxCashierLength)
        why = tr("The cashier's name is too long (at most %1 characters).").arg(MaxCashierLength);
    else if (simplified.contains(QRegularExpression(u"[\\p{Cc}\\p{Cf}]"_s)))
        why = tr("The cashier's name contains a control character.");
    if (error)
        *error = why;
    return why.isEmpty() ? simplified : QString();
}

bool ShiftLedger::isCashAmount(qint64 sen)
{
    return sen >= 0 && sen <= Money::MaxAmountSen;
}

bool ShiftLedger::readOpenShift(QSqlQuery &q, std::optional<Shift> *shift) const
{
    shift->reset();
    if (!q.exec(kShiftColumns + "WHERE closed_at IS NULL"_L1))
        return fail(m_journal.database().describe(q.lastError()));
    if (q.next())
        *shift = readShift(q);
    q.finish();
    return true;
}

bool ShiftLedger::readSales(QSqlQuery &q, qint64 fromMs, qint64 toMs, QList<SaleRecord> *sales) const
{
    // sales_created (JournalSchema::historyIndexes) makes this an index range.
    q.prepare(JournalSchema::selectSales("WHERE created_at >= ? AND created_at <= ? ORDER BY created_at, id"_L1));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return fail(m_journal.database().describe(q.lastError()));
    while (q.next())
        sales->append(JournalRows::readSale(q));
    q.finish();
    return true;
}

bool ShiftLedger::readCarried(QSqlQuery &q, QList<ShiftSummary::PendingSale> *earlier) const
{
    if (!q.exec(u"SELECT z_number, report FROM shifts WHERE z_number IS NOT NULL "
                "ORDER BY z_number DESC LIMIT 1"_s))
        return fail(m_journal.database().describe(q.lastError()));
    if (!q.next()) {
        q.finish();
        return true;   // the first shift: nothing earlier
    }
    const int zNumber = q.value(0).toInt();
    const std::optional<ZReport> previous =
        ZReport::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    q.finish();
    if (!previous)
        return fail(tr("Z-report No. %1 is damaged in the journal and cannot be shown.").arg(zNumber));
    for (ShiftSummary::PendingSale sale : previous->summary.stillOpenAtClose(zNumber)) {
        q.prepare(u"SELECT state FROM sales WHERE refid = ?"_s);
        q.addBindValue(sale.refid);
        if (!q.exec())
            return fail(m_journal.database().describe(q.lastError()));
        if (q.next()) {
            if (const std::optional<SaleState> state = saleStateFromName(q.value(0).toString()))
                sale.state = *state;
        }
        q.finish();
        earlier->append(sale);
    }
    return true;
}

std::optional<Shift> ShiftLedger::open(const QString &cashier, qint64 openingFloatSen,
                                       std::optional<qint64> walletSen)
{
    if (!checkOpen())
        return std::nullopt;
    QString why;
    const QString name = normalizeCashier(cashier, &why);
    if (name.isEmpty()) {
        fail(why);
        return std::nullopt;
    }
    if (!isCashAmount(openingFloatSen)) {
        fail(tr("The opening float must be an amount from RM 0.00 up; nothing was recorded."));
        return std::nullopt;
    }
    JournalDatabase &db = m_journal.database();
    std::optional<Shift> opened;
    const QString what = tr("opening a shift");
    const bool ok = db.write(what, [&](QSqlQuery &q) {
        std::optional<Shift> already;
        if (!readOpenShift(q, &already))
            return false;
        if (already) {
            return fail(tr("A shift is already open (%1, since %2). Close it before opening another.")
                            .arg(already->cashier, ZReport::localTime(already->openedAt)));
        }
        // Shifts never overlap, so no sale is in two Z-reports: a clock set back since the last
        // close opens the new shift at that close.
        if (!q.exec(u"SELECT MAX(closed_at) FROM shifts"_s) || !q.next())
            return fail(tr("Error while %1: %2").arg(what, db.describe(q.lastError())));
        const qint64 lastClose = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        q.finish();
        Shift s;
        s.cashier = name;
        s.openedAt = JournalRows::fromMs(std::max(m_clock.msecsSinceEpoch(), lastClose));
        s.openingFloatSen = openingFloatSen;
        s.walletAtOpenSen = walletSen;
        q.prepare(u"INSERT INTO shifts (cashier, opened_at, opening_float_sen, balance_open_sen) "
                  "VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(s.cashier);
        q.addBindValue(s.openedAt.toMSecsSinceEpoch());
        q.addBindValue(s.openingFloatSen);
        q.addBindValue(intOrNull(walletSen));
        if (!q.exec()) {
            // Another process opened one between our read and this insert (the unique index).
            if (JournalDatabase::isConstraintViolation(q.lastError()))
                return fail(tr("A shift is already open. Close it before opening another."));
            return fail(tr("Error while %1: %2").arg(what, db.describe(q.lastError())));
        }
        s.id = q.lastInsertId().toLongLong();
        opened = s;
        return true;
    });
    if (!ok) {
        if (m_error.isEmpty())
            fail(db.errorString());
        return std::nullopt;
    }
    qCInfo(lcJournal).noquote() << "shift" << opened->id << "opened";
    return opened;
}

std::optional<Shift> ShiftLedger::current() const
{
    if (!checkOpen())
        return std::nullopt;
    QSqlQuery q(m_journal.database().connection());
    q.setForwardOnly(true);
    std::optional<Shift> shift;
    readOpenShift(q, &shift);
    return shift;
}

std::optional<ZReport> ShiftLedger::currentReport() const
{
    const std::optional<Shift> shift = current();
    if (!shift) {
        if (m_error.isEmpty())
            fail(tr("No shift is open."));
        return std::nullopt;
    }
    QSqlQuery q(m_journal.database().connection());
    q.setForwardOnly(true);
    QList<SaleRecord> sales;
    const qint64 now = std::max(m_clock.msecsSinceEpoch(), shift->openedAt.toMSecsSinceEpoch());
    QList<ShiftSummary::PendingSale> earlier;
    if (!readSales(q, shift->openedAt.toMSecsSinceEpoch(), now, &sales) || !readCarried(q, &earlier))
        return std::nullopt;
    ShiftSummary summary = ShiftSummary::fromSales(shift->openingFloatSen, sales);
    summary.carryOver(earlier);
    return ZReport::forShift(*shift, m_journal.terminalId(), summary);
}

bool ShiftLedger::closeInWrite(QSqlQuery &q, qint64 countedCashSen, std::optional<qint64> walletSen,
                               ZReport *report)
{
    JournalDatabase &db = m_journal.database();
    std::optional<Shift> shift;
    if (!readOpenShift(q, &shift))
        return false;
    if (!shift)
        return fail(tr("No shift is open; there is nothing to close."));
    // A clock set back since the shift opened still closes it, at its opening time.
    const qint64 closedMs = std::max(m_clock.msecsSinceEpoch(), shift->openedAt.toMSecsSinceEpoch());
    QList<SaleRecord> sales;
    QList<ShiftSummary::PendingSale> earlier;
    if (!readSales(q, shift->openedAt.toMSecsSinceEpoch(), closedMs, &sales) || !readCarried(q, &earlier))
        return false;
    ShiftSummary summary = ShiftSummary::fromSales(shift->openingFloatSen, sales);
    summary.carryOver(earlier);
    if (!q.exec(u"SELECT COALESCE(MAX(z_number), 0) + 1 FROM shifts"_s) || !q.next())
        return fail(db.describe(q.lastError()));
    shift->zNumber = q.value(0).toInt();
    q.finish();
    shift->closedAt = JournalRows::fromMs(closedMs);
    shift->countedCashSen = countedCashSen;
    shift->walletAtCloseSen = walletSen;
    *report = ZReport::forShift(*shift, m_journal.terminalId(), summary);
    q.prepare(u"UPDATE shifts SET closed_at = ?, counted_cash_sen = ?, expected_cash_sen = ?, "
              "balance_close_sen = ?, z_number = ?, report = ? WHERE id = ? AND closed_at IS NULL"_s);
    q.addBindValue(closedMs);
    q.addBindValue(countedCashSen);
    q.addBindValue(report->expectedCashSen());
    q.addBindValue(intOrNull(walletSen));
    q.addBindValue(*shift->zNumber);
    q.addBindValue(QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(shift->id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return fail(tr("Error while %1: %2").arg(tr("closing the shift"), db.describe(q.lastError())));
    return true;
}

std::optional<ZReport> ShiftLedger::close(qint64 countedCashSen, std::optional<qint64> walletSen)
{
    if (!checkOpen())
        return std::nullopt;
    if (!isCashAmount(countedCashSen)) {
        fail(tr("The counted cash must be an amount from RM 0.00 up; the shift stays open."));
        return std::nullopt;
    }
    ZReport report;
    JournalDatabase &db = m_journal.database();
    const bool ok = db.write(tr("closing the shift"), [&](QSqlQuery &q) {
        return closeInWrite(q, countedCashSen, walletSen, &report);
    });
    if (!ok) {
        if (m_error.isEmpty())
            fail(db.errorString());
        return std::nullopt;
    }
    qCInfo(lcJournal).noquote() << "shift closed, Z-report" << report.zNumber;
    return report;
}

std::optional<ZReport> ShiftLedger::zReport(int zNumber) const
{
    if (!checkOpen())
        return std::nullopt;
    QSqlQuery q(m_journal.database().connection());
    q.setForwardOnly(true);
    if (zNumber > 0) {
        q.prepare(u"SELECT z_number, report FROM shifts WHERE z_number = ?"_s);
        q.addBindValue(zNumber);
    } else {
        q.prepare(u"SELECT z_number, report FROM shifts WHERE z_number IS NOT NULL "
                  "ORDER BY z_number DESC LIMIT 1"_s);
    }
    if (!q.exec()) {
        fail(m_journal.database().describe(q.lastError()));
        return std::nullopt;
    }
    if (!q.next()) {
        fail(zNumber > 0 ? tr("There is no Z-report No. %1 in this journal.").arg(zNumber)
                         : tr("No shift has been closed in this journal yet; there is no Z-report."));
        return std::nullopt;
    }
    const int number = q.value(0).toInt();
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8());
    q.finish();
    std::optional<ZReport> report = ZReport::fromJson(doc.object());
    if (!report || report->zNumber != number) {
        fail(tr("Z-report No. %1 is damaged in the journal and cannot be shown.").arg(number));
        return std::nullopt;
    }
    return report;
}

QList<Shift> ShiftLedger::closedShifts(int limit) const
{
    QList<Shift> out;
    if (!checkOpen() || limit <= 0)
        return out;
    QSqlQuery q(m_journal.database().connection());
    q.setForwardOnly(true);
    q.prepare(kShiftColumns + "WHERE z_number IS NOT NULL ORDER BY z_number DESC LIMIT ?"_L1);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(m_journal.database().describe(q.lastError()));
        return out;
    }
    while (q.next())
        out.append(readShift(q));
    return out;
}

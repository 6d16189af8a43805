#pragma once

#include "Shift.h"
#include "ZReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Clock;
class Journal;
class QSqlQuery;

// The till's shifts in its journal (schema 3, table shifts): open one per cashier, read the
// one that is open, close it with a blind cash count into a numbered Z-report, find a
// Z-report again by its number. At most one shift is open per journal; the database
// enforces it (the partial unique index shifts_one_open), so two processes cannot both open
// one. A sale belongs to the shift open at its created time: sales are only read here, their
// write path does not know about shifts.
//
// Every write is one journal transaction fsynced before it returns (PowerLoss): a Z number
// handed out is never handed out again, and a closed shift never reopens after a power cut.
// On any error nothing is written and errorString() says why in the cashier's words.
class ShiftLedger
{
    Q_DECLARE_TR_FUNCTIONS(ShiftLedger)
public:
    static constexpr int MaxCashierLength = 60;

    ShiftLedger(Journal &journal, const Clock &clock);

    // Opens a shift now (or at the last close, if the clock is behind it: shifts never
    // overlap, so a sale is in one Z-report at most). nullopt + errorString() when the name is empty or too long, the
    // float is negative or too large, a shift is already open, or the journal cannot write.
    std::optional<Shift> open(const QString &cashier, qint64 openingFloatSen,
                              std::optional<qint64> walletSen = std::nullopt);
    // The open shift; nullopt when none is open (errorString() empty) or on error (set).
    std::optional<Shift> current() const;
    // The open shift's report so far (no number, no count, no expected cash shown).
    std::optional<ZReport> currentReport() const;
    // Closes the open shift with the cashier's blind count: the next Z number, the sales of
    // the shift read and the report frozen in the same transaction. nullopt + errorString()
    // when no shift is open, the count is negative or too large, or the journal cannot write.
    std::optional<ZReport> close(qint64 countedCashSen, std::optional<qint64> walletSen = std::nullopt);
    // A stored Z-report, as it was at close; 0 = the latest. nullopt + errorString() when
    // there is none with that number.
    std::optional<ZReport> zReport(int zNumber = 0) const;
    // Closed shifts, newest first, at most `limit`.
    QList<Shift> closedShifts(int limit = 50) const;

    QString errorString() const { return m_error; }

    // The cashier's name trimmed, inner white space collapsed; an error when it cannot be one.
    static QString normalizeCashier(const QString &name, QString *error);
    // A cash amount in sen that a shift may record: 0 .. Money::MaxAmountSen.
    static bool isCashAmount(qint64 sen);

private:
    bool fail(const QString &message) const;
    bool checkOpen() const;
    // The sales created in [from, to] (UTC ms), on `q`'s connection (inside a write or not).
    bool readSales(QSqlQuery &q, qint64 fromMs, qint64 toMs, QList<SaleRecord> *sales) const;
    // The sales the latest Z-report left open (its pending and carried ones), with their
    // state as now: what this shift hands back or carries (ShiftSummary::carryOver).
    bool readCarried(QSqlQuery &q, QList<ShiftSummary::PendingSale> *earlier) const;
    // The open shift, read with `q`; false + fail() on an SQL error, *found false if none.
    bool readOpenShift(QSqlQuery &q, std::optional<Shift> *shift) const;
    // Inside close()'s write: the report frozen and the row updated.
    bool closeInWrite(QSqlQuery &q, qint64 countedCashSen, std::optional<qint64> walletSen,
                      ZReport *report);

    Journal &m_journal;
    const Clock &m_clock;
    mutable QString m_error;
};

#pragma once

#include "Shift.h"
#include "ShiftSummary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A shift's report, as lines for paper, screens and PDF. Two kinds:
//  - the Z-report: numbered (1, 2, 3... per journal), made once when the shift closes, stored
//    in the journal as toJson() and reprinted from there, so a reprint is what was printed at
//    close even if a pending sale settles later;
//  - the shift so far (no number, no count): what `kaunter shift status` shows. It never
//    shows the expected cash: the count at close is blind, so nothing before it may tell the
//    cashier what the drawer should hold.
// Amounts in sen; times UTC, shown in the terminal's local time.
struct ZReport
{
    Q_DECLARE_TR_FUNCTIONS(ZReport)
public:
    enum class Kind { Title, Heading, Row, Rule };
    struct Line
    {
        Kind kind = Kind::Row;
        QString key;      // stable id for tests and layouts: "expected", "variance", "product:D"...
        QString label;    // translated
        QString count;    // a number of sales, or empty
        QString value;    // an amount ("RM 10.00") or a text
    };

    int zNumber = 0;            // 0: the shift is still open
    QString terminalId;
    QString cashier;
    QDateTime openedAt;         // UTC
    QDateTime closedAt;         // UTC; invalid while open
    std::optional<qint64> walletAtOpenSen;
    std::optional<qint64> walletAtCloseSen;
    std::optional<qint64> countedCashSen;   // absent while open
    ShiftSummary summary;

    static ZReport forShift(const Shift &shift, const QString &terminalId, const ShiftSummary &summary);

    bool isClosed() const { return zNumber > 0 && countedCashSen.has_value(); }
    qint64 expectedCashSen() const { return summary.expectedCashSen(); }
    // counted - expected: negative when the drawer is short. nullopt while open.
    std::optional<qint64> varianceSen() const;

    QList<Line> lines() const;
    // Monospaced text, `width` columns (32 fits 58 mm paper, 48 fits 80 mm).
    QString plainText(int width = 48) const;
    QString title() const;   // "Z-report No. 3" or "Shift in progress"

    QJsonObject toJson() const;
    static std::optional<ZReport> fromJson(const QJsonObject &json);

    // The terminal's local time as reports show it: "2025-03-09 12:00".
    static QString localTime(const QDateTime &utc);
};

#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <optional>

// One cashier's shift as the journal's shifts table holds it (schema 3). Money in sen.
// While the shift is open, closedAt, the count, the expected cash and the Z number are absent.
struct Shift
{
    qint64 id = 0;
    QString cashier;
    QDateTime openedAt;                      // UTC
    std::optional<QDateTime> closedAt;       // UTC
    qint64 openingFloatSen = 0;
    std::optional<qint64> countedCashSen;
    std::optional<qint64> expectedCashSen;
    std::optional<qint64> walletAtOpenSen;   // IIMMPACT balance, when it was known
    std::optional<qint64> walletAtCloseSen;
    std::optional<int> zNumber;

    bool isOpen() const { return !closedAt.has_value(); }
};

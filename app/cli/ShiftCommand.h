#pragma once

#include "cli/CliOptions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

class Clock;
class Journal;
class QTextStream;
struct ZReport;

// `kaunter shift open|status|close` and `kaunter zreport`, on a journal CliCommands opened
// (with the driver lock for open and close, without it for status and zreport).
//
// The close is a blind count: the cashier's count is an argument of the command, so nothing
// about the expected cash is printed before it; the Z-report with the expected cash and the
// variance comes after. `shift status` never prints the expected cash.
// open and close record the IIMMPACT wallet balance when the caller can read it.
// Exit codes: 0 done; 2 (SaleReport::Usage) refused with the reason on stderr (no shift open,
// one already open, a bad name or amount, a file that cannot be written), nothing written.
class ShiftCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShiftCommand)
public:
    // The IIMMPACT wallet balance now, when it can be known (nullopt: not recorded). Asked
    // only once the command is sure to write (a shift to close, none open yet).
    using WalletBalance = std::function<std::optional<qint64>()>;

    ShiftCommand(const CliOptions &options, Journal &journal, const Clock &clock, QTextStream &out,
                 QTextStream &err, WalletBalance walletBalance = {});
    int run();

    // What --json prints for a report: its frozen form plus the cash figures as decimals
    // (expectedCash, countedCash, variance only once the shift is closed).
    static QJsonObject toJson(const ZReport &report);

private:
    int open();
    int status();
    int close();
    int zReport();
    int writeFiles(const ZReport &report);
    int refuse(const QString &message);
    void print(const QJsonObject &json);

    const CliOptions &m_options;
    Journal &m_journal;
    const Clock &m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
    WalletBalance m_walletBalance;
};

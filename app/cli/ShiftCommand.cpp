#include "cli/ShiftCommand.h"

#include "cli/SaleReport.h"
#include "journal/Journal.h"
#include "print/ZReportPdf.h"
#include "shift/ShiftLedger.h"
#include "shift/ZReportCsv.h"
#include "validation/Money.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

ShiftCommand::ShiftCommand(const CliOptions &options, Journal &journal, const Clock &clock, QTextStream &out,
                           QTextStream &err, WalletBalance walletBalance)
    : m_options(options)
    , m_journal(journal)
    , m_clock(clock)
    , m_out(out)
    , m_err(err)
    , m_walletBalance(std::move(walletBalance))
{
}

int ShiftCommand::run()
{
    if (m_options.command == CliOptions::Command::ZReport)
        return zReport();
    switch (m_options.shiftAction) {
    case CliOptions::ShiftAction::Open:
        return open();
    case CliOptions::ShiftAction::Status:
        return status();
    case CliOptions::ShiftAction::Close:
        return close();
    }
    return SaleReport::Usage;
}

QJsonObject ShiftCommand::toJson(const ZReport &report)
{
    QJsonObject json = report.toJson();
    json.insert(u"openingFloat"_s, Money::formatSen(report.summary.openingFloatSen));
    json.insert(u"sales"_s, report.summary.saleCount());
    json.insert(u"pendingCount"_s, report.summary.pendingCount());
    if (report.isClosed()) {
        json.insert(u"expectedCash"_s, Money::formatSen(report.expectedCashSen()));
        json.insert(u"countedCash"_s, Money::formatSen(*report.countedCashSen));
        json.insert(u"variance"_s, Money::formatSen(*report.varianceSen()));
    }
    return json;
}

int ShiftCommand::refuse(const QString &message)
{
    m_err << u"kaunter: "_s << message << u'\n';
    m_err.flush();
    if (m_options.json)
        print(SaleReport::error(message));
    return SaleReport::Usage;
}

void ShiftCommand::print(const QJsonObject &json)
{
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    m_out.flush();
}

int ShiftCommand::open()
{
    ShiftLedger ledger(m_journal, m_clock);
    QString why;
    ShiftLedger::normalizeCashier(m_options.cashier, &why);
    if (!why.isEmpty())
        return refuse(why);
    // Refused before the wallet is asked (the ledger checks again in its transaction).
    if (const std::optional<Shift> open = ledger.current()) {
        return refuse(tr("A shift is already open (%1, since %2). Close it before opening another.")
                          .arg(open->cashier, ZReport::localTime(open->openedAt)));
    }
    const std::optional<qint64> wallet = m_walletBalance ? m_walletBalance() : std::nullopt;
    const std::optional<Shift> shift = ledger.open(m_options.cashier, m_options.floatSen, wallet);
    if (!shift)
        return refuse(ledger.errorString());
    if (m_options.json) {
        print({{u"open"_s, true},
               {u"cashier"_s, shift->cashier},
               {u"openedAt"_s, shift->openedAt.toMSecsSinceEpoch()},
               {u"openingFloat"_s, Money::formatSen(shift->openingFloatSen)},
               {u"walletAtOpenSen"_s, wallet ? QJsonValue(double(*wallet)) : QJsonValue()}});
    } else {
        m_out << tr("Shift opened for %1 at %2 with a float of %3.")
                     .arg(shift->cashier, ZReport::localTime(shift->openedAt),
                          Money::formatRinggit(shift->openingFloatSen))
              << u'\n';
    }
    return 0;
}

int ShiftCommand::status()
{
    ShiftLedger ledger(m_journal, m_clock);
    const std::optional<Shift> shift = ledger.current();
    if (!shift) {
        if (!ledger.errorString().isEmpty())
            return refuse(ledger.errorString());
        if (m_options.json)
            print({{u"open"_s, false}});
        else
            m_out << tr("No shift is open.") << u'\n';
        return 0;
    }
    const std::optional<ZReport> report = ledger.currentReport();
    if (!report)
        return refuse(ledger.errorString());
    if (m_options.json) {
        QJsonObject json = toJson(*report);
        json.insert(u"open"_s, true);
        print(json);
    } else {
        m_out << report->plainText(48);
    }
    return 0;
}

int ShiftCommand::close()
{
    ShiftLedger ledger(m_journal, m_clock);
    if (!ledger.current())
        return refuse(ledger.errorString().isEmpty() ? tr("No shift is open; there is nothing to close.")
                                                     : ledger.errorString());
    const std::optional<qint64> wallet = m_walletBalance ? m_walletBalance() : std::nullopt;
    const std::optional<ZReport> report = ledger.close(m_options.countedSen, wallet);
    if (!report)
        return refuse(ledger.errorString());
    if (m_options.json)
        print(toJson(*report));
    else
        m_out << report->plainText(48);
    return 0;
}

int ShiftCommand::zReport()
{
    ShiftLedger ledger(m_journal, m_clock);
    const std::optional<ZReport> report = ledger.zReport(m_options.zNumber);
    if (!report)
        return refuse(ledger.errorString());
    if (!m_options.csvFile.isEmpty() || !m_options.pdfFile.isEmpty())
        return writeFiles(*report);
    if (m_options.json)
        print(toJson(*report));
    else
        m_out << report->plainText(48);
    return 0;
}

// --csv and --pdf: each file written whole or not at all (an old file stays as it was).
int ShiftCommand::writeFiles(const ZReport &report)
{
    QJsonObject written{{u"zNumber"_s, report.zNumber}};
    if (!m_options.csvFile.isEmpty()) {
        QSaveFile csv(m_options.csvFile);
        if (!csv.open(QIODevice::WriteOnly) || csv.write(ZReportCsv::document(report)) < 0 || !csv.commit())
            return refuse(tr("Cannot write %1: %2").arg(m_options.csvFile, csv.errorString()));
        written.insert(u"csv"_s, m_options.csvFile);
        if (!m_options.json)
            m_out << tr("Z-report No. %1 written to %2.").arg(report.zNumber).arg(m_options.csvFile) << u'\n';
    }
    if (!m_options.pdfFile.isEmpty()) {
        // Fonts need a QGuiApplication: runCli() makes one for zreport --pdf.
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return refuse(tr("Cannot write %1: PDF output needs the graphics libraries.").arg(m_options.pdfFile));
        QString error;
        if (!ZReportPdf::write(report, m_options.pdfFile, &error))
            return refuse(error);
        written.insert(u"pdf"_s, m_options.pdfFile);
        if (!m_options.json)
            m_out << tr("Z-report No. %1 written to %2.").arg(report.zNumber).arg(m_options.pdfFile) << u'\n';
    }
    if (m_options.json)
        print(written);
    m_out.flush();
    return 0;
}

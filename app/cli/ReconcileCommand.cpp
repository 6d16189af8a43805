#include "cli/ReconcileCommand.h"

#include "cli/SaleReport.h"
#include "reconcile/ReconcileReportFile.h"
#include "reconcile/Reconciler.h"
#include "shift/ShiftLedger.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Grace after the reconciler's own deadline before the command stops waiting (a hang guard).
constexpr int WatchdogGraceMs = 3000;
} // namespace

ReconcileCommand::ReconcileCommand(IimmpactClient &client, Journal &journal, const Clock &clock,
                                   const QString &dataFolder, const CliOptions &options, QTextStream &out,
                                   QTextStream &err)
    : m_client(client)
    , m_journal(journal)
    , m_clock(clock)
    , m_dataFolder(dataFolder)
    , m_options(options)
    , m_out(out)
    , m_err(err)
{
}

QString ReconcileCommand::kindTitle(ReconcileDiff::Kind kind)
{
    switch (kind) {
    case ReconcileDiff::Kind::MissingAtIimmpact:
        return tr("Missing at IIMMPACT");
    case ReconcileDiff::Kind::MissingInJournal:
        return tr("Missing in the journal");
    case ReconcileDiff::Kind::StatusDiffers:
        return tr("Status differs");
    case ReconcileDiff::Kind::AmountDiffers:
        return tr("Amount differs");
    }
    return {};
}

QString ReconcileCommand::toText(const ReconcileResult &r, int zNumber)
{
    QString text;
    QTextStream t(&text);
    if (zNumber > 0)
        t << tr("Reconciliation of Z-report No. %1's shift, %2 to %3, till %4")
                 .arg(QString::number(zNumber), ZReport::localTime(r.from), ZReport::localTime(r.to), r.terminalId)
          << u'\n';
    else
        t << tr("Reconciliation of %1 (Malaysian time), till %2").arg(r.day.toString(Qt::ISODate), r.terminalId)
          << u'\n';
    if (!r.ok()) {
        t << tr("Not compared: %1").arg(r.failureMessage) << u'\n';
        return text;
    }
    t << tr("  %n sale(s) in the journal,", nullptr, r.journalSales) << u' '
      << tr("%n transaction(s) at IIMMPACT,", nullptr, r.iimmpactRows) << u' '
      << tr("%n matched.", nullptr, r.matched) << u'\n';
    if (r.otherTerminalRows > 0)
        t << tr("  %n transaction(s) of other tills of this account not compared.", nullptr, r.otherTerminalRows)
          << u'\n';
    if (r.notSent > 0)
        t << tr("  %n sale(s) never sent to IIMMPACT (rejected, waiting for a decision or voided).", nullptr,
                r.notSent) << u'\n';
    for (const ReconcileResult::OpenSale &s : r.openSales)
        t << tr("  Still pending in the till: %1 (%2, RM %3); recovery settles it.")
                 .arg(s.refid, saleStateName(s.state), s.amount) << u'\n';
    if (r.differences.isEmpty()) {
        t << tr("The journal and IIMMPACT agree.") << u'\n';
        return text;
    }
    t << tr("%n difference(s):", nullptr, int(r.differences.size())) << u'\n';
    for (const ReconcileDiff &d : r.differences) {
        const QString till = d.journalState ? tr("%1, RM %2").arg(saleStateName(*d.journalState), d.journalAmount)
                                            : tr("not in the journal");
        const QString iimmpact = d.iimmpactStatus.isEmpty() && d.iimmpactAmount.isEmpty()
            ? tr("not listed")
            : tr("%1, RM %2").arg(d.iimmpactStatus, d.iimmpactAmount);
        t << u"  "_s << kindTitle(d.kind) << u": "_s
          << (d.refid.isEmpty() ? tr("(no reference, IIMMPACT id %1)").arg(d.trxid) : d.refid) << u'\n'
          << u"    "_s << tr("Product %1, account %2").arg(d.product, d.account) << u'\n'
          << u"    "_s << tr("Till: %1. IIMMPACT: %2.").arg(till, iimmpact) << u'\n'
          << u"    "_s << tr("What to do: %1").arg(d.advice) << u'\n';
    }
    return text;
}

ReconcileResult ReconcileCommand::reconcile(const QDateTime &from, const QDateTime &to)
{
    Reconciler reconciler(m_client, m_journal, m_clock);
    QEventLoop loop;
    QObject::connect(&reconciler, &Reconciler::finished, &loop, &QEventLoop::quit);
    if (m_options.reconcileShift)
        reconciler.start(from, to);
    else
        reconciler.startDay(m_options.reconcileDate);
    QTimer::singleShot(Reconciler::DefaultTimeoutMs + WatchdogGraceMs, &loop, &QEventLoop::quit);
    loop.exec();
    ReconcileResult result = reconciler.result();
    if (!reconciler.isFinished()) {
        result.day = m_options.reconcileShift ? from.toOffsetFromUtc(8 * 3600).date() : m_options.reconcileDate;
        result.failure = ReconcileResult::Failure::Network;
        result.failureMessage = tr("IIMMPACT's transaction list was not read in time.");
    }
    return result;
}

int ReconcileCommand::run()
{
    // --shift: the Z-report's period, opened to closed (the close instant included).
    std::optional<ZReport> z;
    if (m_options.reconcileShift) {
        ShiftLedger ledger(m_journal, m_clock);
        z = ledger.zReport(m_options.zNumber);
        if (!z) {
            m_err << u"kaunter: "_s
                  << (ledger.errorString().isEmpty() ? tr("There is no Z-report yet.") : ledger.errorString())
                  << u'\n';
            m_err.flush();
            return SaleReport::Usage;
        }
    }
    const int zNumber = z ? z->zNumber : 0;
    ReconcileResult result = z ? reconcile(z->openedAt, z->closedAt.addMSecs(1)) : reconcile({}, {});

    // The report is for support; failing to keep it changes nothing about the answer.
    QString error;
    const QString report = ReconcileReportFile::save(m_dataFolder, result, &error, zNumber);
    if (report.isEmpty())
        m_err << u"kaunter: "_s << tr("The reconciliation report was not kept: %1").arg(error) << u'\n';
    if (!result.ok())
        m_err << u"kaunter: "_s << result.failureMessage << u'\n';
    m_err.flush();

    if (m_options.json) {
        QJsonObject json = result.toJson();
        if (zNumber > 0)
            json.insert(u"zNumber"_s, zNumber);
        if (!report.isEmpty())
            json.insert(u"report"_s, report);
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        m_out << toText(result, zNumber);
        if (!report.isEmpty())
            m_out << tr("Kept in %1").arg(QDir::toNativeSeparators(report)) << u'\n';
    }
    m_out.flush();
    if (!result.ok())
        return SaleReport::Usage;
    return result.agrees() ? 0 : ExitDifferences;
}

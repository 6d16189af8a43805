#pragma once

#include "cli/CliOptions.h"
#include "reconcile/ReconcileResult.h"

#include <QCoreApplication>
#include <QString>

class Clock;
class IimmpactClient;
class Journal;
class QTextStream;

// `kaunter reconcile --date YYYY-MM-DD [--json]`: the journal against IIMMPACT's transaction
// list for one Malaysian day (Reconciler), each difference with what to do, and the result
// kept as <data folder>/reports/reconcile-YYYY-MM-DD.json (ReconcileReportFile).
// `kaunter reconcile --shift [N]`: the same for Z-report N's shift (opened to closed; no N: the
// latest), kept as reconcile-z<N>.json. No such Z-report: exit 2, nothing asked.
//
// Exit codes: 0 both sides agree (open sales still pending in the till are listed, they are
// no difference), 40 they differ, 2 the list could not be read (network, 401/403, 5xx, a
// malformed answer: nothing compared, never "agree"). Only reads: sends nothing to /v2/topup
// and writes nothing to the journal, so it needs no driver lock and runs beside the till.
class ReconcileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileCommand)
public:
    static constexpr int ExitDifferences = 40;

    ReconcileCommand(IimmpactClient &client, Journal &journal, const Clock &clock,
                     const QString &dataFolder, const CliOptions &options, QTextStream &out, QTextStream &err);
    int run();

    // What a person reads at the counter. `zNumber` > 0: the result is that Z-report's shift.
    static QString toText(const ReconcileResult &result, int zNumber = 0);
    static QString kindTitle(ReconcileDiff::Kind kind);

private:
    // Runs the reconciler for [from, to) and waits for it (with a hang guard).
    ReconcileResult reconcile(const QDateTime &from, const QDateTime &to);

    IimmpactClient &m_client;
    Journal &m_journal;
    const Clock &m_clock;
    QString m_dataFolder;
    const CliOptions &m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

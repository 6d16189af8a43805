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

    ReconcileCommand(IimmpactClient &client, const Journal &journal, const Clock &clock,
                     const QString &dataFolder, const CliOptions &options, QTextStream &out, QTextStream &err);
    int run();

    // What a person reads at the counter.
    static QString toText(const ReconcileResult &result);
    static QString kindTitle(ReconcileDiff::Kind kind);

private:
    IimmpactClient &m_client;
    const Journal &m_journal;
    const Clock &m_clock;
    QString m_dataFolder;
    const CliOptions &m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

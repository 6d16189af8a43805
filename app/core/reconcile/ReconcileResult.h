#pragma once

#include "reconcile/ReconcileDiff.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// What one reconciliation of the journal against IIMMPACT's transaction list found: the
// differences, or why the comparison could not be made. A failed comparison never agrees.
struct ReconcileResult
{
    enum class Failure {
        None,
        Config,       // no usable API configuration: nothing was asked
        Auth,         // 401/403
        Network,      // no answer, timeout, dropped connection
        Server,       // 5xx or another unexpected HTTP status (a 400 included)
        Malformed,    // a 200 without a `data` list
        TooManyRows,  // more pages than the reconciler reads
        RateLimited,  // 429 more often than the reconciler waits
        Journal,      // the journal could not be read
    };

    // A pending sale the till has not settled and IIMMPACT does not list (or lists as
    // pending): no difference yet, recovery settles it.
    struct OpenSale
    {
        QString refid;
        SaleState state = SaleState::New;
        QString amount;
    };

    QDateTime from;                 // UTC, inclusive
    QDateTime to;                   // UTC, exclusive
    QDate day;                      // the Malaysian day of `from`: names the report file
    QString terminalId;
    QDateTime checkedAt;            // UTC
    Failure failure = Failure::None;
    QString failureMessage;         // translated
    QList<ReconcileDiff> differences;
    QList<OpenSale> openSales;
    int journalSales = 0;           // journal sales in the period
    int iimmpactRows = 0;           // IIMMPACT rows in the period (each transaction once)
    int matched = 0;                // pairs found on both sides
    int otherTerminalRows = 0;      // rows of the merchant's other tills: not compared
    int notSent = 0;                // Rejected, NeedsDecision, Voided: no transaction expected
    int pagesRead = 0;

    bool ok() const { return failure == Failure::None; }
    bool agrees() const { return ok() && differences.isEmpty(); }
    static QString failureName(Failure failure);   // "network", ... (stable: JSON)
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(ReconcileResult)

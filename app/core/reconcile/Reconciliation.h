#pragma once

#include "reconcile/ReconcileResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

// The pure comparison of the journal's sales of a period with the rows of IIMMPACT's
// transaction list (GET /v2/transactions, API reference §6.5) for the same period. No I/O:
// Reconciler reads both sides, this decides what differs and what to do. Table-tested.
//
// Pairing:
// - A row whose refid is a journal sale's refid is that sale (columns `refid` or `ref_id`).
// - A row whose refid starts with another prefix than "<this terminal id>-" is another till's
//   of the same merchant account (Journal::nextRefid's format): counted, never compared, never
//   "missing in journal".
// - A row whose refid has this till's prefix and is not in the journal is MissingInJournal.
// - A row without a refid (the list's schema does not publish the column) is paired with the
//   unpaired sale of the same product, account and amount whose send window (creation to last
//   attempt, 120 s of clock skew either side) holds the row's date, the nearest one first. Never
//   with a sale that was never sent (Rejected, NeedsDecision, Voided). Unpaired, it is
//   MissingInJournal with "check the portal": it may be another till's or the portal's.
// - The same transaction on two pages (offset paging while sales arrive) counts once (trxid,
//   else refid).
//
// Which journal sales count: a sale IIMMPACT never received (Rejected, NeedsDecision, Voided)
// is never missing at IIMMPACT; a pending sale without evidence of a transaction (New, Unknown)
// is an open sale, not a difference: recovery settles it. Every other sale (IIMMPACT answered
// for it) must be listed.
//
// Statuses: the list spells success "Successful", /v2/topup and the journal "Succesful"; both
// mean SaleState::Succesful. A pending sale IIMMPACT lists as final is StatusDiffers with
// "check status" (a re-query records the outcome).
//
// Period: a sale belongs to it by its creation time, a row by its `date` (Malaysian time; an
// unreadable date counts as inside, since the list was asked for the period's days). Sales and
// rows just outside are still used to pair, so a sale at 23:59:59 dated 00:00:01 by IIMMPACT
// is no difference on either day.
class Reconciliation
{
    Q_DECLARE_TR_FUNCTIONS(Reconciliation)
public:
    static constexpr int ClockSkewSecs = 120;

    struct Input
    {
        QString terminalId;
        QDateTime from;             // UTC, inclusive
        QDateTime to;               // UTC, exclusive
        QList<SaleRecord> sales;    // the period's, plus any the rows name (pairing only)
        QJsonArray rows;            // every row read, repeats included
    };

    static ReconcileResult compare(const Input &input);

    // A /v2/transactions status: Successful (the list's spelling) and Succesful (/v2/topup's)
    // are Succesful; Failed, Refund; Pending, Accepted and Processing are Processing (still
    // running at IIMMPACT). nullopt for anything else.
    static std::optional<SaleState> stateFromListStatus(const QString &status);

    // The Malaysian (UTC+8) calendar day of a UTC time, and a day's bounds in UTC.
    static QDate malaysianDay(const QDateTime &utc);
    static std::pair<QDateTime, QDateTime> malaysianDayPeriod(const QDate &day);
    // The list's `date` parameter for [from, to): "yyyy-MM-dd" or "yyyy-MM-dd - yyyy-MM-dd".
    static QString dateParameter(const QDateTime &from, const QDateTime &to);
    // "<terminalId>-": what every refid of this till starts with.
    static QString refidPrefix(const QString &terminalId) { return terminalId + u'-'; }
};

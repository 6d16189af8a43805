#pragma once

#include "journal/SaleRecord.h"

#include <QJsonObject>
#include <QString>
#include <optional>

// One difference between the journal and IIMMPACT's transaction list (GET /v2/transactions)
// for a reconciled period, with what a shop owner should do about it. Built by
// Reconciliation::compare(); accounts are already masked when they are an IC number.
struct ReconcileDiff
{
    enum class Kind {
        MissingAtIimmpact,   // the journal has evidence of a transaction IIMMPACT does not list
        MissingInJournal,    // IIMMPACT lists a transaction of this till (or without a refid) the journal lacks
        StatusDiffers,       // both have the sale, with different outcomes
        AmountDiffers,       // both have the sale, with different amounts
    };
    // What to do, as a code for scripts; `advice` says it in a sentence for people.
    enum class Action {
        CheckStatus,      // ask IIMMPACT again (kaunter recover / kaunter status REFID)
        ContactSupport,   // money may be wrong on one side: IIMMPACT support, with the refid
        CheckPortal,      // a row without a refid: look at it in IIMMPACT's portal
    };

    Kind kind = Kind::StatusDiffers;
    Action action = Action::CheckStatus;
    QString refid;                       // empty for a refid-less IIMMPACT row
    QString trxid;                       // IIMMPACT's id, when listed
    QString product;
    QString account;                     // masked when it is the sale's IC number
    std::optional<SaleState> journalState;   // nullopt: not in the journal
    QString journalAmount;               // decimal text as sent
    QString iimmpactStatus;              // verbatim ("Successful"); empty: not listed
    QString iimmpactAmount;              // decimal text as listed
    QString iimmpactDate;                // as listed (Malaysian time)
    QString advice;                      // translated sentence for a shop owner

    static QString kindName(Kind kind);       // "MissingAtIimmpact", ... (stable: JSON)
    static QString actionName(Action action); // "check-status", "contact-support", "check-portal"
    QJsonObject toJson() const;
};

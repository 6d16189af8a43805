#pragma once

#include "SaleRecord.h"

#include <QDateTime>
#include <QString>
#include <optional>

// One line of a sale's timeline, written by the Journal in the same transaction as the change
// it describes (so a rolled-back write leaves no line): the row saved before its first
// request, every further request counted before it is sent, every outcome recorded, a
// correction of a rejected sale. Never an answer's body: no PIN, serial number or link.
struct SaleEvent
{
    enum class Kind {
        Saved,       // the sale row, committed before its first request is sent
        Request,     // one more request (a re-query) about to be sent; `attempt` is its number
        Outcome,     // an answer, a local verdict (unknown, needs a decision) or a decision
        Corrected,   // a rejected sale's details corrected, to be sent again under its refid
    };

    Kind kind = Kind::Saved;
    QDateTime at;                     // UTC, from the journal's clock
    int attempt = 0;                  // requests counted for the sale when this happened
    std::optional<SaleState> state;   // Outcome: the sale's state afterwards
    std::optional<int> httpStatus;    // Outcome: the HTTP status of the answer, if any
    std::optional<int> statusCode;    // Outcome: IIMMPACT's status code, if any
    QString error;                    // Outcome: what went wrong locally (timeout, refused...)

    static QString kindName(Kind kind);   // "saved", "request", "outcome", "corrected" (stored)
    static std::optional<Kind> kindFromName(const QString &name);
};

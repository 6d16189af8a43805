#pragma once

#include "journal/SaleRecord.h"
#include "payment/SaleRequest.h"
#include "payment/SubmitError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// What the headless commands print about a sale, and the exit code it stands for.
//
// JSON object (one per sale): refid, status (Succesful, Failed, Refund, Processing, Accepted,
// Unknown or Rejected; a journaled sale without any answer yet reads Unknown), statusCode
// when known, product, account, amount (as sent, "10.00"); sn, pin, expiry, voucherlink and
// remarks only when the API returned them non-empty, with the API's exact value;
// needsReview: true only when set; message: the server's text for a Rejected sale without
// remarks. A local validation error has no refid (none is allocated for it) but error and
// field. IC numbers are never printed; PINs only on stdout (the cashier's own terminal).
class SaleReport
{
    Q_DECLARE_TR_FUNCTIONS(SaleReport)
public:
    enum ExitCode {
        Succesful = 0,
        Usage = 2,
        DriverBusy = 3,   // another process drives this journal: nothing was sent
        Failed = 10,
        Refund = 11,
        Rejected = 20,
        Voided = 12,
        Pending = 30,   // also NeedsDecision: still open, a supervisor decides
    };

    static int exitCode(SaleState state);
    // "Unknown" for New (no answer yet); exact API spelling otherwise.
    static QString statusName(SaleState state);

    static QJsonObject toJson(const SaleRecord &sale);
    static QJsonObject localRejection(const SaleRequest &request, const SubmitError &error);
    static QJsonObject error(const QString &message);

    // A few lines for a person at the counter.
    static QString toText(const SaleRecord &sale);
    static QString localRejectionText(const SubmitError &error);
    // One line per sale for `history`.
    static QString historyLine(const SaleRecord &sale);
};

#pragma once

#include "journal/SaleRecord.h"

#include <QString>

class Journal;
class PaymentEngine;

// Sales as the engine leaves them in a journal, for the suites that need one without paying
// for it first (stale sales, decisions, the sale flow). Links kaunter_core.
namespace SaleFixtures {

// What PaymentEngine::submit journals before its first byte: the request normalised by
// ProductRules, its body built, attempt 1 counted with the row, state New, dated by the
// journal's clock. The record as stored; an empty refid and *error when it could not be.
SaleRecord journalUnanswered(Journal &journal, const QString &account, const QString &amount,
                             QString *error = nullptr, const QString &product = QStringLiteral("D"));

// journalUnanswered, then `state` recorded as the engine would (a 400 for Rejected, evidence of
// a transaction for any answer from IIMMPACT). New leaves it as it is.
SaleRecord journalInState(Journal &journal, const QString &account, const QString &amount,
                          SaleState state, QString *error = nullptr);

// Runs a local event loop (not qWait(), which sleeps between event batches) until `engine`
// settles `refid` or `timeoutMs` passes. True when it settled during the wait.
bool waitSettled(PaymentEngine &engine, const QString &refid, int timeoutMs = 10000);

// A Succesful gift-code sale with every field IIMMPACT can return (sn, pin, expiry, note,
// voucherlink), created 28/11/2026 05:09:30 UTC: the receipt suites' reference sale.
SaleRecord voucherSale();

} // namespace SaleFixtures

#include "payment/OutcomeDecision.h"

// The pending state for "we still do not know": keep what the server last said.
SaleState OutcomeDecision::unknownState(const Knowledge &k)
{
    return k.sawTransaction && (k.state == SaleState::Accepted || k.state == SaleState::Processing)
        ? k.state
        : SaleState::Unknown;
}

// The knowledge every answer starts from: what was known, plus what this answer proves
// whatever its kind (a mismatch flags the sale; a matching 200 with data is evidence).
OutcomeDecision::Decision OutcomeDecision::carryKnowledge(const TopupOutcome &o, const Knowledge &k)
{
    Decision d;
    d.sawTransaction = k.sawTransaction;
    d.needsReview = k.needsReview;
    d.recheckedFailed54 = k.recheckedFailed54;
    d.unauthorizedStreak = o.kind == TopupOutcomeKind::AuthError ? k.unauthorizedStreak : 0;
    if (o.echoMismatch)
        d.needsReview = true;
    // A 200 carrying a transaction object about this very sale (even with a status we do not
    // know) means the transaction exists: a later 400 can no longer mean "none was created".
    if (o.httpStatus == 200 && o.data && !o.echoMismatch)
        d.sawTransaction = true;
    return d;
}

QString OutcomeDecision::mismatchText()
{
    return tr("The answer did not match this sale (refid, product, account or "
              "amount differ); it was not accepted.");
}

OutcomeDecision::Decision OutcomeDecision::decide(const TopupOutcome &o, const Knowledge &k)
{
    Decision d = carryKnowledge(o, k);
    // "Still unknown" keeps Accepted/Processing only for a sale with evidence, this answer's
    // included.
    Knowledge before = k;
    before.sawTransaction = d.sawTransaction;

    switch (o.kind) {
    case TopupOutcomeKind::Final:
        return decideFinal(d, o, k, before);
    case TopupOutcomeKind::Pending:
        return decidePending(d, o, before);
    case TopupOutcomeKind::Rejected:
        return decideRejected(d, o, k, before);
    case TopupOutcomeKind::AuthError:
        return decideAuthError(d, o, k, before);
    case TopupOutcomeKind::RateLimited:
        d.state = unknownState(before);
        d.lastError = tr("Rate limited by the server (HTTP 429); retrying after %n second(s).",
                         nullptr, o.retryAfterSecs);
        d.next = Next::RetryAfter;
        return d;
    case TopupOutcomeKind::ConfigError:
        // Nothing was sent by this call: keep the state, say why, stop.
        d.state = k.state;
        d.lastError = o.message;
        d.next = Next::Settle;
        return d;
    case TopupOutcomeKind::Unknown:
        d.state = unknownState(before);
        d.lastError = o.message.isEmpty() ? tr("No usable answer from the server.") : o.message;
        d.next = Next::Backoff;
        return d;
    }
    return d;
}

// A final status is taken only from a matching answer about a sale not already final, and
// Failed 54 never on its own (decideFailed54); anything else is still unknown.
OutcomeDecision::Decision OutcomeDecision::decideFinal(Decision d, const TopupOutcome &o,
                                                       const Knowledge &k, const Knowledge &before)
{
    const bool mismatch = o.echoMismatch;
    const bool alreadyFinal = isFinalState(k.state);   // a status query of a final sale
    if (!mismatch && o.data && !alreadyFinal && o.data->status == u"Failed"
        && o.data->statusCode == DuplicateOrLimitCode)
        return decideFailed54(d, k, before);
    if (!mismatch && o.data) {
        const std::optional<SaleState> s = saleStateFromApiStatus(o.data->status);
        if (s && isFinalState(*s)) {
            d.applyData = true;
            d.state = *s;
            d.sawTransaction = true;
            d.next = Next::Settle;
            return d;
        }
    }
    d.state = unknownState(before);
    d.lastError = mismatch ? mismatchText() : tr("Final answer without a usable status.");
    d.next = Next::Backoff;
    return d;
}

// Duplicate: IIMMPACT may hold a transaction for this refid with another body (a second
// driver corrected the sale). Only when IIMMPACT had accepted this very body (the body is
// frozen once a transaction is seen) and says 54 again is it the transaction's own end (a
// daily limit): final, still flagged for a person.
OutcomeDecision::Decision OutcomeDecision::decideFailed54(Decision d, const Knowledge &k,
                                                          const Knowledge &before)
{
    d.needsReview = true;
    const bool acceptedThisBody = k.state == SaleState::Accepted || k.state == SaleState::Processing;
    if (acceptedThisBody && k.recheckedFailed54) {
        d.applyData = true;
        d.state = SaleState::Failed;
        d.lastError = tr("IIMMPACT answered Failed 54 (duplicate transaction or daily limit) twice "
                         "for this accepted sale.");
        d.next = Next::Settle;
        return d;
    }
    // One prompt re-query (also for a single status query); after that the usual
    // backoff until the deadline: the sale stays pending for a person to review.
    d.next = k.recheckedFailed54 ? Next::Backoff : Next::RetrySoon;
    d.recheckedFailed54 = true;
    d.state = unknownState(before);
    d.lastError = tr("IIMMPACT answered Failed 54 (duplicate transaction: this reference may "
                     "exist with other details); not taken as final, re-queried.");
    return d;
}

// Accepted/Processing from a matching answer is usable news: poll on, reset the streaks.
OutcomeDecision::Decision OutcomeDecision::decidePending(Decision d, const TopupOutcome &o,
                                                         const Knowledge &before)
{
    const bool mismatch = o.echoMismatch;
    if (!mismatch && o.data) {
        const std::optional<SaleState> s = saleStateFromApiStatus(o.data->status);
        if (s && (*s == SaleState::Accepted || *s == SaleState::Processing)) {
            d.applyData = true;
            d.state = *s;
            d.sawTransaction = true;
            d.resetUnknownStreak = true;
            d.unauthorizedStreak = 0;
            d.next = Next::Poll;
            return d;
        }
    }
    d.state = unknownState(before);
    d.lastError = mismatch ? mismatchText() : tr("Pending answer without a usable status.");
    d.next = Next::Backoff;
    return d;
}

// HTTP 400 means "no transaction was created" only while nothing says one exists.
OutcomeDecision::Decision OutcomeDecision::decideRejected(Decision d, const TopupOutcome &o,
                                                          const Knowledge &k, const Knowledge &before)
{
    const bool alreadyFinal = isFinalState(k.state);   // a status query of a final sale
    if (!o.echoMismatch && !d.sawTransaction && !alreadyFinal) {
        d.applyData = o.data.has_value();
        d.state = SaleState::Rejected;
        d.lastError = o.message;
        d.next = Next::Settle;
        return d;
    }
    // A 400 for a refid that already has a transaction cannot mean "none was created".
    d.needsReview = true;
    d.state = unknownState(before);
    d.lastError = tr("HTTP 400 for a sale that already has a transaction: %1").arg(o.message);
    d.next = Next::Backoff;
    return d;
}

// One lone 401 is retried; a second in a row, or a 403, is an authentication problem.
OutcomeDecision::Decision OutcomeDecision::decideAuthError(Decision d, const TopupOutcome &o,
                                                           const Knowledge &k, const Knowledge &before)
{
    d.state = unknownState(before);
    d.lastError = o.message;
    d.unauthorizedStreak = o.httpStatus == 401 ? k.unauthorizedStreak + 1 : k.unauthorizedStreak;
    if (o.httpStatus == 401 && d.unauthorizedStreak < 2) {
        // Possibly Qt's silent re-send of a request the server had already seen.
        d.next = Next::RetrySoon;
    } else {
        d.authProblem = true;
        d.next = Next::Settle;
    }
    return d;
}

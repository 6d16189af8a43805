#pragma once

#include "api/ApiTypes.h"
#include "journal/SaleRecord.h"

#include <QCoreApplication>
#include <QString>

// What one /v2/topup answer means for a sale, given what the engine already knows about it:
// the rules of make-payment.txt as one pure function (docs/IIMMPACT.md, "How an answer is
// read"), table-tested row by row (tst_outcomedecision). PaymentEngine applies the decision:
// journals it, then schedules or settles.
class OutcomeDecision
{
    // The messages keep the engine's translation context: they were PaymentEngine's, and
    // existing translations stay attached to them.
    Q_DECLARE_TR_FUNCTIONS(PaymentEngine)
public:
// What is known about the sale when the answer arrives.
struct Knowledge
{
    SaleState state = SaleState::New;   // the journal's state before this answer
    bool sawTransaction = false;        // a 200 about this refid was seen (journaled evidence)
    bool needsReview = false;           // flagged in this drive
    bool recheckedFailed54 = false;     // a 200 Failed 54 was already re-queried in this drive
    int unauthorizedStreak = 0;         // 401s in a row so far
};

enum class Next {
    Settle,       // stop driving: final, Rejected, authentication problem, or nothing was sent
    Poll,         // the usual poll interval (Accepted/Processing)
    Backoff,      // unknown: back off (the streak grows)
    RetrySoon,    // ask again promptly (one lone 401, the first Failed 54)
    RetryAfter,   // HTTP 429: not before Retry-After
};

struct Decision
{
    SaleState state = SaleState::Unknown;   // what the journal records
    bool applyData = false;                 // copy the answer's transaction fields
    QString lastError;                      // empty: cleared
    Next next = Next::Backoff;
    // The knowledge after this answer.
    bool sawTransaction = false;
    bool needsReview = false;
    bool recheckedFailed54 = false;
    int unauthorizedStreak = 0;
    bool resetUnknownStreak = false;        // a usable pending answer
    bool authProblem = false;               // raise authenticationProblem(); the sale stays pending
};

// 54: "Duplicate transaction" (the refid exists at IIMMPACT with other parameters) or a daily
// limit. Never final on its own.
static constexpr int DuplicateOrLimitCode = 54;

static Decision decide(const TopupOutcome &outcome, const Knowledge &known);

private:
    static SaleState unknownState(const Knowledge &known);
    // One rule set per answer kind; decide() picks the set, each returns the finished
    // decision. `before` is `known` with this answer's evidence of a transaction included.
    static Decision carryKnowledge(const TopupOutcome &outcome, const Knowledge &known);
    static QString mismatchText();
    static Decision decideFinal(Decision d, const TopupOutcome &outcome, const Knowledge &known,
                                const Knowledge &before);
    static Decision decideFailed54(Decision d, const Knowledge &known, const Knowledge &before);
    static Decision decidePending(Decision d, const TopupOutcome &outcome, const Knowledge &before);
    static Decision decideRejected(Decision d, const TopupOutcome &outcome, const Knowledge &known,
                                   const Knowledge &before);
    static Decision decideAuthError(Decision d, const TopupOutcome &outcome, const Knowledge &known,
                                    const Knowledge &before);
};

#include "SaleRecord.h"

#include <QLatin1String>

namespace {
// The text stored in the journal's `state` column. The final ones are the API's own spelling
// ("Succesful" with one 's' is the API's, not a typo), so a status string can be compared
// with them verbatim.
struct StateName
{
    SaleState state;
    QLatin1String name;
};

constexpr StateName kStateNames[] = {
    {SaleState::New, QLatin1String("New")},
    {SaleState::Accepted, QLatin1String("Accepted")},
    {SaleState::Processing, QLatin1String("Processing")},
    {SaleState::Unknown, QLatin1String("Unknown")},
    {SaleState::Rejected, QLatin1String("Rejected")},
    {SaleState::Succesful, QLatin1String("Succesful")},
    {SaleState::Failed, QLatin1String("Failed")},
    {SaleState::Refund, QLatin1String("Refund")},
    {SaleState::NeedsDecision, QLatin1String("NeedsDecision")},
    {SaleState::Voided, QLatin1String("Voided")},
};
}

QString saleStateName(SaleState s)
{
    for (const auto &entry : kStateNames) {
        if (entry.state == s)
            return entry.name;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<SaleState> saleStateFromName(const QString &name)
{
    // Exact and case-sensitive: "Successful" or "succesful" is not a state we know.
    for (const auto &entry : kStateNames) {
        if (name == entry.name)
            return entry.state;
    }
    return std::nullopt;
}

bool isFinalState(SaleState s)
{
    return s == SaleState::Succesful || s == SaleState::Failed || s == SaleState::Refund
        || s == SaleState::Voided;
}

bool needsRequery(SaleState s)
{
    return s == SaleState::New || s == SaleState::Accepted || s == SaleState::Processing
        || s == SaleState::Unknown;
}

bool isPendingState(SaleState s)
{
    return needsRequery(s) || s == SaleState::NeedsDecision;
}

bool isTransactionState(SaleState s)
{
    switch (s) {
    case SaleState::Accepted:
    case SaleState::Processing:
    case SaleState::Succesful:
    case SaleState::Failed:
    case SaleState::Refund:
        return true;
    case SaleState::New:
    case SaleState::Unknown:
    case SaleState::Rejected:
    case SaleState::NeedsDecision:
    case SaleState::Voided:
        break;
    }
    return false;
}

bool isNeverSentState(SaleState s)
{
    return s == SaleState::Rejected || s == SaleState::NeedsDecision || s == SaleState::Voided;
}

std::optional<SaleState> saleStateFromApiStatus(const QString &status)
{
    const std::optional<SaleState> s = saleStateFromName(status);
    if (s && isTransactionState(*s))
        return s;
    return std::nullopt;
}

bool SaleRecord::hasTransactionEvidence() const
{
    return isTransactionState(state) || transactionSeen;
}

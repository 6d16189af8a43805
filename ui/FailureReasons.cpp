#include "FailureReasons.h"

QString FailureReasons::reason(std::optional<int> statusCode)
{
    if (!statusCode)
        return tr("The provider did not complete the sale.");
    switch (*statusCode) {
    case 40:
    case 52:
        return tr("Invalid number or account: it may be wrong, barred or terminated.");
    case 41:
        return tr("The merchant account is suspended. Call IIMMPACT support.");
    case 43:
        return tr("Service temporarily unavailable.");
    case 44:
        return tr("Invalid product or format.");
    case 45:
        return tr("Out of stock.");
    case 47:
        return tr("Service unavailable. Try later.");
    case 48:
        return tr("Rejected by the operator.");
    case 53:
        return tr("The sale was voided and refunded.");
    case 54:
        return tr("Duplicate sale, or the daily limit for this account is reached.");
    case 55:
        return tr("Timed out at the provider.");
    case 56:
        return tr("The account is blocked.");
    case 57:
        return tr("This number is not eligible.");
    case 58:
    case 61:
        return tr("Invalid amount for this product.");
    default:
        return tr("The provider did not complete the sale (code %1).").arg(*statusCode);
    }
}

QString FailureReasons::nextStep(std::optional<int> statusCode)
{
    const QString notCharged = tr("The customer was not charged for this sale.");
    if (statusCode && (*statusCode == 40 || *statusCode == 52 || *statusCode == 57))
        return notCharged + u' ' + tr("Check the number with the customer. Selling again makes a new sale "
                                      "with a new reference.");
    if (statusCode && (*statusCode == 58 || *statusCode == 61))
        return notCharged + u' ' + tr("Choose another amount. Selling again makes a new sale with a new reference.");
    if (statusCode && (*statusCode == 41 || *statusCode == 43))
        return notCharged + u' ' + tr("Do not retry now; tell the supervisor.");
    return notCharged + u' ' + tr("Selling again makes a new sale with a new reference.");
}

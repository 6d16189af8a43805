#pragma once

#include "SimOrder.h"

#include <QJsonObject>
#include <QString>

class SimCatalogue;

// Checks a /v2/topup body against the catalogue. A rejection becomes HTTP 400 + Failed with
// the code and remarks given here, and creates nothing: the refid stays usable (seed,
// "HTTP 400 + Failed"). The wallet check (43) is the ledger's, not done here.
class SimTopupValidator
{
public:
    struct Rejection
    {
        int statusCode = 44;
        QString remarks;
    };

    explicit SimTopupValidator(const SimCatalogue &catalogue);

    // Fills `order` and returns true, or fills `rejection` and returns false.
    bool validate(const QJsonObject &body, SimOrder *order, Rejection *rejection) const;

    // Amount as IIMMPACT takes it: JSON string or number, a positive decimal with at most two
    // decimals. Returns sen, or -1 when invalid.
    static qint64 parseAmount(const QJsonValue &value);
    // Staging test accounts and simulator magic accounts (6012345xxxx) are accepted verbatim
    // for every product, so any product can be driven into any outcome.
    static bool isTestAccount(const QString &account);

private:
    const SimCatalogue &m_catalogue;
};

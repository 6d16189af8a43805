#pragma once

#include <QString>
#include <optional>

// The merchant wallet as /v2/balance reported it (API reference §6.3).
struct BalanceInfo
{
    bool ok = false;
    QString error;                      // translated, when !ok
    std::optional<qint64> balanceSen;
    QString merchantName;
    QString merchantAccount;
    std::optional<int> access;          // 0 full, 50 read-only
    bool readOnly() const { return access && *access != 0; }
};

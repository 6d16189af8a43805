#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// Plain words for IIMMPACT's payment status codes (API reference §4.1, suggested messages)
// and what the cashier should do next.
class FailureReasons
{
    Q_DECLARE_TR_FUNCTIONS(FailureReasons)
public:
    static QString reason(std::optional<int> statusCode);
    static QString nextStep(std::optional<int> statusCode);
};

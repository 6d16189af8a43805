#pragma once

#include <QString>

// Outcome of checking one customer input. `normalized` is what gets sent to IIMMPACT when ok.
// `error` and `warning` are translated, cashier-facing sentences.
struct ValidationResult
{
    bool ok = false;
    QString normalized;
    QString error;
    QString warning;     // ok but worth telling (e.g. "Malaysian passport: ask for MyKad")

    static ValidationResult accept(QString value, QString warn = {})
    {
        return ValidationResult{true, std::move(value), {}, std::move(warn)};
    }
    static ValidationResult reject(QString message)
    {
        return ValidationResult{false, {}, std::move(message), {}};
    }
};

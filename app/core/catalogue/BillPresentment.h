#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

// What /v2/bill-presentment said about an account (API reference §6.1). Only fields the API
// returned are present; `shownFields` lists them (translated label, value) in display order.
struct BillPresentment
{
    bool answered = false;              // the call itself succeeded (HTTP 200, JSON)
    QString message;                    // data.message verbatim
    QString errorMessage;               // error_message, when present
    bool accountValid = false;          // "Account no is valid"
    bool blocksPayment = false;         // "Invalid account no" (or an error_message that blocks)
    bool ref2Required = false;          // "Ref-2 is required"
    std::optional<qint64> outstandingSen;
    std::optional<QString> billerName;
    std::optional<QString> customerName;
    QList<QPair<QString, QString>> shownFields;
};

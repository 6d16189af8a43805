#pragma once

#include "SaleRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVariant>

#include <optional>

class QSqlQuery;

// How a sale row's columns map to SaleRecord and back: absent stays absent (NULL, never ''),
// times are UTC milliseconds, the request body is bound as a BLOB (the bytes, unchanged).
namespace JournalRows {

QVariant textOrNull(const QString &s);
QVariant textOrNull(const std::optional<QString> &s);
QVariant intOrNull(const std::optional<int> &v);
std::optional<QString> optionalText(const QVariant &v);
QDateTime fromMs(qint64 ms);
QVariant extrasText(const QJsonObject &extras);
// One row of JournalSchema::selectSales(), columns in its order.
SaleRecord readSale(const QSqlQuery &q);

} // namespace JournalRows

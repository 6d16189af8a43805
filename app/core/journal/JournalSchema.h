#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The journal's SQLite schema: its migrations and the SQL text the queries share. Released
// migrations are frozen; a new schema version is a new entry at the end of migrationSteps().
namespace JournalSchema {

// Entry i takes PRAGMA user_version i to i + 1 (Journal::migrate runs each in one transaction
// together with the new user_version).
QList<QStringList> migrationSteps();
int latestVersion();
// CREATE INDEX IF NOT EXISTS statements Journal::open() runs in its opening write.
QStringList historyIndexes();

// "SELECT <every sale column, in readSale() order> FROM sales <tail>".
QString selectSales(QLatin1String tail);
// The WHERE condition of the pending sales (the partial index sales_nonfinal repeats it:
// SQLite uses a partial index only when a query spells the same condition).
QLatin1String nonFinalWhere();

} // namespace JournalSchema

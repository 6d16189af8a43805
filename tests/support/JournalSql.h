#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

class QTemporaryDir;

// A second, independent SQLite connection to a journal file, as another program would open
// it: for tests that must see what is really on disk (pragmas, NULL vs '', typeof) or that
// write what the Journal API refuses to (old schemas, broken rows). Each call opens and
// removes its own connection, so no handle outlives it.
namespace JournalSql {

// The journal file Journal::open(dir.path()) creates.
QString journalFile(const QTemporaryDir &dir);

// The first column of the first row of `sql`; "ERROR: <text>" when the file cannot be opened
// or the statement fails, an invalid QVariant when it returns no row.
QVariant scalar(const QString &path, const QString &sql);

// Runs `statements` in order, stopping at the first that fails (which is logged with its
// error); true when all ran.
bool execAll(const QString &path, const QStringList &statements);

} // namespace JournalSql

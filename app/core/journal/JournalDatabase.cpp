#include "JournalDatabase.h"
#include "JournalSchema.h"

#include "util/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// SQLite primary result codes (the driver may report extended codes; the low byte is the
// primary one). Kept here so the journal does not need the sqlite3 headers.
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

} // namespace

JournalDatabase::JournalDatabase()
    : m_connectionName(u"kaunter-journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

JournalDatabase::~JournalDatabase()
{
    close();
}

bool JournalDatabase::open(const QString &dataDir)
{
    close();
    m_error.clear();
    // openConnection() keeps its QSqlDatabase/QSqlQuery handles local, so they are all gone
    // when the connection is removed on failure.
    if (openConnection(dataDir))
        return true;
    closeConnection();
    return false;
}

void JournalDatabase::close()
{
    m_schemaVersion = 0;
    m_relaxed = false;
    m_commits = {};
    closeConnection();
}

bool JournalDatabase::fail(const QString &message) const
{
    m_error = message;
    qCWarning(lcJournal).noquote() << message;
    return false;
}

bool JournalDatabase::isConstraintViolation(const QSqlError &error)
{
    return primaryCode(error) == SqliteConstraint;
}

QString JournalDatabase::journalMode() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA journal_mode"_s) || !q.next()) {
        fail(describe(q.lastError()));
        return {};
    }
    return q.value(0).toString();
}

int JournalDatabase::synchronousLevel() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA synchronous"_s) || !q.next()) {
        fail(describe(q.lastError()));
        return -1;
    }
    return q.value(0).toInt();
}

JournalDatabase::Statement::Statement(Statement &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_own(std::move(other.m_own))
    , m_prepared(other.m_prepared)
{
}

JournalDatabase::Statement::~Statement()
{
    if (m_query)
        m_query->finish();   // sqlite3_reset: ends the statement's read snapshot
    if (m_inUse)
        *m_inUse = false;
}

JournalDatabase::Statement JournalDatabase::statement(const QString &sql) const
{
    Statement st;
    std::shared_ptr<Cached> &slot = m_statements[sql];
    if (slot && !slot->inUse) {
        slot->inUse = true;
        st.m_inUse = &slot->inUse;
        st.m_query = &slot->query;
        st.m_prepared = true;
        return st;
    }
    auto fresh = std::make_unique<QSqlQuery>(connection());
    fresh->setForwardOnly(true);
    st.m_prepared = fresh->prepare(sql);
    if (!st.m_prepared) {
        fail(describe(fresh->lastError()));
        if (!slot)
            m_statements.remove(sql);
        st.m_own = std::move(fresh);
        st.m_query = st.m_own.get();
        return st;
    }
    if (slot) {
        // In use further up the stack: this one is used once and dropped.
        st.m_own = std::move(fresh);
        st.m_query = st.m_own.get();
        return st;
    }
    slot = std::make_shared<Cached>(Cached{std::move(*fresh), true});
    st.m_inUse = &slot->inUse;
    st.m_query = &slot->query;
    return st;
}

void JournalDatabase::closeConnection()
{
    m_statements.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }   // the last handle must be gone before removeDatabase()
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase JournalDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString JournalDatabase::describe(const QSqlError &error) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    QString what;
    switch (primaryCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        what = tr("The sale journal %1 is locked by another program (is Kaunter already running "
                  "on this data folder?).").arg(file);
        break;
    case SqliteReadOnly:
        what = tr("The sale journal %1 is read-only; sales cannot be recorded.").arg(file);
        break;
    case SqlitePerm:
    case SqliteCantOpen:
        what = tr("The sale journal %1 cannot be opened for writing (no permission, or the folder "
                  "is read-only).").arg(file);
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        what = tr("The sale journal %1 is damaged or is not a Kaunter journal. It has been left "
                  "untouched; restore it from a backup or contact support.").arg(file);
        break;
    case SqliteFull:
        what = tr("The disk holding the sale journal %1 is full.").arg(file);
        break;
    case SqliteIoErr:
        what = tr("The sale journal %1 could not be read or written (input/output error).").arg(file);
        break;
    case SqliteConstraint:
        what = tr("The sale journal refused an inconsistent record.");
        break;
    default:
        what = tr("The sale journal %1 reported an error.").arg(file);
        break;
    }
    return tr("%1 (SQLite: %2)").arg(what, detail);
}

bool JournalDatabase::openConnection(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return fail(tr("No data folder was given for the sale journal."));
    const QDir dir(dataDir);
    if (!dir.mkpath(u"."_s)) {
        return fail(tr("The data folder %1 cannot be created; sales cannot be recorded.")
                        .arg(QDir::toNativeSeparators(dataDir)));
    }
    m_path = dir.absoluteFilePath(u"journal.sqlite"_s);

    // Create the file ourselves, owner-only: it holds full IC numbers (AMLA). SQLite gives the
    // -wal and -shm files the same permissions, and treats an empty file as a new database.
    if (!QFileInfo::exists(m_path)) {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return fail(tr("The sale journal %1 cannot be created: %2")
                            .arg(QDir::toNativeSeparators(m_path), file.errorString()));
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid()) {
        return fail(tr("The Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) is not "
                       "installed; the sale journal cannot be opened."));
    }
    QString options = u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(m_busyTimeoutMs);
    if (m_vfsName.isEmpty()) {
        db.setDatabaseName(m_path);
    } else {
        // Only a URI can name a VFS; the path is percent-encoded by QUrl.
        QUrlQuery query;
        query.addQueryItem(u"vfs"_s, m_vfsName);
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(query);
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += u";QSQLITE_OPEN_URI"_s;
    }
    db.setConnectOptions(options);
    if (!db.open())
        return fail(describe(db.lastError()));

    // The first statements that read the file: a garbage file, a damaged header or a lock
    // held in exclusive mode by another process shows up here, before anything is written.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s))
        return fail(describe(q.lastError()));
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return fail(describe(q.lastError()));
    m_schemaVersion = q.value(0).toInt();
    q.finish();
    if (m_schemaVersion > JournalSchema::latestVersion() || m_schemaVersion < 0) {
        // Never downgrade or "repair" a journal a newer Kaunter wrote: it may hold fields
        // this version would drop.
        return fail(tr("The sale journal %1 was written by a newer version of Kaunter (schema "
                       "%2; this version understands up to %3). It has been left untouched; "
                       "install the newer Kaunter to use it.")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(m_schemaVersion)
                        .arg(JournalSchema::latestVersion()));
    }

    if (!checkDurability(db))
        return false;
    return migrate();
}

bool JournalDatabase::checkDurability(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // WAL: a commit is one append + fsync of the log, and readers never block the writer.
    // Both settings are read back: SQLite answers a pragma it cannot honour with the old value
    // instead of an error (e.g. "delete" on a file system without shared memory support).
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next())
        return fail(describe(q.lastError()));
    const QString mode = q.value(0).toString().toLower();
    q.finish();
    if (mode != "wal"_L1) {
        return fail(tr("The sale journal %1 cannot use write-ahead logging (SQLite kept journal "
                       "mode \"%2\"; the file system may not support it, or the file is "
                       "read-only). Sales are refused because they could not be recorded "
                       "durably.")
                        .arg(QDir::toNativeSeparators(m_path), mode));
    }
    // FULL: the WAL is synced at every commit, so a committed sale survives a power cut.
    if (!q.exec(u"PRAGMA synchronous=FULL"_s))
        return fail(describe(q.lastError()));
    if (!q.exec(u"PRAGMA synchronous"_s) || !q.next())
        return fail(describe(q.lastError()));
    const int sync = q.value(0).toInt();
    q.finish();
    if (sync != 2) {
        return fail(tr("The sale journal %1 cannot be set to synchronous=FULL (SQLite reports "
                       "%2). Sales are refused because they could not be recorded durably.")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(sync));
    }
    if (!q.exec(u"PRAGMA foreign_keys=ON"_s))
        return fail(describe(q.lastError()));
    return true;
}

bool JournalDatabase::migrate()
{
    QSqlDatabase db = connection();
    const QList<QStringList> steps = JournalSchema::migrationSteps();
    while (m_schemaVersion < steps.size()) {
        const int target = m_schemaVersion + 1;
        if (!beginWrite(tr("upgrading the journal to schema %1").arg(target)))
            return false;
        auto rollback = qScopeGuard([&] { rollbackWrite(); });
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Another process may have migrated between our read and our write lock.
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return fail(describe(q.lastError()));
        const int current = q.value(0).toInt();
        q.finish();
        if (current >= target) {
            m_schemaVersion = current;
            continue;   // rolls back the empty transaction
        }
        for (const QString &statement : steps.at(m_schemaVersion)) {
            if (!q.exec(statement)) {
                return fail(tr("Upgrading the sale journal to schema %1 failed: %2")
                                .arg(target)
                                .arg(describe(q.lastError())));
            }
        }
        // PRAGMA arguments cannot be bound; target is an int we computed.
        if (!q.exec(u"PRAGMA user_version = "_s + QString::number(target)))
            return fail(describe(q.lastError()));
        q.finish();
        if (!commitWrite(tr("upgrading the journal to schema %1").arg(target)))
            return false;
        rollback.dismiss();
        qCInfo(lcJournal) << "upgraded the journal from schema" << m_schemaVersion << "to" << target;
        m_schemaVersion = target;
    }
    if (m_schemaVersion > steps.size()) {
        return fail(tr("The sale journal %1 was written by a newer version of Kaunter.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    return true;
}

bool JournalDatabase::write(const QString &what, const std::function<bool(QSqlQuery &)> &body,
                            Durability durability)
{
    QSqlDatabase db = connection();
    if (!setSynchronous(db, durability))
        return false;
    // Back to FULL as soon as the write is over, committed or not, so that any statement that
    // does not go through here (migrations) also runs at FULL. A failure to restore is
    // remembered in m_relaxed and refuses the next PowerLoss write.
    auto restore = qScopeGuard([&] {
        if (m_relaxed) {
            const QString error = m_error;
            setSynchronous(db, Durability::PowerLoss);
            m_error = error;   // this write's own error (if any) is the one to report
        }
    });
    if (!beginWrite(what))
        return false;
    auto rollback = qScopeGuard([&] { rollbackWrite(); });
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!body(q))
            return false;   // the query goes first, then the guard rolls back
        q.finish();
    }
    if (!commitWrite(what))
        return false;
    rollback.dismiss();
    ++(durability == Durability::PowerLoss ? m_commits.powerLoss : m_commits.crash);
    return true;
}

bool JournalDatabase::setSynchronous(QSqlDatabase &db, Durability durability)
{
    const bool relax = durability == Durability::Crash;
    if (relax == m_relaxed)
        return true;
    int level = -1;
    {
        // Never a cached statement: SQLite runs this pragma while compiling it, and compiles
        // the read-back's answer into the statement.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(relax ? u"PRAGMA synchronous=NORMAL"_s : u"PRAGMA synchronous=FULL"_s)
            && q.exec(u"PRAGMA synchronous"_s) && q.next())
            level = q.value(0).toInt();
    }
    if (level == (relax ? 1 : 2)) {   // NORMAL : FULL, as SQLite reads it back
        m_relaxed = relax;
        return true;
    }
    if (relax) {
        // Not relaxed: the write is simply more durable than it needed to be. Make sure the
        // level really is FULL before going on.
        return setSynchronous(db, Durability::PowerLoss);
    }
    // FULL not confirmed: m_relaxed stays true, so every PowerLoss write tries again and is
    // refused until SQLite confirms FULL.
    m_relaxed = true;
    return fail(tr("The sale journal %1 cannot be set to synchronous=FULL (SQLite reports "
                   "%2). Sales are refused because they could not be recorded durably.")
                    .arg(QDir::toNativeSeparators(m_path))
                    .arg(level));
}

bool JournalDatabase::beginWrite(const QString &what)
{
    const Statement begin = statement(u"BEGIN IMMEDIATE"_s);
    if (begin.isPrepared() && begin->exec())
        return true;
    return fail(tr("Error while %1: %2").arg(what, describe(begin->lastError())));
}

bool JournalDatabase::commitWrite(const QString &what)
{
    QString message;
    {
        const Statement commit = statement(u"COMMIT"_s);
        if (commit.isPrepared() && commit->exec())
            return true;
        message = tr("Error while %1: %2").arg(what, describe(commit->lastError()));
    }
    // Not committed: say so, and make sure the transaction is gone, so the caller never
    // believes (and never acts as if) the write were durable.
    rollbackWrite();
    return fail(message);
}

void JournalDatabase::rollbackWrite()
{
    const Statement rollback = statement(u"ROLLBACK"_s);
    if (rollback.isPrepared())
        rollback->exec();   // fails harmlessly when SQLite already rolled back
}

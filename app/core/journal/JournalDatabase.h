#pragma once

#include <QCoreApplication>
#include <QString>

#include <QHash>
#include <QSqlQuery>

#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlError;

// The journal's SQLite connection and how it writes: the file (created owner-only), WAL and
// synchronous=FULL read back on open, schema migrations, and the one way to write — BEGIN
// IMMEDIATE, the statements, COMMIT, rolled back on any failure, at the durability the write
// asks for. Journal (what a sale row means) sits on top of it.
//
// Not thread-safe; one instance owns one uniquely named connection.
class JournalDatabase
{
    // The strings were Journal's before the connection moved here; translators keep them.
    Q_DECLARE_TR_FUNCTIONS(Journal)
public:
    // How much power a write must survive. Every write survives the process dying (WAL); the
    // question is only an OS crash or power cut in the moment after COMMIT returned.
    //  - PowerLoss (synchronous=FULL, the WAL is fsynced before COMMIT returns): the sale row
    //    before its first byte, every final answer, and every state that stops or gates
    //    sending (Rejected, NeedsDecision, Voided, a flag for review, a correction).
    //  - Crash (synchronous=NORMAL, synced at the next PowerLoss commit or checkpoint): what a
    //    re-query learns again. A power cut may roll the row back to its previous pending
    //    state (attempt count, Accepted/Processing/Unknown), and recovery re-queries or looks
    //    up that state with the same body; nothing is ever sent blindly because of it. A refid
    //    allocation is Crash too: a refid only leaves the process inside a sale row, and that
    //    row's PowerLoss commit syncs the WAL with the allocation that precedes it.
    enum class Durability { PowerLoss, Crash };
    struct CommitCounts
    {
        int powerLoss = 0;   // commits that fsynced the WAL
        int crash = 0;       // commits left for the next sync
    };

    // A statement compiled once per connection and kept for the next use: SQLite compiles SQL
    // text on every prepare, and every sale runs the same few statements again and again.
    // The handle resets the statement when it goes out of scope, so no read snapshot outlives
    // its use (a kept snapshot would hide another writer's rows and hold back checkpoints).
    // Bind values positionally (addBindValue) before each exec(). A statement already in use
    // further up the stack gets a fresh, uncached query instead.
    class Statement
    {
    public:
        Statement(Statement &&other) noexcept;
        Statement &operator=(Statement &&) = delete;
        ~Statement();
        bool isPrepared() const { return m_prepared; }
        QSqlQuery &operator*() const { return *m_query; }
        QSqlQuery *operator->() const { return m_query; }

    private:
        friend class JournalDatabase;
        Statement() = default;
        QSqlQuery *m_query = nullptr;
        bool *m_inUse = nullptr;               // the cache's flag, when cached
        std::unique_ptr<QSqlQuery> m_own;      // when not cached
        bool m_prepared = false;
    };

    JournalDatabase();
    ~JournalDatabase();
    JournalDatabase(const JournalDatabase &) = delete;
    JournalDatabase &operator=(const JournalDatabase &) = delete;

    // Opens (creating or migrating) <dataDir>/journal.sqlite. False + errorString() on a
    // corrupt file, a lock held by another process, a read-only location, a newer schema, or
    // when WAL / synchronous=FULL cannot be confirmed.
    bool open(const QString &dataDir);
    void close();
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; }
    int busyTimeout() const { return m_busyTimeoutMs; }
    void setVfsName(const QString &vfs) { m_vfsName = vfs; }
    QString journalMode() const;     // read back from SQLite; empty on error
    int synchronousLevel() const;    // read back from SQLite; -1 on error

    // BEGIN IMMEDIATE, `body`, COMMIT, in one place. `body` returns false after fail(); then,
    // or when the commit fails, the transaction is rolled back and nothing of it is durable.
    // True only once COMMIT succeeded. The connection is back at FULL when this returns.
    bool write(const QString &what, const std::function<bool(QSqlQuery &)> &body,
               Durability durability = Durability::PowerLoss);
    CommitCounts commitCounts() const { return m_commits; }
    // isPrepared() false + fail() when SQLite cannot compile `sql`.
    Statement statement(const QString &sql) const;

    // A cashier's sentence for a SQLite error (locked, read-only, damaged, disk full...).
    QString describe(const QSqlError &error) const;
    static bool isConstraintViolation(const QSqlError &error);
    // Records (and logs) the error; always false, for `return fail(...)`.
    bool fail(const QString &message) const;
    QString errorString() const { return m_error; }
    void clearError() { m_error.clear(); }

private:
    // BEGIN IMMEDIATE: takes the write lock up front, so a transaction never has to upgrade a
    // read lock (which in WAL mode fails at once instead of waiting for the busy timeout).
    bool beginWrite(const QString &what);
    bool commitWrite(const QString &what);
    void rollbackWrite();
    bool openConnection(const QString &dataDir);
    bool checkDurability(QSqlDatabase &db);
    bool migrate();
    void closeConnection();
    // Switches the connection's synchronous level outside any transaction (SQLite refuses a
    // change inside one); false + fail() if FULL is not confirmed.
    bool setSynchronous(QSqlDatabase &db, Durability durability);

    QString m_connectionName;
    QString m_path;
    mutable QString m_error;
    int m_schemaVersion = 0;
    QString m_vfsName;
    int m_busyTimeoutMs = 3000;
    // The connection is at synchronous=NORMAL (a Crash write ran and FULL was not confirmed
    // back): every PowerLoss write restores FULL first or is refused.
    bool m_relaxed = false;
    CommitCounts m_commits;
    struct Cached
    {
        QSqlQuery query;
        bool inUse = false;
    };
    // Emptied before the connection is removed (a query must not outlive its connection).
    mutable QHash<QString, std::shared_ptr<Cached>> m_statements;
};

#pragma once

#include <functional>

#include "JournalDatabase.h"
#include "SaleEvent.h"
#include "SaleHistoryQuery.h"
#include "SaleRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class Clock;
class QSqlDatabase;
class QSqlQuery;
class QSqlError;

// The durable record of every sale: SQLite (QtSql), WAL, synchronous=FULL, both read back on
// open. A sale row with its exact request body is committed before the first byte is sent;
// every answer is committed before anyone is told about it. If durability cannot be
// guaranteed the journal refuses to open and says why, and nothing is sold.
//
// Not thread-safe; one instance per process owns one connection (unique connection name).
// Two processes on the same file are serialised by SQLite's locks; a lock held longer than
// the busy timeout surfaces as an error, never as a lost write.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
public:
    explicit Journal(const Clock &clock);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // Opens (creating or migrating) <dataDir>/journal.sqlite. False + errorString() on a
    // corrupt file, a lock held by another process, a read-only location, or when WAL /
    // synchronous=FULL cannot be confirmed.
    bool open(const QString &dataDir);
    // Closes the connection (also done by the destructor). open() may be called again.
    void close();
    bool isOpen() const;
    QString errorString() const { return m_db.errorString(); }
    QString filePath() const { return m_db.path(); }
    int schemaVersion() const;
    // The schema version this build writes; a journal with a higher user_version is refused.
    static int latestSchemaVersion();
    // How long a statement waits for another process's lock before failing (default 3000 ms).
    // Takes effect at the next open(); tests shorten it.
    void setBusyTimeout(int ms) { m_db.setBusyTimeout(ms); }
    int busyTimeout() const { return m_db.busyTimeout(); }
    // SQLite VFS to open the file with (empty = the platform default). "unix-dotfile" is for
    // file systems without working POSIX locks; it has no shared memory, so WAL cannot be
    // confirmed and open() refuses, which is also how the tests exercise that refusal.
    void setVfsName(const QString &vfs) { m_db.setVfsName(vfs); }
    // The live connection's settings, read back from SQLite (for diagnostics and tests):
    // "wal" and 2 (FULL) whenever isOpen().
    QString journalMode() const;
    int synchronousLevel() const;

    // See JournalDatabase: which writes are fsynced before COMMIT returns (PowerLoss) and
    // which only survive a crash of the process (Crash).
    using Durability = JournalDatabase::Durability;
    using CommitCounts = JournalDatabase::CommitCounts;
    using Statement = JournalDatabase::Statement;
    // Commits since open(), by durability (the bench prints them; tests hold the rules above).
    CommitCounts commitCounts() const { return m_db.commitCounts(); }

    // The connection, for the journal's other tables (shifts: ShiftLedger). Sales are only
    // ever written through the functions below.
    JournalDatabase &database() { return m_db; }
    const JournalDatabase &database() const { return m_db; }

    // This terminal's id: created once per data directory (random, [A-Z0-9]{8}) and kept.
    QString terminalId() const { return m_terminalId; }

    // Allocates the next refid durably: "<terminalId>-<yyyyMMdd>-<seq>", seq persisted in the
    // journal, so a restart or reinstall on the same data never repeats one. <= 50 chars of
    // [A-Za-z0-9-]. Empty string on error.
    // yyyyMMdd is the Malaysian calendar date (UTC+8) of the injected clock; it is only a
    // label for people: uniqueness comes from seq (zero-padded to 6+ digits), which is
    // committed before the refid is returned and never goes back, whatever the clock does.
    QString nextRefid();

    // Inserts a new sale (state New). Fails on a duplicate refid. Sets rec.id, createdAt,
    // updatedAt, terminalId. rec.attempts > 0 records "the first request is sent right after
    // this commit" (stored as 1): the row and its first attempt share one fsync, so the first
    // byte waits for a single durable commit.
    bool insertSale(SaleRecord &rec);
    // A new sale's refid allocated (as nextRefid) and its row inserted (as insertSale) in one
    // transaction, so the first byte waits for one fsync and no refid is allocated apart from
    // its sale: `bodyFor` builds the exact request body for the refid. Sets rec.refid,
    // rec.requestBody and what insertSale sets; nothing is recorded on failure.
    bool insertNewSale(SaleRecord &rec, const std::function<QByteArray(const QString &refid)> &bodyFor);
    // Only for a sale in state Rejected (no transaction exists): replaces product, account,
    // amount, extras and body, state back to New. Refused in any other state.
    bool rewriteRejected(const QString &refid, const QString &product, const QString &account,
                         const QString &amount, const QJsonObject &extras, const QByteArray &body);
    // attempts += 1, updatedAt = now, as its own (Crash-durable) commit.
    bool recordAttempt(const QString &refid);
    // Reads the sale's CURRENT row and counts one more attempt, in one (Crash-durable) transaction:
    // every request sends the body returned here, never a copy held in memory, so a body
    // corrected by another driver is never sent under an old refid's answer. nullopt +
    // errorString() when the sale is unknown, Rejected, NeedsDecision or Voided (nothing is
    // sent for those) or the journal cannot write.
    std::optional<SaleRecord> beginAttempt(const QString &refid);
    // Stores an answer (or the absence of one). attempts becomes max(stored, update.attempts).
    // Copies state, statusCode, statusText,
    // httpStatus, productName, sn, pin, expiry, voucherlink, note, remarks, lastError,
    // needsReview from `update`; sets updatedAt and, on the first final state, finalAt.
    // transactionSeen is sticky (stored OR update). Once Succesful, the issued fields
    // (productName, sn, pin, expiry, voucherlink, note) are kept when a later answer (Refund)
    // omits them. The transition must pass isTransitionAllowed(). Durability: Crash only when
    // both the stored and the new state are pending states a re-query re-learns (New,
    // Accepted, Processing, Unknown) and the update flags nothing for review; else PowerLoss.
    // answeredBody: the bytes the answer was for; when it is not the journal's current body
    // nothing is written and lastWriteWasStaleBody() is true.
    // stored: when given, receives the row as committed (saves the caller a read).
    // storedState: the caller's copy of the sale's state, to choose the durability without
    // reading first; a wrong copy costs a retry, never a lighter durability than the rule.
    bool recordOutcome(const QString &refid, const SaleRecord &update,
                       const QByteArray &answeredBody = {}, SaleRecord *stored = nullptr,
                       std::optional<SaleState> storedState = std::nullopt);
    bool lastWriteWasStaleBody() const { return m_staleBody; }
    // The rule recordOutcome() enforces: anything may follow a non-final state; a final state
    // may only be repeated, or Succesful may become Refund (voided later). Voided only
    // follows NeedsDecision; NeedsDecision only follows New or Unknown; with a transaction
    // seen, neither they nor Rejected can follow anything.
    static bool isTransitionAllowed(SaleState from, SaleState to, bool transactionSeen = false);

    // Read functions return nothing (nullopt, empty list) on error and set errorString().
    std::optional<SaleRecord> sale(const QString &refid) const;
    // Pending sales (New, Accepted, Processing, Unknown, NeedsDecision), oldest first.
    QList<SaleRecord> nonFinal() const;
    // The sale's timeline, oldest first (empty for an unknown refid, or a sale journaled
    // before schema 4).
    QList<SaleEvent> saleEvents(const QString &refid) const;
    int nonFinalCount() const;   // -1 on error
    // Newest first; keyset paging: pass the last row's id as beforeId (0 = from the newest).
    QList<SaleRecord> history(int limit, qint64 beforeId = 0) const;
    // One page of `query` (its pageSize rows at most, starting after query.after). *next is
    // the cursor of the following page, invalid when this page was the last.
    QList<SaleRecord> findSales(const SaleHistoryQuery &query, SaleHistoryQuery::Cursor *next) const;
    // Sales of the same account and amount created at or after `since` (duplicate warning).
    QList<SaleRecord> recentSimilar(const QString &account, const QString &amount,
                                    const QDateTime &since) const;

private:
    bool fail(const QString &message) const;   // records and logs; always false
    bool checkOpen() const;
    bool loadTerminalId();
    // Steps inside a write transaction; false + fail() (the transaction is then rolled back).
    bool allocateRefid(const QString &what, QString *refid);
    bool insertRow(SaleRecord &rec, const QString &what);
    bool checkComplete(const SaleRecord &rec);
    // Inside a write: the sale's current row, or false + fail() (unknown refid, SQL error).
    bool readForWrite(const QString &refid, const QString &what, SaleRecord *row);
    // Inside a write: stores recordOutcome()'s merged row.
    bool storeOutcome(const SaleRecord &merged, const QString &what);
    // One timeline line, inside the caller's write transaction.
    bool appendEvent(qint64 saleId, const SaleEvent &event, const QString &what);
    bool write(const QString &what, const std::function<bool(QSqlQuery &)> &body,
               Durability durability = Durability::PowerLoss)
    {
        return m_db.write(what, body, durability);
    }
    QString describe(const QSqlError &error) const { return m_db.describe(error); }

    const Clock &m_clock;
    JournalDatabase m_db;
    QString m_terminalId;
    bool m_open = false;
    bool m_staleBody = false;
};

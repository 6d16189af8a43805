#include "Journal.h"
#include "JournalSchema.h"

#include "util/Clock.h"
#include "util/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
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

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// Absent stays absent: an empty string is stored as NULL.
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

QVariant textOrNull(const std::optional<QString> &s)
{
    return s ? textOrNull(*s) : nullText();
}

QVariant intOrNull(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

std::optional<QString> optionalText(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    QString s = v.toString();
    if (s.isEmpty())
        return std::nullopt;
    return s;
}

std::optional<int> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QVariant extrasText(const QJsonObject &extras)
{
    if (extras.isEmpty())
        return nullText();
    return QString::fromUtf8(QJsonDocument(extras).toJson(QJsonDocument::Compact));
}

SaleRecord readSale(const QSqlQuery &q)
{
    SaleRecord r;
    r.id = q.value(0).toLongLong();
    r.refid = q.value(1).toString();
    r.terminalId = q.value(2).toString();
    r.product = q.value(3).toString();
    r.account = q.value(4).toString();
    r.amount = q.value(5).toString();
    const QVariant extras = q.value(6);
    if (!extras.isNull())
        r.extras = QJsonDocument::fromJson(extras.toString().toUtf8()).object();
    r.requestBody = q.value(7).toByteArray();
    // The CHECK constraint admits only known names; Unknown is the safe reading otherwise
    // (it is re-queried, never treated as final).
    r.state = saleStateFromName(q.value(8).toString()).value_or(SaleState::Unknown);
    r.statusCode = optionalInt(q.value(9));
    r.statusText = q.value(10).toString();
    r.httpStatus = optionalInt(q.value(11));
    r.productName = optionalText(q.value(12));
    r.sn = optionalText(q.value(13));
    r.pin = optionalText(q.value(14));
    r.expiry = optionalText(q.value(15));
    r.voucherlink = optionalText(q.value(16));
    r.note = optionalText(q.value(17));
    r.remarks = optionalText(q.value(18));
    r.createdAt = fromMs(q.value(19).toLongLong());
    r.updatedAt = fromMs(q.value(20).toLongLong());
    const QVariant finalAt = q.value(21);
    if (!finalAt.isNull())
        r.finalAt = fromMs(finalAt.toLongLong());
    r.attempts = q.value(22).toInt();
    r.lastError = q.value(23).toString();
    r.needsReview = q.value(24).toInt() != 0;
    r.transactionSeen = q.value(25).toInt() != 0;
    return r;
}

QString randomTerminalId()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    constexpr int alphabetSize = int(sizeof(alphabet)) - 1;
    QString id;
    id.reserve(8);
    for (int i = 0; i < 8; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(alphabetSize)]);
    return id;
}

// The date part of a refid is the Malaysian calendar date (MYT, UTC+8, no DST), so a sale rung
// up at 07:30 in Kuala Lumpur carries that day's date, not yesterday's UTC date.
QString malaysianDate(const QDateTime &utcNow)
{
    const QDate d = utcNow.toOffsetFromUtc(8 * 3600).date();
    if (!d.isValid() || d.year() < 1 || d.year() > 9999)
        return u"00000000"_s;   // a clock this wrong cannot make a refid repeat: seq still does
    return QString::number(d.year()).rightJustified(4, u'0')
        + QString::number(d.month()).rightJustified(2, u'0')
        + QString::number(d.day()).rightJustified(2, u'0');
}

} // namespace

Journal::Journal(const Clock &clock)
    : m_clock(clock)
    , m_connectionName(u"kaunter-journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Journal::~Journal()
{
    close();
}

int Journal::latestSchemaVersion()
{
    return JournalSchema::latestVersion();
}

bool Journal::open(const QString &dataDir)
{
    close();
    m_error.clear();
    // openConnection() keeps its QSqlDatabase/QSqlQuery handles local, so they are all gone
    // when the connection is removed on failure.
    if (!openConnection(dataDir)) {
        closeConnection();
        return false;
    }
    m_open = true;
    qCInfo(lcJournal).noquote() << "opened" << QDir::toNativeSeparators(m_path) << "schema"
                                << m_schemaVersion << "terminal" << m_terminalId;
    return true;
}

void Journal::close()
{
    m_open = false;
    m_terminalId.clear();
    m_schemaVersion = 0;
    closeConnection();
}

bool Journal::isOpen() const
{
    return m_open;
}

int Journal::schemaVersion() const
{
    return m_open ? m_schemaVersion : 0;
}

QString Journal::journalMode() const
{
    if (!checkOpen())
        return {};
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA journal_mode"_s) || !q.next()) {
        failConst(describe(q.lastError()));
        return {};
    }
    return q.value(0).toString();
}

int Journal::synchronousLevel() const
{
    if (!checkOpen())
        return -1;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA synchronous"_s) || !q.next()) {
        failConst(describe(q.lastError()));
        return -1;
    }
    return q.value(0).toInt();
}

void Journal::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }   // the last handle must be gone before removeDatabase()
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Journal::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Journal::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcJournal).noquote() << message;
    return false;
}

bool Journal::failConst(const QString &message) const
{
    m_error = message;
    qCWarning(lcJournal).noquote() << message;
    return false;
}

bool Journal::checkOpen() const
{
    if (m_open)
        return true;
    return failConst(tr("The sale journal is not open; nothing can be recorded."));
}

QString Journal::describe(const QSqlError &error) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    QString what;
    switch (error.nativeErrorCode().toInt() & 0xff) {
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

bool Journal::openConnection(const QString &dataDir)
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
    if (m_schemaVersion > latestSchemaVersion() || m_schemaVersion < 0) {
        // Never downgrade or "repair" a journal a newer Kaunter wrote: it may hold fields
        // this version would drop.
        return fail(tr("The sale journal %1 was written by a newer version of Kaunter (schema "
                       "%2; this version understands up to %3). It has been left untouched; "
                       "install the newer Kaunter to use it.")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(m_schemaVersion)
                        .arg(latestSchemaVersion()));
    }

    if (!checkDurability(db))
        return false;
    if (!migrate())
        return false;
    return loadTerminalId(db);
}

bool Journal::checkDurability(QSqlDatabase &db)
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

bool Journal::migrate()
{
    QSqlDatabase db = database();
    const QList<QStringList> steps = JournalSchema::migrationSteps();
    while (m_schemaVersion < steps.size()) {
        const int target = m_schemaVersion + 1;
        if (!beginWrite(db, tr("upgrading the journal to schema %1").arg(target)))
            return false;
        auto rollback = qScopeGuard([&] { rollbackWrite(db); });
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
        if (!commitWrite(db, tr("upgrading the journal to schema %1").arg(target)))
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

bool Journal::loadTerminalId(QSqlDatabase &db)
{
    // Also the write probe of every open: a journal that cannot take a committed write (lock
    // held elsewhere, read-only file) fails here, before the till offers to sell.
    QString id;
    const bool ok = write(db, tr("opening the journal"), [&](QSqlQuery &q) {
        if (!q.exec(u"SELECT value FROM meta WHERE key = 'terminal_id'"_s))
            return fail(describe(q.lastError()));
        id = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (id.isEmpty()) {
            id = randomTerminalId();
            q.prepare(u"INSERT INTO meta (key, value) VALUES ('terminal_id', ?)"_s);
            q.addBindValue(id);
            if (!q.exec())
                return fail(describe(q.lastError()));
        }
        q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('last_opened_at', ?)"_s);
        q.addBindValue(m_clock.msecsSinceEpoch());
        return q.exec() || fail(describe(q.lastError()));
    });
    if (ok)
        m_terminalId = id;
    return ok;
}

bool Journal::write(QSqlDatabase &db, const QString &what, const std::function<bool(QSqlQuery &)> &body)
{
    if (!beginWrite(db, what))
        return false;
    auto rollback = qScopeGuard([&] { rollbackWrite(db); });
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!body(q))
            return false;   // the query goes first, then the guard rolls back
        q.finish();
    }
    if (!commitWrite(db, what))
        return false;
    rollback.dismiss();
    return true;
}

bool Journal::beginWrite(QSqlDatabase &db, const QString &what)
{
    QSqlQuery q(db);
    if (q.exec(u"BEGIN IMMEDIATE"_s))
        return true;
    return fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
}

bool Journal::commitWrite(QSqlDatabase &db, const QString &what)
{
    QSqlQuery q(db);
    if (q.exec(u"COMMIT"_s))
        return true;
    // Not committed: say so, and make sure the transaction is gone, so the caller never
    // believes (and never acts as if) the write were durable.
    const QString message = tr("Error while %1: %2").arg(what, describe(q.lastError()));
    rollbackWrite(db);
    return fail(message);
}

void Journal::rollbackWrite(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"ROLLBACK"_s);   // fails harmlessly when SQLite already rolled back
}

QString Journal::nextRefid()
{
    if (!checkOpen())
        return {};
    QSqlDatabase db = database();
    const QString what = tr("allocating a refid");
    qint64 seq = 0;
    // Committed before the refid leaves this function: after a crash the next one is higher.
    const bool ok = write(db, what, [&](QSqlQuery &q) {
        if (!q.exec(u"UPDATE meta SET value = value + 1 WHERE key = 'refid_seq'"_s)
            || q.numRowsAffected() != 1)
            return fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
        if (!q.exec(u"SELECT value FROM meta WHERE key = 'refid_seq'"_s) || !q.next())
            return fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
        seq = q.value(0).toLongLong();
        return true;
    });
    if (!ok)
        return {};
    return m_terminalId + u'-' + malaysianDate(m_clock.now()) + u'-'
        + QString::number(seq).rightJustified(6, u'0');
}

bool Journal::insertSale(SaleRecord &rec)
{
    if (!checkOpen())
        return false;
    if (rec.refid.isEmpty() || rec.product.isEmpty() || rec.account.isEmpty()
        || rec.amount.isEmpty() || rec.requestBody.isEmpty()) {
        return fail(tr("Sale %1 is incomplete (refid, product, account, amount and request body "
                       "are required); nothing was recorded.")
                        .arg(rec.refid));
    }
    QSqlDatabase db = database();
    const QString what = tr("recording sale %1").arg(rec.refid);
    const qint64 now = m_clock.msecsSinceEpoch();
    const int attempts = rec.attempts > 0 ? 1 : 0;   // see Journal.h: only the first request
    qint64 id = 0;
    const bool ok = write(db, what, [&](QSqlQuery &q) {
        q.prepare(u"INSERT INTO sales (refid, terminal_id, product, account, amount, extras, "
                  "request_body, state, status_code, status_text, http_status, product_name, sn, "
                  "pin, expiry, voucherlink, note, remarks, created_at, updated_at, final_at, "
                  "attempts, last_error, needs_review) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, 'New', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)"_s);
        q.addBindValue(rec.refid);
        q.addBindValue(m_terminalId);
        q.addBindValue(rec.product);
        q.addBindValue(rec.account);
        q.addBindValue(rec.amount);
        q.addBindValue(extrasText(rec.extras));
        q.addBindValue(rec.requestBody);   // bound as a BLOB: the bytes, not a re-encoding
        q.addBindValue(intOrNull(rec.statusCode));
        q.addBindValue(textOrNull(rec.statusText));
        q.addBindValue(intOrNull(rec.httpStatus));
        q.addBindValue(textOrNull(rec.productName));
        q.addBindValue(textOrNull(rec.sn));
        q.addBindValue(textOrNull(rec.pin));
        q.addBindValue(textOrNull(rec.expiry));
        q.addBindValue(textOrNull(rec.voucherlink));
        q.addBindValue(textOrNull(rec.note));
        q.addBindValue(textOrNull(rec.remarks));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(attempts);
        q.addBindValue(textOrNull(rec.lastError));
        q.addBindValue(rec.needsReview ? 1 : 0);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            if ((error.nativeErrorCode().toInt() & 0xff) == SqliteConstraint && sale(rec.refid)) {
                return fail(tr("Refid %1 is already in the journal; a refid is never reused for "
                               "another sale.").arg(rec.refid));
            }
            return fail(tr("Error while %1: %2").arg(what, describe(error)));
        }
        id = q.lastInsertId().toLongLong();
        return true;
    });
    if (!ok)
        return false;
    rec.id = id;
    rec.terminalId = m_terminalId;
    rec.state = SaleState::New;
    rec.attempts = attempts;
    rec.finalAt.reset();
    rec.createdAt = fromMs(now);
    rec.updatedAt = rec.createdAt;
    return true;
}

bool Journal::rewriteRejected(const QString &refid, const QString &product, const QString &account,
                              const QString &amount, const QJsonObject &extras,
                              const QByteArray &body)
{
    if (!checkOpen())
        return false;
    if (product.isEmpty() || account.isEmpty() || amount.isEmpty() || body.isEmpty()) {
        return fail(tr("The correction of sale %1 is incomplete (product, account, amount and "
                       "request body are required); nothing was changed.").arg(refid));
    }
    QSqlDatabase db = database();
    const QString what = tr("correcting sale %1").arg(refid);
    return write(db, what, [&](QSqlQuery &q) {
        q.prepare(u"SELECT id, state FROM sales WHERE refid = ?"_s);
        q.addBindValue(refid);
        if (!q.exec())
            return fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
        if (!q.next())
            return fail(tr("There is no sale %1 in the journal.").arg(refid));
        const qint64 id = q.value(0).toLongLong();
        const QString state = q.value(1).toString();
        q.finish();
        if (state != saleStateName(SaleState::Rejected)) {
            // Any other state may have created a transaction at IIMMPACT: changing the body under
            // the same refid could charge a different sale.
            return fail(tr("Sale %1 is %2; only a rejected sale (no transaction was created) can be "
                           "corrected under the same refid.").arg(refid, state));
        }
        q.prepare(u"UPDATE sales SET product = ?, account = ?, amount = ?, extras = ?, "
                  "request_body = ?, state = 'New', updated_at = ? WHERE id = ?"_s);
        q.addBindValue(product);
        q.addBindValue(account);
        q.addBindValue(amount);
        q.addBindValue(extrasText(extras));
        q.addBindValue(body);
        q.addBindValue(m_clock.msecsSinceEpoch());
        q.addBindValue(id);
        return (q.exec() && q.numRowsAffected() == 1)
            || fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
    });
}

bool Journal::recordAttempt(const QString &refid)
{
    if (!checkOpen())
        return false;
    QSqlDatabase db = database();
    const QString what = tr("recording an attempt for sale %1").arg(refid);
    return write(db, what, [&](QSqlQuery &q) {
        q.prepare(u"UPDATE sales SET attempts = attempts + 1, updated_at = ? WHERE refid = ?"_s);
        q.addBindValue(m_clock.msecsSinceEpoch());
        q.addBindValue(refid);
        if (!q.exec())
            return fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
        return q.numRowsAffected() == 1 || fail(tr("There is no sale %1 in the journal.").arg(refid));
    });
}

bool Journal::isTransitionAllowed(SaleState from, SaleState to, bool transactionSeen)
{
    // With a transaction at IIMMPACT, "no transaction" states are impossible.
    if (transactionSeen
        && (to == SaleState::Rejected || to == SaleState::NeedsDecision || to == SaleState::Voided))
        return false;
    // Only a supervisor's decision voids, and only a sale that was never answered.
    if (to == SaleState::Voided)
        return from == SaleState::NeedsDecision || from == SaleState::Voided;
    if (to == SaleState::NeedsDecision)
        return from == SaleState::New || from == SaleState::Unknown
            || from == SaleState::NeedsDecision;
    // A NeedsDecision sale is only sent again by decision (back to New) or found by a lookup.
    if (from == SaleState::NeedsDecision && to == SaleState::Rejected)
        return false;
    if (!isFinalState(from))
        return true;
    // A final answer is the end of the transaction; only a later void can follow a success.
    return from == to || (from == SaleState::Succesful && to == SaleState::Refund);
}

bool Journal::recordOutcome(const QString &refid, const SaleRecord &update,
                            const QByteArray &answeredBody)
{
    m_staleBody = false;
    if (!checkOpen())
        return false;
    QSqlDatabase db = database();
    const QString what = tr("recording the outcome of sale %1").arg(refid);
    return write(db, what, [&](QSqlQuery &q) {
        q.prepare(u"SELECT id, state, final_at, transaction_seen, request_body, product_name, sn, "
                  "pin, expiry, voucherlink, note FROM sales WHERE refid = ?"_s);
        q.addBindValue(refid);
        if (!q.exec())
            return fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
        if (!q.next())
            return fail(tr("There is no sale %1 in the journal.").arg(refid));
        const qint64 id = q.value(0).toLongLong();
        const QString stateText = q.value(1).toString();
        const QVariant oldFinalAt = q.value(2);
        const bool seenBefore = q.value(3).toInt() != 0;
        const QByteArray currentBody = q.value(4).toByteArray();
        // What IIMMPACT issued for a Succesful sale stays on record, even when a later answer
        // (Refund: voided) no longer carries it: history and reprints show what was issued.
        std::optional<QString> issued[6];
        for (int i = 0; i < 6; ++i)
            issued[i] = optionalText(q.value(5 + i));
        q.finish();
        if (!answeredBody.isEmpty() && answeredBody != currentBody) {
            // Another driver corrected the sale since this request left: the answer is about a
            // body that is no longer the sale's, so it says nothing about the sale.
            m_staleBody = true;
            return fail(tr("The answer for sale %1 was about a request body that is no longer the "
                           "journaled one; it was not recorded.").arg(refid));
        }
        const SaleState from = saleStateFromName(stateText).value_or(SaleState::Unknown);
        const bool seen = seenBefore || update.transactionSeen;
        if (!isTransitionAllowed(from, update.state, seen)) {
            return fail(tr("Sale %1 is %2%3; it cannot become %4. Nothing was changed.")
                            .arg(refid, stateText,
                                 seen ? tr(" and IIMMPACT has a transaction for it") : QString(),
                                 saleStateName(update.state)));
        }
        SaleRecord u = update;
        if (from == SaleState::Succesful) {
            std::optional<QString> *fields[6] = {&u.productName, &u.sn, &u.pin, &u.expiry,
                                                 &u.voucherlink, &u.note};
            for (int i = 0; i < 6; ++i) {
                if (!*fields[i] || fields[i]->value().isEmpty())
                    *fields[i] = issued[i];
            }
        }
        const qint64 now = m_clock.msecsSinceEpoch();
        QVariant finalAt = oldFinalAt;
        if (finalAt.isNull() && isFinalState(u.state))
            finalAt = now;
        q.prepare(u"UPDATE sales SET state = ?, status_code = ?, status_text = ?, http_status = ?, "
                  "product_name = ?, sn = ?, pin = ?, expiry = ?, voucherlink = ?, note = ?, "
                  "remarks = ?, last_error = ?, needs_review = ?, updated_at = ?, final_at = ?, "
                  "attempts = MAX(attempts, ?), transaction_seen = ? "
                  "WHERE id = ?"_s);
        q.addBindValue(saleStateName(u.state));
        q.addBindValue(intOrNull(u.statusCode));
        q.addBindValue(textOrNull(u.statusText));
        q.addBindValue(intOrNull(u.httpStatus));
        q.addBindValue(textOrNull(u.productName));
        q.addBindValue(textOrNull(u.sn));
        q.addBindValue(textOrNull(u.pin));
        q.addBindValue(textOrNull(u.expiry));
        q.addBindValue(textOrNull(u.voucherlink));
        q.addBindValue(textOrNull(u.note));
        q.addBindValue(textOrNull(u.remarks));
        q.addBindValue(textOrNull(u.lastError));
        q.addBindValue(u.needsReview ? 1 : 0);
        q.addBindValue(now);
        q.addBindValue(finalAt.isNull() ? QVariant(QMetaType::fromType<qlonglong>()) : finalAt);
        q.addBindValue(u.attempts);
        q.addBindValue(seen ? 1 : 0);
        q.addBindValue(id);
        return (q.exec() && q.numRowsAffected() == 1)
            || fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
    });
}

std::optional<SaleRecord> Journal::beginAttempt(const QString &refid)
{
    if (!checkOpen())
        return std::nullopt;
    QSqlDatabase db = database();
    const QString what = tr("recording an attempt for sale %1").arg(refid);
    SaleRecord rec;
    const qint64 now = m_clock.msecsSinceEpoch();
    const bool ok = write(db, what, [&](QSqlQuery &q) {
        q.prepare(JournalSchema::selectSales("WHERE refid = ?"_L1));
        q.addBindValue(refid);
        if (!q.exec())
            return fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
        if (!q.next())
            return fail(tr("There is no sale %1 in the journal.").arg(refid));
        rec = readSale(q);
        q.finish();
        // Rejected: no transaction exists and the body may be corrected first. NeedsDecision
        // and Voided: never sent without a supervisor's decision.
        if (rec.state == SaleState::Rejected || rec.state == SaleState::NeedsDecision
            || rec.state == SaleState::Voided)
            return fail(tr("Sale %1 is %2; no request is sent for it.").arg(refid, saleStateName(rec.state)));
        q.prepare(u"UPDATE sales SET attempts = attempts + 1, updated_at = ? WHERE id = ?"_s);
        q.addBindValue(now);
        q.addBindValue(rec.id);
        return (q.exec() && q.numRowsAffected() == 1)
            || fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
    });
    if (!ok)
        return std::nullopt;
    rec.attempts += 1;
    rec.updatedAt = fromMs(now);
    return rec;
}

std::optional<SaleRecord> Journal::sale(const QString &refid) const
{
    if (!checkOpen())
        return std::nullopt;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(JournalSchema::selectSales("WHERE refid = ?"_L1));
    q.addBindValue(refid);
    if (!q.exec()) {
        failConst(describe(q.lastError()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readSale(q);
}

QList<SaleRecord> Journal::nonFinal() const
{
    QList<SaleRecord> out;
    if (!checkOpen())
        return out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // Oldest first by id, not by time: ids are monotonic even when the wall clock is not.
    if (!q.exec(JournalSchema::selectSales("WHERE "_L1) + JournalSchema::nonFinalWhere() + " ORDER BY id"_L1)) {
        failConst(describe(q.lastError()));
        return out;
    }
    while (q.next())
        out.append(readSale(q));
    return out;
}

int Journal::nonFinalCount() const
{
    if (!checkOpen())
        return -1;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec("SELECT count(*) FROM sales WHERE "_L1 + JournalSchema::nonFinalWhere()) || !q.next()) {
        failConst(describe(q.lastError()));
        return -1;
    }
    return q.value(0).toInt();
}

QList<SaleRecord> Journal::history(int limit, qint64 beforeId) const
{
    QList<SaleRecord> out;
    if (limit <= 0 || !checkOpen())
        return out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // Keyset paging on the primary key: each page is a short range scan, however deep.
    if (beforeId > 0) {
        q.prepare(JournalSchema::selectSales("WHERE id < ? ORDER BY id DESC LIMIT ?"_L1));
        q.addBindValue(beforeId);
    } else {
        q.prepare(JournalSchema::selectSales("ORDER BY id DESC LIMIT ?"_L1));
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        failConst(describe(q.lastError()));
        return out;
    }
    out.reserve(limit);
    while (q.next())
        out.append(readSale(q));
    return out;
}

QList<SaleRecord> Journal::recentSimilar(const QString &account, const QString &amount,
                                         const QDateTime &since) const
{
    QList<SaleRecord> out;
    if (!checkOpen())
        return out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(JournalSchema::selectSales("WHERE account = ? AND created_at >= ? AND amount = ? ORDER BY id DESC"_L1));
    q.addBindValue(account);
    q.addBindValue(since.toMSecsSinceEpoch());
    q.addBindValue(amount);
    if (!q.exec()) {
        failConst(describe(q.lastError()));
        return out;
    }
    while (q.next())
        out.append(readSale(q));
    return out;
}

#include "JournalSql.h"

#include "journal/Journal.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using JournalSql::execAll;
using JournalSql::journalFile;
using JournalSql::scalar;

Q_DECLARE_METATYPE(SaleState)
Q_DECLARE_METATYPE(std::optional<QString>)
Q_DECLARE_METATYPE(std::optional<int>)

// The journal through its public API, plus a second, independent SQLite connection where the
// test must see what is really on disk (pragmas, NULL vs '', typeof, locks held by "another
// program").
class TestJournal : public QObject
{
    Q_OBJECT

private:
    static QByteArray bodyFor(const QString &refid, const QString &account, const QString &amount)
    {
        return u"{\"refid\":\"%1\",\"product\":\"D\",\"account\":\"%2\",\"amount\":%3}"_s
            .arg(refid, account, amount)
            .toUtf8();
    }

    static SaleRecord makeSale(const QString &refid, const QString &account = u"0123456789"_s,
                               const QString &amount = u"10.00"_s)
    {
        SaleRecord r;
        r.refid = refid;
        r.product = u"D"_s;
        r.account = account;
        r.amount = amount;
        r.requestBody = bodyFor(refid, account, amount);
        return r;
    }

    static SaleRecord outcome(SaleState state)
    {
        SaleRecord u;
        u.state = state;
        u.httpStatus = 200;
        u.statusText = saleStateName(state);
        return u;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

    // Fills a journal with three sales in different states; returns their refids.
    static QStringList seed(Journal &j)
    {
        QStringList refids;
        for (int i = 0; i < 3; ++i) {
            SaleRecord r = makeSale(j.nextRefid());
            if (!j.insertSale(r))
                return {};
            refids << r.refid;
        }
        SaleRecord ok = outcome(SaleState::Succesful);
        ok.sn = u"SN-1"_s;
        if (!j.recordOutcome(refids.at(1), ok) || !j.recordOutcome(refids.at(2), outcome(SaleState::Processing)))
            return {};
        return refids;
    }

    static void verifySeed(const QString &dataDir, const QStringList &refids, int expectedRows = 3)
    {
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(dataDir), qPrintable(j.errorString()));
        QCOMPARE(j.history(10).size(), expectedRows);
        const auto first = j.sale(refids.at(0));
        QVERIFY(first);
        QCOMPARE(first->requestBody, bodyFor(refids.at(0), u"0123456789"_s, u"10.00"_s));
        QCOMPARE(first->state, SaleState::New);
        const auto second = j.sale(refids.at(1));
        QVERIFY(second);
        QCOMPARE(second->state, SaleState::Succesful);
        QCOMPARE(second->sn, std::optional<QString>(u"SN-1"_s));
        QCOMPARE(j.sale(refids.at(2))->state, SaleState::Processing);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s), "libqt6sql6-sqlite is required");
    }

    void cleanup()
    {
        // Every Journal removed its connection in its destructor.
        const QStringList names = QSqlDatabase::connectionNames();
        for (const QString &n : names)
            QVERIFY2(!n.startsWith(u"kaunter-journal-"_s), qPrintable(n));
    }

    void stateNames_data()
    {
        QTest::addColumn<SaleState>("state");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("final");
        QTest::addColumn<bool>("requery");
        QTest::newRow("New") << SaleState::New << u"New"_s << false << true;
        QTest::newRow("Accepted") << SaleState::Accepted << u"Accepted"_s << false << true;
        QTest::newRow("Processing") << SaleState::Processing << u"Processing"_s << false << true;
        QTest::newRow("Unknown") << SaleState::Unknown << u"Unknown"_s << false << true;
        QTest::newRow("Rejected") << SaleState::Rejected << u"Rejected"_s << false << false;
        QTest::newRow("Succesful") << SaleState::Succesful << u"Succesful"_s << true << false;
        QTest::newRow("Failed") << SaleState::Failed << u"Failed"_s << true << false;
        QTest::newRow("Refund") << SaleState::Refund << u"Refund"_s << true << false;
    }

    void stateNames()
    {
        QFETCH(SaleState, state);
        QFETCH(QString, name);
        QFETCH(bool, final);
        QFETCH(bool, requery);
        QCOMPARE(saleStateName(state), name);
        QCOMPARE(saleStateFromName(name), std::optional<SaleState>(state));
        QCOMPARE(isFinalState(state), final);
        QCOMPARE(needsRequery(state), requery);
    }

    void stateNamesAreExact_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("double s") << u"Successful"_s;
        QTest::newRow("lower case") << u"succesful"_s;
        QTest::newRow("trailing space") << u"Failed "_s;
        QTest::newRow("empty") << QString();
    }

    void stateNamesAreExact()
    {
        QFETCH(QString, name);
        QVERIFY(!saleStateFromName(name));
    }

    void openSetsWalAndFullSyncReadBack()
    {
        QTemporaryDir tmp;
        const QString dataDir = tmp.filePath(u"not/yet/there"_s);
        ManualClock clock;
        Journal j(clock);
        QVERIFY(!j.isOpen());
        QVERIFY2(j.open(dataDir), qPrintable(j.errorString()));
        QVERIFY(j.isOpen());
        QVERIFY(j.errorString().isEmpty());
        QCOMPARE(j.filePath(), QDir(dataDir).absoluteFilePath(u"journal.sqlite"_s));
        QCOMPARE(j.schemaVersion(), Journal::latestSchemaVersion());
        QCOMPARE(j.journalMode(), u"wal"_s);
        QCOMPARE(j.synchronousLevel(), 2);
        // journal_mode=WAL is a property of the file: another connection sees it too.
        QCOMPARE(scalar(j.filePath(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QVERIFY(QFile::exists(j.filePath() + u"-wal"_s));
        QCOMPARE(scalar(j.filePath(), u"PRAGMA user_version"_s).toInt(), Journal::latestSchemaVersion());
        // Owner-only: the journal holds full IC numbers.
        QCOMPARE(QFile::permissions(j.filePath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther
                                                     | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        j.close();
        QVERIFY(!j.isOpen());
        SaleRecord afterClose = makeSale(u"X-1"_s);
        QVERIFY(!j.insertSale(afterClose));
        QVERIFY(!j.errorString().isEmpty());
    }

    void busyTimeoutIsApplied()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QCOMPARE(j.busyTimeout(), 3000);
        j.setBusyTimeout(1234);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        QCOMPARE(j.busyTimeout(), 1234);
    }

    void twoInstancesHaveTheirOwnConnections()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal a(clock);
        Journal b(clock);
        QVERIFY2(a.open(tmp.path()), qPrintable(a.errorString()));
        QVERIFY2(b.open(tmp.path()), qPrintable(b.errorString()));
        QCOMPARE(a.terminalId(), b.terminalId());
        SaleRecord r = makeSale(a.nextRefid());
        QVERIFY2(a.insertSale(r), qPrintable(a.errorString()));
        QVERIFY(b.sale(r.refid));
        QVERIFY(a.nextRefid() != b.nextRefid());
        a.close();
        QVERIFY(b.sale(r.refid));   // closing one did not take the other's connection
    }

    void migratesFromVersionZero()
    {
        QTemporaryDir tmp;
        // A database that exists but has no schema yet (user_version 0), e.g. created by an
        // interrupted first start.
        QVERIFY(execAll(journalFile(tmp), {u"PRAGMA user_version = 0"_s,
                                           u"CREATE TABLE leftover (x)"_s}));
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        QCOMPARE(j.schemaVersion(), Journal::latestSchemaVersion());
        QCOMPARE(scalar(journalFile(tmp), u"PRAGMA user_version"_s).toInt(),
                 Journal::latestSchemaVersion());
        QCOMPARE(scalar(journalFile(tmp),
                        u"SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                        "WHERE name IN ('sales','meta','sales_nonfinal','sales_account_created') "
                        "ORDER BY name)"_s).toString(),
                 u"meta,sales,sales_account_created,sales_nonfinal"_s);
        SaleRecord r = makeSale(j.nextRefid());
        QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));
        // Re-opening a current journal migrates nothing and keeps the data.
        j.close();
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        QCOMPARE(j.schemaVersion(), Journal::latestSchemaVersion());
        QVERIFY(j.sale(r.refid));
    }

    // A journal written by schema 1 (the released CREATE statements, frozen here) opens as
    // the latest schema with every row intact, evidence of a transaction backfilled from what schema 1
    // stored, and ids that keep increasing past the old AUTOINCREMENT high-water mark.
    void migratesFromVersionOne()
    {
        QTemporaryDir tmp;
        const QString v1Columns =
            u"id, refid, terminal_id, product, account, amount, extras, request_body, state, "
            "status_code, status_text, http_status, product_name, sn, pin, expiry, voucherlink, "
            "note, remarks, created_at, updated_at, final_at, attempts, last_error, needs_review"_s;
        QStringList v1{
            u"CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value)"_s,
            u"INSERT INTO meta (key, value) VALUES ('refid_seq', 40)"_s,
            u"INSERT INTO meta (key, value) VALUES ('terminal_id', 'T0MIGRATE')"_s,
            u"CREATE TABLE sales ("
            "  id           INTEGER PRIMARY KEY AUTOINCREMENT,"
            "  refid        TEXT NOT NULL UNIQUE CHECK (refid <> ''),"
            "  terminal_id  TEXT NOT NULL,"
            "  product      TEXT NOT NULL CHECK (product <> ''),"
            "  account      TEXT NOT NULL CHECK (account <> ''),"
            "  amount       TEXT NOT NULL CHECK (amount <> ''),"
            "  extras       TEXT CHECK (extras <> ''),"
            "  request_body BLOB NOT NULL,"
            "  state        TEXT NOT NULL CHECK (state IN ('New','Accepted','Processing','Unknown',"
            "                                     'Rejected','Succesful','Failed','Refund')),"
            "  status_code  INTEGER,"
            "  status_text  TEXT CHECK (status_text <> ''),"
            "  http_status  INTEGER,"
            "  product_name TEXT CHECK (product_name <> ''),"
            "  sn           TEXT CHECK (sn <> ''),"
            "  pin          TEXT CHECK (pin <> ''),"
            "  expiry       TEXT CHECK (expiry <> ''),"
            "  voucherlink  TEXT CHECK (voucherlink <> ''),"
            "  note         TEXT CHECK (note <> ''),"
            "  remarks      TEXT CHECK (remarks <> ''),"
            "  created_at   INTEGER NOT NULL,"
            "  updated_at   INTEGER NOT NULL,"
            "  final_at     INTEGER,"
            "  attempts     INTEGER NOT NULL DEFAULT 0,"
            "  last_error   TEXT CHECK (last_error <> ''),"
            "  needs_review INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX sales_nonfinal ON sales ("_s + v1Columns
                + u") WHERE state IN ('New','Accepted','Processing','Unknown')"_s,
            u"CREATE INDEX sales_account_created ON sales (account, created_at)"_s,
        };
        // refid, state, status_code, http_status, transaction_seen expected after migration
        struct Row { const char *refid; const char *state; int code; int http; bool seen; };
        const Row rows[] = {
            {"M-NEW", "New", -1, -1, false},
            {"M-ACC", "Accepted", 0, 200, true},
            {"M-PRO", "Processing", 1, 200, true},
            {"M-UNK", "Unknown", -1, 500, false},
            // Schema 1's way to remember a 200 with a status it did not know: the code.
            {"M-UNK200", "Unknown", 99, 200, false /* computed below */},
            {"M-REJ", "Rejected", 61, 400, false},
            {"M-SUC", "Succesful", 20, 200, true},
            {"M-FAI", "Failed", 48, 200, true},
            {"M-REF", "Refund", 53, 200, true},
        };
        int id = 10;
        for (const Row &r : rows) {
            v1 << u"INSERT INTO sales (id, refid, terminal_id, product, account, amount, "
                  "request_body, state, status_code, http_status, sn, created_at, updated_at, "
                  "attempts, needs_review) VALUES (%1, '%2', 'T0MIGRATE', 'D', '0123456789', "
                  "'10.00', CAST('{\"refid\":\"%2\"}' AS BLOB), '%3', %4, %5, %6, 1000, 2000, 2, %7)"_s
                      .arg(id++)
                      .arg(QString::fromLatin1(r.refid), QString::fromLatin1(r.state),
                           r.code < 0 ? u"NULL"_s : QString::number(r.code),
                           r.http < 0 ? u"NULL"_s : QString::number(r.http),
                           qstrcmp(r.state, "Succesful") == 0 || qstrcmp(r.state, "Refund") == 0
                               ? u"'SN-%1'"_s.arg(QString::fromLatin1(r.refid))
                               : u"NULL"_s)
                      .arg(qstrcmp(r.state, "Processing") == 0 ? 1 : 0);
        }
        // A row inserted and deleted above every kept id: AUTOINCREMENT's high-water mark.
        v1 << u"INSERT INTO sales (id, refid, terminal_id, product, account, amount, request_body, "
              "state, created_at, updated_at) VALUES (500, 'M-GONE', 'T0MIGRATE', 'D', "
              "'0123456789', '10.00', X'7B7D', 'New', 1000, 1000)"_s
           << u"DELETE FROM sales WHERE id = 500"_s
           << u"PRAGMA user_version = 1"_s;
        QVERIFY(execAll(journalFile(tmp), v1));
        QCOMPARE(scalar(journalFile(tmp), u"PRAGMA user_version"_s).toInt(), 1);

        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        QCOMPARE(j.schemaVersion(), Journal::latestSchemaVersion());
        QCOMPARE(scalar(journalFile(tmp), u"PRAGMA user_version"_s).toInt(), Journal::latestSchemaVersion());
        QCOMPARE(j.terminalId(), u"T0MIGRATE"_s);

        id = 10;
        for (const Row &r : rows) {
            const std::optional<SaleRecord> s = j.sale(QString::fromLatin1(r.refid));
            QVERIFY2(s, r.refid);
            QCOMPARE(s->id, qint64(id++));
            QCOMPARE(saleStateName(s->state), QString::fromLatin1(r.state));
            QCOMPARE(s->statusCode.has_value(), r.code >= 0);
            if (r.code >= 0)
                QCOMPARE(*s->statusCode, r.code);
            QCOMPARE(s->httpStatus.has_value(), r.http >= 0);
            QCOMPARE(s->requestBody, u"{\"refid\":\"%1\"}"_s.arg(QString::fromLatin1(r.refid)).toUtf8());
            QCOMPARE(s->amount, u"10.00"_s);
            QCOMPARE(s->attempts, 2);
            QCOMPARE(s->needsReview, qstrcmp(r.state, "Processing") == 0);
            const bool expectSeen = r.seen || qstrcmp(r.refid, "M-UNK200") == 0;
            QVERIFY2(s->transactionSeen == expectSeen, r.refid);
            if (qstrcmp(r.state, "Succesful") == 0 || qstrcmp(r.state, "Refund") == 0)
                QCOMPARE(s->sn, std::optional<QString>(u"SN-"_s + QString::fromLatin1(r.refid)));
        }
        QVERIFY(!j.sale(u"M-GONE"_s));
        // Pending rows (the recovery scan) are the four non-final ones, oldest first.
        QStringList pending;
        for (const SaleRecord &s : j.nonFinal())
            pending << s.refid;
        QCOMPARE(pending, (QStringList{u"M-NEW"_s, u"M-ACC"_s, u"M-PRO"_s, u"M-UNK"_s, u"M-UNK200"_s}));
        // Evidence forbids "no transaction" on the backfilled row, also across the migration.
        SaleRecord rejected;
        rejected.state = SaleState::Rejected;
        rejected.httpStatus = 400;
        QVERIFY(!j.recordOutcome(u"M-UNK200"_s, rejected));
        QVERIFY(j.recordOutcome(u"M-NEW"_s, rejected));
        // New ids continue past the old high-water mark, never reusing 500.
        SaleRecord fresh = makeSale(j.nextRefid());
        QVERIFY2(j.insertSale(fresh), qPrintable(j.errorString()));
        QVERIFY(j.sale(fresh.refid)->id > 500);
        // Refids continue from the stored sequence.
        QVERIFY2(fresh.refid.endsWith(u"-000041"_s), qPrintable(fresh.refid));
        // Re-opening does not migrate again.
        j.close();
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        QCOMPARE(j.schemaVersion(), Journal::latestSchemaVersion());
        QCOMPARE(j.history(100).size(), int(std::size(rows)) + 1);
    }

    // 3 -> 4 adds the timeline table: older sales keep their rows and simply have no lines;
    // new writes to them add lines.
    void migratesToTheTimeline()
    {
        QTemporaryDir tmp;
        QString refid;
        {
            ManualClock clock;
            Journal j(clock);
            QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
            SaleRecord r = makeSale(j.nextRefid());
            QVERIFY(j.insertSale(r));
            refid = r.refid;
        }
        // Back to schema 3: as a journal of the previous release would be.
        QVERIFY(execAll(journalFile(tmp), {u"DROP TABLE sale_events"_s, u"PRAGMA user_version = 3"_s}));
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        QCOMPARE(j.schemaVersion(), 4);
        QVERIFY(j.saleEvents(refid).isEmpty());
        QCOMPARE(j.sale(refid)->state, SaleState::New);
        QVERIFY(j.recordOutcome(refid, outcome(SaleState::Succesful)));
        QCOMPARE(j.saleEvents(refid).size(), 1);
        QCOMPARE(j.saleEvents(refid).constFirst().state, SaleState::Succesful);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        QStringList refids;
        {
            Journal j(clock);
            QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
            refids = seed(j);
            QCOMPARE(refids.size(), 3);
        }
        const int newer = Journal::latestSchemaVersion() + 1;
        QVERIFY(execAll(journalFile(tmp), {u"PRAGMA user_version = %1"_s.arg(newer)}));

        Journal j(clock);
        QVERIFY(!j.open(tmp.path()));
        QVERIFY(!j.isOpen());
        QVERIFY2(j.errorString().contains(QString::number(newer)), qPrintable(j.errorString()));
        QVERIFY2(j.errorString().contains(u"newer"_s), qPrintable(j.errorString()));
        // Untouched: still the newer version, every row still there.
        QCOMPARE(scalar(journalFile(tmp), u"PRAGMA user_version"_s).toInt(), newer);
        QCOMPARE(scalar(journalFile(tmp), u"SELECT count(*) FROM sales"_s).toInt(), 3);
        QVERIFY(j.nextRefid().isEmpty());

        QVERIFY(execAll(journalFile(tmp), {u"PRAGMA user_version = %1"_s.arg(newer - 1)}));
        verifySeed(tmp.path(), refids);
    }

    void terminalIdStableAcrossReopen()
    {
        QTemporaryDir tmp;
        QTemporaryDir other;
        ManualClock clock;
        QString first;
        {
            Journal j(clock);
            QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
            first = j.terminalId();
        }
        QVERIFY2(QRegularExpression(u"^[A-Z0-9]{8}$"_s).match(first).hasMatch(), qPrintable(first));
        Journal again(clock);
        QVERIFY2(again.open(tmp.path()), qPrintable(again.errorString()));
        QCOMPARE(again.terminalId(), first);
        QCOMPARE(scalar(journalFile(tmp), u"SELECT value FROM meta WHERE key = 'terminal_id'"_s).toString(),
                 first);
        Journal elsewhere(clock);
        QVERIFY2(elsewhere.open(other.path()), qPrintable(elsewhere.errorString()));
        QVERIFY(QRegularExpression(u"^[A-Z0-9]{8}$"_s).match(elsewhere.terminalId()).hasMatch());
        QVERIFY(elsewhere.terminalId() != first);   // 36^8 ids: a clash is not a real risk
    }

    void refidDate_data()
    {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QString>("date");
        // The date is the Malaysian (UTC+8) calendar date.
        QTest::newRow("UTC afternoon is MYT same day")
            << QDateTime(QDate(2024, 1, 1), QTime(15, 59, 59), Qt::UTC) << u"20240101"_s;
        QTest::newRow("UTC 16:00 is MYT midnight next day")
            << QDateTime(QDate(2024, 1, 1), QTime(16, 0, 0), Qt::UTC) << u"20240102"_s;
        QTest::newRow("new year in KL") << QDateTime(QDate(2024, 12, 31), QTime(16, 30), Qt::UTC)
                                        << u"20250101"_s;
        QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 28), QTime(20, 0), Qt::UTC) << u"20240229"_s;
    }

    void refidDate()
    {
        QFETCH(QDateTime, utc);
        QFETCH(QString, date);
        QTemporaryDir tmp;
        ManualClock clock(utc);
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        const QString refid = j.nextRefid();
        QCOMPARE(refid, j.terminalId() + u'-' + date + u"-000001"_s);
    }

    void refidsUniqueAcrossReopenAndClockBackwards_data()
    {
        QTest::addColumn<qint64>("secsBetweenSessions");
        QTest::newRow("clock forward a day") << qint64(86400);
        QTest::newRow("clock frozen") << qint64(0);
        QTest::newRow("clock back a second") << qint64(-1);
        QTest::newRow("clock back a year") << qint64(-366 * 86400);
    }

    void refidsUniqueAcrossReopenAndClockBackwards()
    {
        QFETCH(qint64, secsBetweenSessions);
        QTemporaryDir tmp;
        ManualClock clock;
        const QRegularExpression format(u"^[A-Z0-9]{8}-[0-9]{8}-[0-9]{6,}$"_s);
        QSet<QString> seen;
        qint64 lastSeq = 0;
        for (int session = 0; session < 3; ++session) {
            Journal j(clock);
            QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
            for (int i = 0; i < 20; ++i) {
                const QString refid = j.nextRefid();
                QVERIFY2(format.match(refid).hasMatch(), qPrintable(refid));
                QVERIFY(refid.size() <= 50);
                QVERIFY2(!seen.contains(refid), qPrintable(refid));
                seen.insert(refid);
                const qint64 seq = refid.section(u'-', 2).toLongLong();
                QCOMPARE(seq, lastSeq + 1);   // durable and monotonic, whatever the clock does
                lastSeq = seq;
            }
            clock.advanceSecs(secsBetweenSessions);
        }
        QCOMPARE(seen.size(), 60);
    }

    void refidSeqSurvivesAbandonedRefid()
    {
        // A refid handed out but never used for a sale (the program died) is never handed out
        // again: the increment was committed before nextRefid() returned.
        QTemporaryDir tmp;
        ManualClock clock;
        QString abandoned;
        {
            Journal j(clock);
            QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
            abandoned = j.nextRefid();
            // Committed before nextRefid() returned, not at close.
            QCOMPARE(scalar(journalFile(tmp), u"SELECT value FROM meta WHERE key = 'refid_seq'"_s).toInt(), 1);
        }
        QCOMPARE(scalar(journalFile(tmp), u"SELECT value FROM meta WHERE key = 'refid_seq'"_s).toInt(), 1);
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        QVERIFY(j.nextRefid() != abandoned);
    }

    void insertAndDuplicate()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        SaleRecord r = makeSale(j.nextRefid());
        r.extras = QJsonObject{{u"ic_number"_s, u"900101015555"_s}, {u"biller_code"_s, u"12345"_s}};
        QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));
        // Committed when insertSale() returns: another connection already sees the exact body.
        QCOMPARE(scalar(j.filePath(), u"SELECT request_body FROM sales WHERE refid = '%1'"_s.arg(r.refid))
                     .toByteArray(),
                 r.requestBody);
        QVERIFY(r.id > 0);
        QCOMPARE(r.terminalId, j.terminalId());
        QCOMPARE(r.state, SaleState::New);
        QCOMPARE(r.createdAt, clock.now());
        QCOMPARE(r.updatedAt, clock.now());
        QVERIFY(!r.finalAt);

        const auto stored = j.sale(r.refid);
        QVERIFY(stored);
        QCOMPARE(stored->id, r.id);
        QCOMPARE(stored->extras, r.extras);
        QCOMPARE(stored->product, u"D"_s);
        QCOMPARE(stored->account, u"0123456789"_s);
        QCOMPARE(stored->amount, u"10.00"_s);
        QCOMPARE(stored->createdAt, clock.now());
        QCOMPARE(stored->attempts, 0);
        QCOMPARE(scalar(j.filePath(), u"SELECT typeof(amount) FROM sales"_s).toString(), u"text"_s);

        // Same refid again, even with another body: refused, the first row is untouched.
        clock.advanceSecs(5);
        SaleRecord dup = makeSale(r.refid, u"0199999999"_s, u"50.00"_s);
        QVERIFY(!j.insertSale(dup));
        QVERIFY2(j.errorString().contains(r.refid), qPrintable(j.errorString()));
        QCOMPARE(dup.id, qint64(0));
        QCOMPARE(j.sale(r.refid)->requestBody, r.requestBody);
        QCOMPARE(j.sale(r.refid)->account, u"0123456789"_s);
        QCOMPARE(j.history(10).size(), 1);

        QVERIFY2(j.recordAttempt(r.refid), qPrintable(j.errorString()));
        QVERIFY2(j.recordAttempt(r.refid), qPrintable(j.errorString()));
        QCOMPARE(j.sale(r.refid)->attempts, 2);
        QCOMPARE(j.sale(r.refid)->updatedAt, clock.now());
        QVERIFY(!j.recordAttempt(u"NO-SUCH-REFID"_s));
        QVERIFY(!j.sale(u"NO-SUCH-REFID"_s));
        // The first attempt can share the insert's commit; later counts ride on the answer
        // and never go down.
        SaleRecord first = makeSale(j.nextRefid(), u"0123456789"_s, u"10.00"_s);
        first.attempts = 5;   // anything > 0 means "first request follows": stored as 1
        QVERIFY2(j.insertSale(first), qPrintable(j.errorString()));
        QCOMPARE(first.attempts, 1);
        QCOMPARE(j.sale(first.refid)->attempts, 1);
        SaleRecord answer = *j.sale(first.refid);
        answer.state = SaleState::Accepted;
        answer.attempts = 3;
        QVERIFY2(j.recordOutcome(first.refid, answer), qPrintable(j.errorString()));
        QCOMPARE(j.sale(first.refid)->attempts, 3);
        answer.attempts = 2;   // a stale in-memory count cannot lower the stored one
        QVERIFY2(j.recordOutcome(first.refid, answer), qPrintable(j.errorString()));
        QCOMPARE(j.sale(first.refid)->attempts, 3);
    }

    void incompleteSaleRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("refid") << u"refid"_s;
        QTest::newRow("product") << u"product"_s;
        QTest::newRow("account") << u"account"_s;
        QTest::newRow("amount") << u"amount"_s;
        QTest::newRow("body") << u"body"_s;
    }

    void incompleteSaleRefused()
    {
        QFETCH(QString, field);
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        SaleRecord r = makeSale(j.nextRefid());
        if (field == u"refid"_s)
            r.refid.clear();
        else if (field == u"product"_s)
            r.product.clear();
        else if (field == u"account"_s)
            r.account.clear();
        else if (field == u"amount"_s)
            r.amount.clear();
        else
            r.requestBody.clear();
        QVERIFY(!j.insertSale(r));
        QVERIFY(!j.errorString().isEmpty());
        QCOMPARE(scalar(j.filePath(), u"SELECT count(*) FROM sales"_s).toInt(), 0);
    }

    void exactBodyBytes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("ascii json")
            << QByteArray(R"({"refid":"X","product":"D","account":"0123456789","amount":10})");
        QTest::newRow("utf-8 non-ascii")
            << QStringLiteral(u"{\"remarks\":\"Kedai Ali \u2014 caf\u00e9 \u65e5\u672c \U0001F600\"}").toUtf8();
        QTest::newRow("spacing and CRLF kept") << QByteArray("{ \"a\" : 1 ,\r\n \"b\":\t2 }  \n");
        QTest::newRow("NUL and invalid utf-8") << QByteArray("{\"x\":\"\0\xff\xfe\x80\xc3\"}", 13);
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        QTest::newRow("every byte value") << all;
        QTest::newRow("64 KiB") << QByteArray(64 * 1024, 'z');
    }

    void exactBodyBytes()
    {
        QFETCH(QByteArray, body);
        QTemporaryDir tmp;
        ManualClock clock;
        QString refid;
        {
            Journal j(clock);
            QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
            SaleRecord r = makeSale(j.nextRefid());
            r.requestBody = body;
            QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));
            refid = r.refid;
            QCOMPARE(j.sale(refid)->requestBody, body);
        }
        // Stored as a BLOB (not text that SQLite or Qt could re-encode), identical after reopen.
        QCOMPARE(scalar(journalFile(tmp), u"SELECT typeof(request_body) FROM sales"_s).toString(), u"blob"_s);
        QCOMPARE(scalar(journalFile(tmp), u"SELECT length(request_body) FROM sales"_s).toInt(), body.size());
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        QCOMPARE(j.sale(refid)->requestBody, body);
        QCOMPARE(j.nonFinal().value(0).requestBody, body);
        QCOMPARE(j.history(1).value(0).requestBody, body);
    }

    void optionalFieldsRoundTrip_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<std::optional<QString>>("input");
        QTest::addColumn<std::optional<QString>>("expected");
        const QStringList columns = {u"product_name"_s, u"sn"_s, u"pin"_s, u"expiry"_s,
                                     u"voucherlink"_s, u"note"_s, u"remarks"_s};
        for (const QString &c : columns) {
            const QByteArray name = c.toLatin1();
            QTest::newRow(QByteArray(name + " absent").constData()) << c << std::optional<QString>() << std::optional<QString>();
            QTest::newRow(QByteArray(name + " empty is absent").constData())
                << c << std::optional<QString>(u""_s) << std::optional<QString>();
            QTest::newRow(QByteArray(name + " present").constData())
                << c << std::optional<QString>(u"123-ABC"_s) << std::optional<QString>(u"123-ABC"_s);
            QTest::newRow(QByteArray(name + " non-ascii").constData())
                << c << std::optional<QString>(u"Baucar \u00e9 \u4e2d"_s)
                << std::optional<QString>(u"Baucar \u00e9 \u4e2d"_s);
            QTest::newRow(QByteArray(name + " zero text").constData())
                << c << std::optional<QString>(u"0"_s) << std::optional<QString>(u"0"_s);
        }
    }

    void optionalFieldsRoundTrip()
    {
        QFETCH(QString, column);
        QFETCH(std::optional<QString>, input);
        QFETCH(std::optional<QString>, expected);

        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        SaleRecord r = makeSale(j.nextRefid());
        QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));

        SaleRecord u = outcome(SaleState::Succesful);
        const QHash<QString, std::optional<QString> SaleRecord::*> members = {
            {u"product_name"_s, &SaleRecord::productName}, {u"sn"_s, &SaleRecord::sn},
            {u"pin"_s, &SaleRecord::pin}, {u"expiry"_s, &SaleRecord::expiry},
            {u"voucherlink"_s, &SaleRecord::voucherlink}, {u"note"_s, &SaleRecord::note},
            {u"remarks"_s, &SaleRecord::remarks}};
        QVERIFY(members.contains(column));
        const auto member = members.value(column);
        u.*member = input;
        QVERIFY2(j.recordOutcome(r.refid, u), qPrintable(j.errorString()));

        const auto stored = j.sale(r.refid);
        QVERIFY(stored);
        QCOMPARE((*stored).*member, expected);
        // On disk: NULL for absent, never ''.
        const QString typeOf = scalar(j.filePath(), u"SELECT typeof(%1) FROM sales"_s.arg(column)).toString();
        QCOMPARE(typeOf, expected ? u"text"_s : u"null"_s);
        // Every other optional field stayed absent.
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            if (it.key() != column)
                QVERIFY2(!((*stored).*(it.value())), qPrintable(it.key()));
        }
    }

    void optionalNumbersRoundTrip_data()
    {
        QTest::addColumn<std::optional<int>>("statusCode");
        QTest::addColumn<std::optional<int>>("httpStatus");
        QTest::newRow("both absent (no answer)") << std::optional<int>() << std::optional<int>();
        QTest::newRow("code 0 is present (Accepted)") << std::optional<int>(0) << std::optional<int>(200);
        QTest::newRow("http only (502 html)") << std::optional<int>() << std::optional<int>(502);
        QTest::newRow("failed 48") << std::optional<int>(48) << std::optional<int>(200);
    }

    void optionalNumbersRoundTrip()
    {
        QFETCH(std::optional<int>, statusCode);
        QFETCH(std::optional<int>, httpStatus);
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        SaleRecord r = makeSale(j.nextRefid());
        QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));
        SaleRecord u;
        u.state = SaleState::Unknown;
        u.statusCode = statusCode;
        u.httpStatus = httpStatus;
        u.lastError = u"timeout after 30 s"_s;
        u.needsReview = true;
        QVERIFY2(j.recordOutcome(r.refid, u), qPrintable(j.errorString()));
        const auto stored = j.sale(r.refid);
        QCOMPARE(stored->statusCode, statusCode);
        QCOMPARE(stored->httpStatus, httpStatus);
        QCOMPARE(stored->statusText, QString());
        QCOMPARE(stored->lastError, u"timeout after 30 s"_s);
        QVERIFY(stored->needsReview);
        QCOMPARE(scalar(j.filePath(), u"SELECT typeof(status_text) FROM sales"_s).toString(), u"null"_s);
    }

    void rewriteRejectedOnlyInRejected_data()
    {
        QTest::addColumn<SaleState>("state");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("New") << SaleState::New << false;
        QTest::newRow("Accepted") << SaleState::Accepted << false;
        QTest::newRow("Processing") << SaleState::Processing << false;
        QTest::newRow("Unknown") << SaleState::Unknown << false;
        QTest::newRow("Rejected") << SaleState::Rejected << true;
        QTest::newRow("Succesful") << SaleState::Succesful << false;
        QTest::newRow("Failed") << SaleState::Failed << false;
        QTest::newRow("Refund") << SaleState::Refund << false;
    }

    void rewriteRejectedOnlyInRejected()
    {
        QFETCH(SaleState, state);
        QFETCH(bool, allowed);
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        SaleRecord r = makeSale(j.nextRefid());
        QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));
        if (state != SaleState::New) {
            SaleRecord u = outcome(state);
            u.httpStatus = state == SaleState::Rejected ? 400 : 200;
            QVERIFY2(j.recordOutcome(r.refid, u), qPrintable(j.errorString()));
        }
        clock.advanceSecs(30);
        const QJsonObject extras{{u"ref2"_s, u"R2"_s}};
        const QByteArray newBody = bodyFor(r.refid, u"0111111111"_s, u"20.00"_s);
        QCOMPARE(j.rewriteRejected(r.refid, u"HI"_s, u"0111111111"_s, u"20.00"_s, extras, newBody), allowed);
        const auto stored = j.sale(r.refid);
        QVERIFY(stored);
        if (allowed) {
            QCOMPARE(stored->state, SaleState::New);
            QCOMPARE(stored->product, u"HI"_s);
            QCOMPARE(stored->account, u"0111111111"_s);
            QCOMPARE(stored->amount, u"20.00"_s);
            QCOMPARE(stored->extras, extras);
            QCOMPARE(stored->requestBody, newBody);
            QCOMPARE(stored->updatedAt, clock.now());
            QCOMPARE(stored->id, r.id);
        } else {
            QVERIFY(!j.errorString().isEmpty());
            QCOMPARE(stored->state, state);
            QCOMPARE(stored->product, u"D"_s);
            QCOMPARE(stored->account, r.account);
            QCOMPARE(stored->requestBody, r.requestBody);
        }
    }

    // The timeline: one line per change, in the change's own transaction.
    void saleEventsFollowEveryWrite()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        SaleRecord r = makeSale(j.nextRefid());
        r.attempts = 1;   // "the first request is sent right after this commit"
        QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));
        clock.advanceSecs(1);
        SaleRecord accepted = outcome(SaleState::Accepted);
        accepted.statusCode = 0;
        QVERIFY2(j.recordOutcome(r.refid, accepted), qPrintable(j.errorString()));
        clock.advanceSecs(7);
        QVERIFY2(j.beginAttempt(r.refid), qPrintable(j.errorString()));
        clock.advanceSecs(1);
        SaleRecord unknown;
        unknown.state = SaleState::Unknown;
        unknown.lastError = u"The request timed out"_s;
        QVERIFY2(j.recordOutcome(r.refid, unknown), qPrintable(j.errorString()));
        clock.advanceSecs(7);
        QVERIFY2(j.recordAttempt(r.refid), qPrintable(j.errorString()));
        clock.advanceSecs(1);
        QVERIFY2(j.recordOutcome(r.refid, outcome(SaleState::Succesful)), qPrintable(j.errorString()));

        const QList<SaleEvent> events = j.saleEvents(r.refid);
        QCOMPARE(events.size(), 6);
        using K = SaleEvent::Kind;
        const QList<K> kinds{K::Saved, K::Outcome, K::Request, K::Outcome, K::Request, K::Outcome};
        const QList<int> attempts{1, 1, 2, 2, 3, 3};
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(events.at(i).kind, kinds.at(i));
            QCOMPARE(events.at(i).attempt, attempts.at(i));
        }
        QCOMPARE(events.at(0).at, r.createdAt);
        QCOMPARE(events.at(1).state, SaleState::Accepted);
        QCOMPARE(events.at(1).httpStatus, 200);
        QCOMPARE(events.at(1).statusCode, 0);
        QCOMPARE(events.at(2).at, events.at(1).at.addSecs(7));
        QCOMPARE(events.at(3).state, SaleState::Unknown);
        QVERIFY(!events.at(3).httpStatus);
        QCOMPARE(events.at(3).error, u"The request timed out"_s);
        QCOMPARE(events.at(5).state, SaleState::Succesful);
        QCOMPARE(events.at(5).at, *j.sale(r.refid)->finalAt);
        QVERIFY(j.saleEvents(u"NO-SUCH-REFID"_s).isEmpty());
    }

    // A refused write leaves no line behind, and a correction is a line of its own.
    void saleEventsOnlyForCommittedChanges()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        SaleRecord r = makeSale(j.nextRefid());
        QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));
        SaleRecord rejected = outcome(SaleState::Rejected);
        rejected.httpStatus = 400;
        QVERIFY2(j.recordOutcome(r.refid, rejected), qPrintable(j.errorString()));
        QVERIFY(!j.beginAttempt(r.refid));   // a rejected sale is never sent: no Request line
        QVERIFY(!j.recordOutcome(r.refid, outcome(SaleState::Voided)));   // not allowed
        QVERIFY(j.rewriteRejected(r.refid, u"D"_s, r.account, u"5.00"_s, {},
                                  bodyFor(r.refid, r.account, u"5.00"_s)));
        const QList<SaleEvent> events = j.saleEvents(r.refid);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).kind, SaleEvent::Kind::Saved);
        QCOMPARE(events.at(0).attempt, 0);
        QCOMPARE(events.at(1).state, SaleState::Rejected);
        QCOMPARE(events.at(1).httpStatus, 400);
        QCOMPARE(events.at(2).kind, SaleEvent::Kind::Corrected);
        QCOMPARE(scalar(journalFile(tmp), u"SELECT count(*) FROM sale_events"_s).toInt(), 3);
    }

    void outcomeTransitions_data()
    {
        QTest::addColumn<SaleState>("from");
        QTest::addColumn<SaleState>("to");
        QTest::addColumn<bool>("allowed");
        const QList<SaleState> all = {SaleState::New, SaleState::Accepted, SaleState::Processing,
                                      SaleState::Unknown, SaleState::Rejected, SaleState::Succesful,
                                      SaleState::Failed, SaleState::Refund};
        // The whole matrix; the expectation is spelled out, not derived from the code.
        const QList<QPair<SaleState, SaleState>> finalAllowed = {
            {SaleState::Succesful, SaleState::Succesful}, {SaleState::Succesful, SaleState::Refund},
            {SaleState::Failed, SaleState::Failed}, {SaleState::Refund, SaleState::Refund}};
        for (SaleState from : all) {
            for (SaleState to : all) {
                const bool allowed = !isFinalState(from) || finalAllowed.contains({from, to});
                QTest::newRow(qPrintable(saleStateName(from) + u" -> "_s + saleStateName(to)))
                    << from << to << allowed;
            }
        }
    }

    void outcomeTransitions()
    {
        QFETCH(SaleState, from);
        QFETCH(SaleState, to);
        QFETCH(bool, allowed);
        QCOMPARE(Journal::isTransitionAllowed(from, to), allowed);

        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        SaleRecord r = makeSale(j.nextRefid());
        QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));
        clock.advanceSecs(10);
        SaleRecord first = outcome(from);
        first.sn = u"SN-FIRST"_s;
        QVERIFY2(j.recordOutcome(r.refid, first), qPrintable(j.errorString()));
        const QDateTime firstAt = clock.now();
        QCOMPARE(j.sale(r.refid)->finalAt, isFinalState(from) ? std::optional<QDateTime>(firstAt)
                                                              : std::optional<QDateTime>());

        clock.advanceSecs(10);
        SaleRecord second = outcome(to);
        second.sn = u"SN-SECOND"_s;
        QCOMPARE(j.recordOutcome(r.refid, second), allowed);
        const auto stored = j.sale(r.refid);
        QVERIFY(stored);
        if (allowed) {
            QCOMPARE(stored->state, to);
            QCOMPARE(stored->sn, std::optional<QString>(u"SN-SECOND"_s));
            QCOMPARE(stored->updatedAt, clock.now());
            // finalAt: the first time the sale was final, never moved by a later answer.
            if (isFinalState(from))
                QCOMPARE(stored->finalAt, std::optional<QDateTime>(firstAt));
            else if (isFinalState(to))
                QCOMPARE(stored->finalAt, std::optional<QDateTime>(clock.now()));
            else
                QVERIFY(!stored->finalAt);
        } else {
            QVERIFY(!j.errorString().isEmpty());
            QCOMPARE(stored->state, from);
            QCOMPARE(stored->sn, std::optional<QString>(u"SN-FIRST"_s));
            QCOMPARE(stored->updatedAt, firstAt);
            QCOMPARE(stored->finalAt, std::optional<QDateTime>(firstAt));
        }
    }

    // Which writes must survive a power cut (fsync before COMMIT returns) and which only a
    // process crash (see Journal::Durability). The expectation is spelled out per transition.
    void outcomeDurability_data()
    {
        QTest::addColumn<SaleState>("from");
        QTest::addColumn<SaleState>("to");
        QTest::addColumn<bool>("needsReview");
        QTest::addColumn<bool>("powerLoss");
        const auto row = [](SaleState from, SaleState to, bool review, bool powerLoss) {
            QTest::newRow(qPrintable(saleStateName(from) + u" -> "_s + saleStateName(to)
                                     + (review ? u" (review)"_s : QString())))
                << from << to << review << powerLoss;
        };
        // Pending to pending: a re-query learns it again.
        row(SaleState::New, SaleState::Accepted, false, false);
        row(SaleState::New, SaleState::Processing, false, false);
        row(SaleState::New, SaleState::Unknown, false, false);
        row(SaleState::Accepted, SaleState::Processing, false, false);
        row(SaleState::Processing, SaleState::Processing, false, false);
        row(SaleState::Unknown, SaleState::Accepted, false, false);
        // A flag for review is a decision someone must see.
        row(SaleState::New, SaleState::Unknown, true, true);
        row(SaleState::Accepted, SaleState::Processing, true, true);
        // Final answers.
        row(SaleState::New, SaleState::Succesful, false, true);
        row(SaleState::Processing, SaleState::Succesful, false, true);
        row(SaleState::Accepted, SaleState::Failed, false, true);
        row(SaleState::Processing, SaleState::Refund, false, true);
        row(SaleState::Succesful, SaleState::Refund, false, true);
        row(SaleState::Succesful, SaleState::Succesful, false, true);
        // States that stop or gate sending, and leaving them.
        row(SaleState::New, SaleState::Rejected, false, true);
        row(SaleState::Unknown, SaleState::NeedsDecision, false, true);
        row(SaleState::NeedsDecision, SaleState::Voided, false, true);
        row(SaleState::NeedsDecision, SaleState::Accepted, false, true);
        row(SaleState::NeedsDecision, SaleState::New, false, true);
        row(SaleState::Rejected, SaleState::Processing, false, true);
    }

    void outcomeDurability()
    {
        QFETCH(SaleState, from);
        QFETCH(SaleState, to);
        QFETCH(bool, needsReview);
        QFETCH(bool, powerLoss);
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        SaleRecord r = makeSale(u"DUR-1"_s);
        QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));
        if (from != SaleState::New) {
            // NeedsDecision is only reached from New/Unknown, Voided only from NeedsDecision.
            QVERIFY2(j.recordOutcome(r.refid, outcome(from)), qPrintable(j.errorString()));
        }
        const Journal::CommitCounts before = j.commitCounts();
        SaleRecord u = outcome(to);
        u.needsReview = needsReview;
        QVERIFY2(j.recordOutcome(r.refid, u), qPrintable(j.errorString()));
        const Journal::CommitCounts after = j.commitCounts();
        QCOMPARE(after.powerLoss - before.powerLoss, powerLoss ? 1 : 0);
        QCOMPARE(after.crash - before.crash, powerLoss ? 0 : 1);
        QCOMPARE(j.sale(r.refid)->state, to);
        // Whatever the last write was, the connection is back at FULL.
        QCOMPARE(j.synchronousLevel(), 2);
    }

    // The sale row is fsynced before the first byte; a refid allocation and a re-query's
    // attempt count are not (the row's sync covers the allocation; a re-query re-learns).
    void writeDurability()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        Journal::CommitCounts c = j.commitCounts();
        const QString refid = j.nextRefid();
        QVERIFY(!refid.isEmpty());
        QCOMPARE(j.commitCounts().crash, c.crash + 1);
        QCOMPARE(j.commitCounts().powerLoss, c.powerLoss);
        QCOMPARE(j.synchronousLevel(), 2);

        c = j.commitCounts();
        SaleRecord r = makeSale(refid);
        r.attempts = 1;
        QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));
        QCOMPARE(j.commitCounts().powerLoss, c.powerLoss + 1);
        QCOMPARE(j.commitCounts().crash, c.crash);

        c = j.commitCounts();
        QVERIFY(j.beginAttempt(refid));
        QVERIFY2(j.recordAttempt(refid), qPrintable(j.errorString()));
        QCOMPARE(j.commitCounts().crash, c.crash + 2);
        QCOMPARE(j.commitCounts().powerLoss, c.powerLoss);
        QCOMPARE(j.sale(refid)->attempts, 3);

        // A correction replaces the body under the same refid: always fsynced.
        QVERIFY2(j.recordOutcome(refid, outcome(SaleState::Rejected)), qPrintable(j.errorString()));
        c = j.commitCounts();
        QVERIFY2(j.rewriteRejected(refid, u"D"_s, u"0123456780"_s, u"10.00"_s, {},
                                   bodyFor(refid, u"0123456780"_s, u"10.00"_s)),
                 qPrintable(j.errorString()));
        QCOMPARE(j.commitCounts().powerLoss, c.powerLoss + 1);
        QCOMPARE(j.synchronousLevel(), 2);

        // A caller's stale copy of the state never buys a lighter durability: the journal's
        // own row decides (NeedsDecision -> Accepted is a lookup's finding, fsynced).
        SaleRecord stale = makeSale(u"DUR-2"_s);
        QVERIFY2(j.insertSale(stale), qPrintable(j.errorString()));
        QVERIFY2(j.recordOutcome(stale.refid, outcome(SaleState::NeedsDecision)), qPrintable(j.errorString()));
        c = j.commitCounts();
        SaleRecord committed;
        QVERIFY2(j.recordOutcome(stale.refid, outcome(SaleState::Accepted), {}, &committed, SaleState::New),
                 qPrintable(j.errorString()));
        QCOMPARE(j.commitCounts().powerLoss, c.powerLoss + 1);
        QCOMPARE(j.commitCounts().crash, c.crash);
        QCOMPARE(committed.state, SaleState::Accepted);
        QCOMPARE(j.sale(stale.refid)->state, SaleState::Accepted);
        // And a right copy gives the lighter one without reading first.
        c = j.commitCounts();
        QVERIFY2(j.recordOutcome(stale.refid, outcome(SaleState::Processing), {}, nullptr, SaleState::Accepted),
                 qPrintable(j.errorString()));
        QCOMPARE(j.commitCounts().crash, c.crash + 1);
        QCOMPARE(j.commitCounts().powerLoss, c.powerLoss);

        // And what a Crash write stored is on disk for another connection (it was committed).
        QCOMPARE(scalar(j.filePath(), u"SELECT attempts FROM sales WHERE refid = '%1'"_s.arg(refid)).toInt(), 3);
    }

    // A new sale's refid and row in one fsynced commit; a failure records neither.
    void insertNewSaleAllocatesAndInsertsInOneCommit()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        const QString before = j.nextRefid();
        const Journal::CommitCounts c = j.commitCounts();
        SaleRecord r = makeSale(QString());
        r.requestBody.clear();
        r.attempts = 1;
        QVERIFY2(j.insertNewSale(r, [](const QString &refid) { return bodyFor(refid, u"0123456789"_s, u"10.00"_s); }),
                 qPrintable(j.errorString()));
        QCOMPARE(j.commitCounts().powerLoss, c.powerLoss + 1);
        QCOMPARE(j.commitCounts().crash, c.crash);
        QVERIFY(r.refid > before);   // same date, next sequence number
        QCOMPARE(r.refid.left(r.refid.lastIndexOf(u'-')), before.left(before.lastIndexOf(u'-')));
        QCOMPARE(r.requestBody, bodyFor(r.refid, u"0123456789"_s, u"10.00"_s));
        const auto stored = j.sale(r.refid);
        QVERIFY(stored);
        QCOMPARE(stored->requestBody, r.requestBody);
        QCOMPARE(stored->attempts, 1);
        QCOMPARE(stored->id, r.id);

        // No body (an incomplete sale): nothing is recorded and the sequence does not move.
        SaleRecord bad = makeSale(QString());
        QVERIFY(!j.insertNewSale(bad, [](const QString &) { return QByteArray(); }));
        QVERIFY(!j.errorString().isEmpty());
        QVERIFY(bad.refid.isEmpty());
        const QString after = j.nextRefid();
        QCOMPARE(after.mid(after.lastIndexOf(u'-') + 1).toInt(),
                 r.refid.mid(r.refid.lastIndexOf(u'-') + 1).toInt() + 1);
    }

    void recordOutcomeUnknownRefid()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        QVERIFY(!j.recordOutcome(u"NOPE-1"_s, outcome(SaleState::Succesful)));
        QVERIFY(j.errorString().contains(u"NOPE-1"_s));
        QVERIFY(!j.rewriteRejected(u"NOPE-1"_s, u"D"_s, u"1"_s, u"1"_s, {}, "{}"));
    }

    void nonFinalOrderingWithClockBackwards()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        const QList<SaleState> states = {SaleState::Processing, SaleState::Succesful, SaleState::New,
                                         SaleState::Rejected, SaleState::Unknown, SaleState::Failed,
                                         SaleState::Accepted, SaleState::Refund, SaleState::New};
        QStringList expected;
        for (int i = 0; i < states.size(); ++i) {
            // The wall clock runs backwards between sales: order must come from the id.
            clock.advanceSecs(i % 2 ? -3600 : 60);
            SaleRecord r = makeSale(j.nextRefid());
            QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));
            if (states[i] == SaleState::Refund)
                QVERIFY(j.recordOutcome(r.refid, outcome(SaleState::Succesful)));
            if (states[i] != SaleState::New)
                QVERIFY2(j.recordOutcome(r.refid, outcome(states[i])), qPrintable(j.errorString()));
            if (needsRequery(states[i]))
                expected << r.refid;
        }
        const QList<SaleRecord> pending = j.nonFinal();
        QStringList got;
        qint64 lastId = 0;
        for (const SaleRecord &r : pending) {
            got << r.refid;
            QVERIFY(r.id > lastId);
            lastId = r.id;
            QVERIFY(needsRequery(r.state));
        }
        QCOMPARE(got, expected);
        QCOMPARE(j.nonFinalCount(), expected.size());
    }

    void historyPaging_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("empty journal") << 0 << 5;
        QTest::newRow("exact pages") << 20 << 5;
        QTest::newRow("short last page") << 23 << 5;
        QTest::newRow("one page") << 3 << 50;
        QTest::newRow("page of one") << 4 << 1;
    }

    void historyPaging()
    {
        QFETCH(int, rows);
        QFETCH(int, pageSize);
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        QList<qint64> ids;
        for (int i = 0; i < rows; ++i) {
            clock.advanceSecs(i % 3 == 0 ? -100 : 7);   // time order != insertion order
            SaleRecord r = makeSale(j.nextRefid());
            QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));
            ids.prepend(r.id);
        }
        QList<qint64> seen;
        qint64 before = 0;
        int pages = 0;
        for (;;) {
            const QList<SaleRecord> page = j.history(pageSize, before);
            QVERIFY(page.size() <= pageSize);
            if (page.isEmpty())
                break;
            ++pages;
            for (const SaleRecord &r : page)
                seen << r.id;
            before = page.last().id;
            QVERIFY(pages <= rows + 1);
        }
        QCOMPARE(seen, ids);
        QCOMPARE(pages, (rows + pageSize - 1) / pageSize);
        QVERIFY(j.history(0).isEmpty());
        QVERIFY(j.history(-1).isEmpty());
    }

    void recentSimilar()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        const QDateTime t0 = clock.now();
        struct Row { qint64 offsetSecs; QString account; QString amount; };
        const QList<Row> rows = {
            {-600, u"0123456789"_s, u"10.00"_s},   // too old
            {-60, u"0123456789"_s, u"10.00"_s},    // match
            {-50, u"0123456789"_s, u"20.00"_s},    // other amount
            {-40, u"0199999999"_s, u"10.00"_s},    // other account
            {0, u"0123456789"_s, u"10.00"_s},      // match
            {-120, u"0123456789"_s, u"10.00"_s},   // match exactly at `since` (clock went back)
        };
        QStringList expected;
        for (const Row &row : rows) {
            clock.set(t0.addSecs(row.offsetSecs));
            SaleRecord r = makeSale(j.nextRefid(), row.account, row.amount);
            QVERIFY2(j.insertSale(r), qPrintable(j.errorString()));
            if (row.account == u"0123456789"_s && row.amount == u"10.00"_s && row.offsetSecs >= -120)
                expected.prepend(r.refid);   // newest id first
        }
        const QList<SaleRecord> similar = j.recentSimilar(u"0123456789"_s, u"10.00"_s, t0.addSecs(-120));
        QStringList got;
        for (const SaleRecord &r : similar)
            got << r.refid;
        QCOMPARE(got, expected);
        QCOMPARE(got.size(), 3);
        QVERIFY(j.recentSimilar(u"0000000000"_s, u"10.00"_s, t0.addSecs(-3600)).isEmpty());
    }

    void corruptFileRefusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray("this is not a database\n").repeated(200);
        QByteArray noise;
        quint32 x = 12345;
        for (int i = 0; i < 8192; ++i) {
            x = x * 1103515245u + 12345u;
            noise.append(char(x >> 24));
        }
        QTest::newRow("noise") << noise;
        QTest::newRow("sqlite magic, garbage after")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x5a');
    }

    void corruptFileRefusedAndUntouched()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir tmp;
        QVERIFY(writeFile(journalFile(tmp), bytes));
        ManualClock clock;
        Journal j(clock);
        QVERIFY(!j.open(tmp.path()));
        QVERIFY(!j.isOpen());
        QVERIFY2(j.errorString().contains(QDir::toNativeSeparators(journalFile(tmp))),
                 qPrintable(j.errorString()));
        qInfo() << j.errorString();
        QCOMPARE(readFile(journalFile(tmp)), bytes);   // not "repaired", not replaced
        QVERIFY(j.nextRefid().isEmpty());
    }

    void damagedHeaderKeepsRecordedSales()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        QStringList refids;
        {
            Journal j(clock);
            QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
            refids = seed(j);
            QCOMPARE(refids.size(), 3);
        }
        const QByteArray good = readFile(journalFile(tmp));
        QVERIFY(good.startsWith(QByteArray("SQLite format 3\0", 16)));
        QByteArray damaged = good;
        damaged.replace(0, 16, QByteArray(16, '\xee'));
        QVERIFY(writeFile(journalFile(tmp), damaged));

        Journal j(clock);
        QVERIFY(!j.open(tmp.path()));
        QVERIFY2(j.errorString().contains(u"damaged"_s), qPrintable(j.errorString()));
        QCOMPARE(readFile(journalFile(tmp)), damaged);

        // Nothing was lost: with the header restored every sale is there as recorded.
        QVERIFY(writeFile(journalFile(tmp), good));
        verifySeed(tmp.path(), refids);
    }

    void lockedByAnotherConnection_data()
    {
        QTest::addColumn<QStringList>("lockStatements");
        QTest::addColumn<bool>("journalAlreadyOpen");
        // A writer in the middle of a transaction: readers go on (WAL), writers must wait.
        QTest::newRow("write transaction open")
            << QStringList{u"BEGIN IMMEDIATE"_s, u"INSERT INTO meta (key, value) VALUES ('other', 1)"_s}
            << true;
        // EXCLUSIVE locking mode in WAL: nobody else can even read. It can only be taken while
        // no other connection has the file open.
        QTest::newRow("exclusive locking mode")
            << QStringList{u"PRAGMA locking_mode = EXCLUSIVE"_s, u"BEGIN EXCLUSIVE"_s,
                           u"INSERT INTO meta (key, value) VALUES ('other', 1)"_s, u"COMMIT"_s}
            << false;
    }

    // "Another program" is a second SQLite connection in this process: SQLite's file locks
    // are the same between connections as between processes (POSIX locks plus SQLite's
    // in-process lock table).
    void lockedByAnotherConnection()
    {
        QFETCH(QStringList, lockStatements);
        QFETCH(bool, journalAlreadyOpen);
        QTemporaryDir tmp;
        ManualClock clock;
        QStringList refids;
        {
            Journal j(clock);
            QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
            refids = seed(j);
            QCOMPARE(refids.size(), 3);
        }

        Journal running(clock);   // a journal that was already open when the lock was taken
        running.setBusyTimeout(100);
        if (journalAlreadyOpen)
            QVERIFY2(running.open(tmp.path()), qPrintable(running.errorString()));

        const QString other = u"other-program"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, other);
            db.setDatabaseName(journalFile(tmp));
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=100"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s : lockStatements)
                QVERIFY2(q.exec(s), qPrintable(s + u": "_s + q.lastError().text()));
        }
        bool held = true;
        const auto releaseLock = [&] {
            if (!held)
                return;
            held = false;
            {
                QSqlDatabase db = QSqlDatabase::database(other, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(other);
        };
        auto releaseOnExit = qScopeGuard(releaseLock);

        // A second start on the same data: refused, with the reason.
        Journal j(clock);
        j.setBusyTimeout(100);
        QVERIFY(!j.open(tmp.path()));
        QVERIFY(!j.isOpen());
        QVERIFY2(j.errorString().contains(u"locked"_s), qPrintable(j.errorString()));
        qInfo() << j.errorString();

        SaleRecord r = makeSale(u"LOCKED-1"_s);
        if (journalAlreadyOpen) {
            // The running journal cannot write either: the sale is not reported as recorded.
            QVERIFY(!running.insertSale(r));
            QVERIFY2(running.errorString().contains(u"locked"_s), qPrintable(running.errorString()));
            QCOMPARE(r.id, qint64(0));
            QVERIFY(running.nextRefid().isEmpty());
            QVERIFY(!running.recordOutcome(refids.at(0), outcome(SaleState::Unknown)));
            QVERIFY(!running.recordAttempt(refids.at(0)));
        }

        releaseLock();
        if (journalAlreadyOpen) {
            QVERIFY2(running.insertSale(r), qPrintable(running.errorString()));
            QVERIFY(!running.nextRefid().isEmpty());
            running.close();
        }
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        const auto first = j.sale(refids.at(0));
        QVERIFY(first);
        QCOMPARE(first->state, SaleState::New);   // the refused writes left no trace
        QCOMPARE(first->attempts, 0);
        QCOMPARE(bool(j.sale(u"LOCKED-1"_s)), journalAlreadyOpen);
        j.close();
        verifySeed(tmp.path(), refids, journalAlreadyOpen ? 4 : 3);
    }

    void readOnlyJournal_data()
    {
        QTest::addColumn<bool>("rollbackJournal");
        QTest::addColumn<QFileDevice::Permissions>("filePermissions");
        QTest::addColumn<QString>("reason");
        const auto r = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QTest::newRow("readable, not writable (WAL journal)")
            << false << QFileDevice::Permissions(r) << u"read-only"_s;
        QTest::newRow("not even readable")
            << false << QFileDevice::Permissions(QFileDevice::WriteOwner) << u"cannot be opened"_s;
        // A rollback-mode database on a read-only file: SQLite refuses the switch to WAL.
        QTest::newRow("read-only rollback-mode file")
            << true << QFileDevice::Permissions(r) << u"read-only"_s;
    }

    // Root ignores file permissions, and these tests run as root: the journal is opened with
    // the effective uid switched to "nobody" (65534) for the duration, so the permission checks
    // are the kernel's, not a simulation. As a normal user the chmod alone does the same.
    void readOnlyJournal()
    {
        QFETCH(bool, rollbackJournal);
        QFETCH(QFileDevice::Permissions, filePermissions);
        QFETCH(QString, reason);
        QTemporaryDir tmp;
        ManualClock clock;
        QStringList refids;
        {
            Journal j(clock);
            QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
            refids = seed(j);
            QCOMPARE(refids.size(), 3);
        }
        if (rollbackJournal)
            QVERIFY(execAll(journalFile(tmp), {u"PRAGMA journal_mode = DELETE"_s}));
        QVERIFY(!QFile::exists(journalFile(tmp) + u"-wal"_s));
        const auto dirPerms = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(journalFile(tmp), filePermissions));
        QVERIFY(QFile::setPermissions(tmp.path(), dirPerms));
        const auto restore = [&] {
#ifdef Q_OS_UNIX
            if (geteuid() != getuid() && seteuid(getuid()) != 0)
                qFatal("cannot return to the original uid");
#endif
            QFile::setPermissions(tmp.path(), dirPerms | QFileDevice::WriteOwner);
            QFile::setPermissions(journalFile(tmp), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        };
        auto restoreOnExit = qScopeGuard(restore);
#ifdef Q_OS_UNIX
        if (geteuid() == 0)
            QVERIFY2(seteuid(65534) == 0, "cannot drop to uid 65534 for the read-only test");
#endif

        Journal j(clock);
        QVERIFY(!j.open(tmp.path()));
        QVERIFY(!j.isOpen());
        QVERIFY(!j.errorString().isEmpty());
        qInfo() << j.errorString();
        QVERIFY2(j.errorString().contains(reason), qPrintable(j.errorString()));
        QVERIFY(j.nextRefid().isEmpty());

        // A data folder that cannot be created at all.
        Journal nowhere(clock);
        QVERIFY(!nowhere.open(tmp.filePath(u"sub/dir"_s)));
        QVERIFY2(nowhere.errorString().contains(u"cannot be created"_s), qPrintable(nowhere.errorString()));

        restore();
#ifdef Q_OS_UNIX
        QCOMPARE(geteuid(), getuid());
#endif
        if (rollbackJournal)
            QVERIFY(execAll(journalFile(tmp), {u"PRAGMA journal_mode = WAL"_s}));
        verifySeed(tmp.path(), refids);
    }

    void walNotConfirmedRefused_data()
    {
        QTest::addColumn<bool>("existingJournal");
        QTest::newRow("new journal") << false;
        QTest::newRow("existing rollback-mode journal") << true;
    }

    // A file system without shared memory support: simulated with SQLite's "unix-dotfile" VFS,
    // which has none, so SQLite answers "PRAGMA journal_mode=WAL" with the old mode instead of
    // an error. Only reading the pragma back catches that.
    void walNotConfirmedRefused()
    {
        QFETCH(bool, existingJournal);
        QTemporaryDir tmp;
        ManualClock clock;
        QStringList refids;
        if (existingJournal) {
            {
                Journal j(clock);
                QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
                refids = seed(j);
                QCOMPARE(refids.size(), 3);
            }
            QVERIFY(execAll(journalFile(tmp), {u"PRAGMA journal_mode = DELETE"_s}));
        }
        Journal j(clock);
        j.setVfsName(u"unix-dotfile"_s);
        QVERIFY(!j.open(tmp.path()));
        QVERIFY(!j.isOpen());
        QVERIFY2(j.errorString().contains(u"write-ahead"_s), qPrintable(j.errorString()));
        QVERIFY2(j.errorString().contains(u"\"delete\""_s), qPrintable(j.errorString()));
        qInfo() << j.errorString();
        SaleRecord r = makeSale(u"NOWAL-1"_s);
        QVERIFY(!j.insertSale(r));
        if (existingJournal) {
            QCOMPARE(scalar(journalFile(tmp), u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
            verifySeed(tmp.path(), refids);   // the default VFS opens it (and switches to WAL)
        }
    }

    void dataDirUnderProc()
    {
        // /proc refuses new directories even to root.
        ManualClock clock;
        Journal j(clock);
        QVERIFY(!j.open(u"/proc/kaunter-journal-test/data"_s));
        QVERIFY2(j.errorString().contains(u"cannot be created"_s), qPrintable(j.errorString()));
        QVERIFY(!j.open(QString()));
        QVERIFY(!j.errorString().isEmpty());
    }

};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"

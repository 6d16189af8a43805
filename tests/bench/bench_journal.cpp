#include "journal/Journal.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// A journal of 1,000,000 sales (1 % of them still pending), built once in a temporary folder,
// then the operations the till does on it timed through the real Journal API. Prints figures;
// asserts only correctness (row counts, order), never timings.
class BenchJournal : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRows = 1000000;
    static constexpr int kPendingEvery = 100;   // every 100th sale is New/Accepted/Processing/Unknown
    static constexpr int kAccounts = 5000;
    static constexpr qint64 kStartMs = 1704067200000;   // 2024-01-01T00:00:00Z, one sale a second

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::fromMSecsSinceEpoch(kStartMs + qint64(kRows) * 1000, Qt::UTC)};
    Journal m_journal{m_clock};

    static double ms(qint64 ns) { return double(ns) / 1e6; }

    // Times `fn` `runs` times; returns {first, median, max} in ms.
    template<typename Fn>
    static QList<double> timeRuns(int runs, Fn fn)
    {
        QList<double> t;
        QElapsedTimer timer;
        for (int i = 0; i < runs; ++i) {
            timer.start();
            fn();
            t << ms(timer.nsecsElapsed());
        }
        const double first = t.first();
        std::sort(t.begin(), t.end());
        return {first, t.at(t.size() / 2), t.last()};
    }

    static void report(const char *what, const QList<double> &t, int runs)
    {
        qInfo("%-44s first %8.3f ms  median %8.3f ms  max %8.3f ms  (%d runs)", what, t.at(0),
              t.at(1), t.at(2), runs);
    }

    static qint64 fileSize(const QString &path)
    {
        return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    }

    // One INSERT ... SELECT over a generated series: every 100th sale pending (cycling through
    // New/Accepted/Processing/Unknown), every 37th Failed, the rest Succesful with an sn.
    static QString fillStatement()
    {
        QString sql = u"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {ROWS}),"
            " t(id) AS (SELECT ?) "
            "INSERT INTO sales (refid, terminal_id, product, account, amount, extras, request_body, "
            "  state, status_code, status_text, http_status, product_name, sn, pin, remarks, "
            "  created_at, updated_at, final_at, attempts, last_error, needs_review) "
            "SELECT t.id || printf('-%s-%06d', strftime('%Y%m%d', ({START} + x * 1000) / 1000 + 28800, 'unixepoch'), x),"
            "  t.id, 'D', printf('01%08d', x % {ACCOUNTS}), printf('%d.00', 5 + x % 10), NULL,"
            "  CAST(printf('{\"refid\":\"%s-%06d\",\"product\":\"D\",\"account\":\"01%08d\",\"amount\":\"%d.00\"}',"
            "              t.id, x, x % {ACCOUNTS}, 5 + x % 10) AS BLOB),"
            "  CASE WHEN x % {PENDING} = 0 THEN CASE (x / {PENDING}) % 4 WHEN 0 THEN 'New' WHEN 1 THEN 'Accepted'"
            "                                  WHEN 2 THEN 'Processing' ELSE 'Unknown' END"
            "       WHEN x % 37 = 0 THEN 'Failed' ELSE 'Succesful' END,"
            "  CASE WHEN x % {PENDING} = 0 THEN NULL WHEN x % 37 = 0 THEN 48 ELSE 0 END,"
            "  CASE WHEN x % {PENDING} = 0 THEN NULL WHEN x % 37 = 0 THEN 'Failed' ELSE 'Succesful' END,"
            "  CASE WHEN x % {PENDING} = 0 THEN NULL ELSE 200 END,"
            "  CASE WHEN x % {PENDING} = 0 THEN NULL ELSE 'Digi RM' END,"
            "  CASE WHEN x % {PENDING} = 0 OR x % 37 = 0 THEN NULL ELSE printf('SN%010d', x) END,"
            "  NULL,"
            "  CASE WHEN x % 37 = 0 AND x % {PENDING} <> 0 THEN 'Insufficient provider balance' END,"
            "  {START} + x * 1000, {START} + x * 1000 + 4000,"
            "  CASE WHEN x % {PENDING} = 0 THEN NULL ELSE {START} + x * 1000 + 4000 END,"
            "  1, NULL, 0 FROM n, t"_s;
        sql.replace(u"{ROWS}"_s, QString::number(kRows));
        sql.replace(u"{START}"_s, QString::number(kStartMs));
        sql.replace(u"{ACCOUNTS}"_s, QString::number(kAccounts));
        sql.replace(u"{PENDING}"_s, QString::number(kPendingEvery));
        return sql;
    }

    // The bulk path of the benchmark only: one statement generating every row inside SQLite,
    // on its own connection with the rollback journal and no syncs, because 1,000,000 durable
    // commits would take hours. The Journal re-opens the file afterwards and sets WAL + FULL.
    bool bulkFill(const QString &path, const QString &terminalId)
    {
        const QString name = QUuid::createUuid().toString();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            if (!db.open())
                return false;
            QSqlQuery q(db);
            const QList<QString> statements = {
                u"PRAGMA journal_mode = DELETE"_s,
                u"PRAGMA synchronous = OFF"_s,
                u"PRAGMA cache_size = -200000"_s,
                u"BEGIN"_s,
                fillStatement(),
                u"UPDATE meta SET value = %1 WHERE key = 'refid_seq'"_s.arg(kRows),
                u"COMMIT"_s,
            };
            ok = true;
            for (const QString &s : statements) {
                q.prepare(s);
                if (s.contains(u'?'))
                    q.addBindValue(terminalId);
                if (!q.exec()) {
                    qWarning() << s.left(60) << q.lastError().text();
                    ok = false;
                    break;
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_journal.open(m_dir.path()), qPrintable(m_journal.errorString()));
        const QString path = m_journal.filePath();
        const QString terminalId = m_journal.terminalId();
        m_journal.close();

        QElapsedTimer timer;
        timer.start();
        QVERIFY(bulkFill(path, terminalId));
        const qint64 buildNs = timer.nsecsElapsed();

        timer.start();
        QVERIFY2(m_journal.open(m_dir.path()), qPrintable(m_journal.errorString()));
        const qint64 openNs = timer.nsecsElapsed();
        QCOMPARE(m_journal.journalMode(), u"wal"_s);
        QCOMPARE(m_journal.synchronousLevel(), 2);

        qInfo("rows                                         %d (%d pending)", kRows, kRows / kPendingEvery);
        qInfo("build (bulk insert, one transaction)         %.1f s", double(buildNs) / 1e9);
        qInfo("file size                                    %.1f MiB (%.0f bytes/row)",
              double(fileSize(path)) / (1024.0 * 1024.0), double(fileSize(path)) / kRows);
        qInfo("Journal::open, first after the bulk build    %.3f ms", ms(openNs));
        // The first open's commit also flushes the bulk build's unsynced pages; a normal
        // start looks like this one.
        m_journal.close();
        timer.start();
        QVERIFY2(m_journal.open(m_dir.path()), qPrintable(m_journal.errorString()));
        qInfo("Journal::open, reopen                        %.3f ms", ms(timer.nsecsElapsed()));
    }

    void recoveryScan()
    {
        const int runs = 5;
        QList<SaleRecord> pending;
        const auto t = timeRuns(runs, [&] { pending = m_journal.nonFinal(); });
        QCOMPARE(pending.size(), kRows / kPendingEvery);
        qint64 last = 0;
        for (const SaleRecord &r : std::as_const(pending)) {
            QVERIFY(needsRequery(r.state));
            QVERIFY(r.id > last);
            last = r.id;
        }
        QVERIFY(!pending.first().requestBody.isEmpty());
        report("nonFinal() (10,000 rows, full records)", t, runs);

        // For scale: the same rows fetched through QtSql on a second connection without
        // building SaleRecords, and the bare SQLite work (count over the same query).
        {
            const QString name = u"bench-raw"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(m_journal.filePath());
                QVERIFY(db.open());
                const QString select = u"SELECT id, refid, terminal_id, product, account, amount, extras, "
                    "request_body, state, status_code, status_text, http_status, product_name, sn, pin, "
                    "expiry, voucherlink, note, remarks, created_at, updated_at, final_at, attempts, "
                    "last_error, needs_review FROM sales "
                    "WHERE state IN ('New','Accepted','Processing','Unknown') ORDER BY id"_s;
                int n = 0;
                const auto fetch = timeRuns(runs, [&] {
                    QSqlQuery q(db);
                    q.setForwardOnly(true);
                    q.exec(select);
                    n = 0;
                    while (q.next())
                        ++n;
                });
                QCOMPARE(n, kRows / kPendingEvery);
                report("  same rows, QtSql fetch only", fetch, runs);
                const auto bare = timeRuns(runs, [&] {
                    QSqlQuery q(db);
                    q.setForwardOnly(true);
                    q.exec(u"SELECT count(*), sum(length(request_body)) FROM ("_s + select + u")"_s);
                    n = q.next() ? q.value(0).toInt() : -1;
                });
                QCOMPARE(n, kRows / kPendingEvery);
                report("  same rows, SQLite only (count)", bare, runs);
            }
            QSqlDatabase::removeDatabase(name);
        }

        int count = 0;
        const auto c = timeRuns(runs, [&] { count = m_journal.nonFinalCount(); });
        QCOMPARE(count, kRows / kPendingEvery);
        report("nonFinalCount()", c, runs);
    }

    void historyPages()
    {
        const int runs = 50;
        QList<SaleRecord> page;
        const auto newest = timeRuns(runs, [&] { page = m_journal.history(50); });
        QCOMPARE(page.size(), 50);
        QCOMPARE(page.first().id, qint64(kRows));
        QCOMPARE(page.last().id, qint64(kRows - 49));
        report("history(50) newest page", newest, runs);

        const qint64 middle = kRows / 2;
        const auto mid = timeRuns(runs, [&] { page = m_journal.history(50, middle); });
        QCOMPARE(page.size(), 50);
        QCOMPARE(page.first().id, middle - 1);
        QCOMPARE(page.last().id, middle - 50);
        report("history(50, beforeId=500000) middle page", mid, runs);

        const auto oldest = timeRuns(runs, [&] { page = m_journal.history(50, 30); });
        QCOMPARE(page.size(), 29);
        QCOMPARE(page.last().id, qint64(1));
        report("history(50, beforeId=30) last page", oldest, runs);
    }

    void lookups()
    {
        const int runs = 50;
        const QString refid = m_journal.history(1, 123457).value(0).refid;
        QVERIFY(!refid.isEmpty());
        std::optional<SaleRecord> found;
        const auto bySale = timeRuns(runs, [&] { found = m_journal.sale(refid); });
        QVERIFY(found);
        QCOMPARE(found->id, qint64(123456));
        report("sale(refid)", bySale, runs);

        // Account 0100000042 gets sale x = 42 + k * 5000; 200 sales over the journal.
        const QString account = u"0100000042"_s;
        const QString amount = u"7.00"_s;   // 5 + 42 % 10
        QList<SaleRecord> similar;
        const QDateTime since = m_clock.now().addSecs(-24 * 3600);
        const auto rs = timeRuns(runs, [&] { similar = m_journal.recentSimilar(account, amount, since); });
        QVERIFY(similar.size() >= 1);
        for (const SaleRecord &r : std::as_const(similar)) {
            QCOMPARE(r.account, account);
            QVERIFY(r.createdAt >= since);
        }
        report("recentSimilar(account, amount, last 24 h)", rs, runs);
    }

    // The price of durability: each committed write is a WAL append + fsync (synchronous=FULL).
    void durableWrites()
    {
        const int runs = 20;
        QStringList refids;
        const auto alloc = timeRuns(runs, [&] { refids << m_journal.nextRefid(); });
        QCOMPARE(refids.size(), runs);
        QVERIFY(!refids.contains(QString()));
        report("nextRefid() (committed)", alloc, runs);

        int i = 0;
        bool allOk = true;
        const auto ins = timeRuns(runs, [&] {
            SaleRecord r;
            r.refid = refids.at(i++);
            r.product = u"D"_s;
            r.account = u"0123456789"_s;
            r.amount = u"10.00"_s;
            r.requestBody = "{\"refid\":\"" + r.refid.toUtf8() + "\"}";
            allOk = m_journal.insertSale(r) && allOk;
        });
        QVERIFY2(allOk, qPrintable(m_journal.errorString()));
        report("insertSale() (committed)", ins, runs);

        i = 0;
        const auto out = timeRuns(runs, [&] {
            SaleRecord u;
            u.state = SaleState::Succesful;
            u.httpStatus = 200;
            u.statusCode = 0;
            u.sn = u"SN"_s;
            allOk = m_journal.recordOutcome(refids.at(i++), u) && allOk;
        });
        QVERIFY2(allOk, qPrintable(m_journal.errorString()));
        report("recordOutcome() (committed)", out, runs);
        QCOMPARE(m_journal.history(1).value(0).refid, refids.last());
    }

    // A terminal's real backlog is a handful of pending sales, not 1% of its history: the
    // same 1,000,000-row journal with 100 left pending (the rest marked final directly).
    void recoveryScanTypicalBacklog()
    {
        const QString name = u"bench-settle"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_journal.filePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"UPDATE sales SET state = 'Succesful', final_at = created_at "
                             "WHERE state IN ('New','Accepted','Processing','Unknown') AND id NOT IN "
                             "(SELECT id FROM sales WHERE state IN ('New','Accepted','Processing','Unknown') "
                             "ORDER BY id LIMIT 100)"_s),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);
        const int runs = 20;
        QList<SaleRecord> pending;
        const auto t = timeRuns(runs, [&] { pending = m_journal.nonFinal(); });
        QCOMPARE(pending.size(), 100);
        QVERIFY(!pending.first().requestBody.isEmpty());
        report("nonFinal() (100 pending of 1,000,000, full records)", t, runs);
    }
};

QTEST_GUILESS_MAIN(BenchJournal)
#include "bench_journal.moc"

#include "journal/Journal.h"
#include "journal/SaleHistoryQuery.h"
#include "util/Clock.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SaleHistoryQuery::Filter)

// SaleHistoryQuery on a generated journal whose every row the test also keeps in memory: each
// filter's expected rows come from that copy (dates read the other way round, from the
// stored instant to its local date), in the expected order, and paging must return exactly
// those rows, each once.
class TestSaleHistoryQuery : public QObject
{
    Q_OBJECT

    struct Row
    {
        qint64 id;
        QString refid;
        QString product;
        QString account;
        SaleState state;
        qint64 createdMs;
    };

    static constexpr int Rows = 3000;
    static constexpr SaleState States[] = {
        SaleState::Succesful, SaleState::Succesful,     SaleState::Failed,    SaleState::Succesful,
        SaleState::Refund,    SaleState::Rejected,      SaleState::Succesful, SaleState::New,
        SaleState::Unknown,   SaleState::Succesful,     SaleState::Accepted,  SaleState::Processing,
        SaleState::Succesful, SaleState::NeedsDecision, SaleState::Voided,    SaleState::Succesful};

    QTemporaryDir m_dir;
    ManualClock m_clock;
    Journal m_journal{m_clock};
    QList<Row> m_rows;
    qint64 m_baseMs = 0;

    static int groupOf(SaleState s) { return s == SaleState::NeedsDecision ? 0 : isPendingState(s) ? 1 : 2; }

    QList<qint64> expected(const SaleHistoryQuery::Filter &f) const
    {
        QList<Row> out;
        for (const Row &r : m_rows) {
            if (!f.refid.isEmpty() && !(f.refidPrefix ? r.refid.startsWith(f.refid) : r.refid == f.refid))
                continue;
            if (!f.account.isEmpty() && r.account != f.account)
                continue;
            if (!f.product.isEmpty() && r.product != f.product)
                continue;
            const QDate local = QDateTime::fromMSecsSinceEpoch(r.createdMs, Qt::UTC).toLocalTime().date();
            if ((f.from.isValid() && local < f.from) || (f.to.isValid() && local > f.to))
                continue;
            if (!f.states.isEmpty() && !f.states.contains(r.state))
                continue;
            out << r;
        }
        std::sort(out.begin(), out.end(), [&](const Row &a, const Row &b) {
            if (f.pendingFirst && groupOf(a.state) != groupOf(b.state))
                return groupOf(a.state) < groupOf(b.state);
            if (a.createdMs != b.createdMs)
                return a.createdMs > b.createdMs;
            return a.id > b.id;
        });
        QList<qint64> ids;
        for (const Row &r : out)
            ids << r.id;
        return ids;
    }

    QList<qint64> readAll(SaleHistoryQuery query, int *pages)
    {
        QList<qint64> ids;
        *pages = 0;
        for (;;) {
            SaleHistoryQuery::Cursor next;
            const QList<SaleRecord> page = m_journal.findSales(query, &next);
            [&] { QVERIFY(page.size() <= query.pageSize); }();
            ++*pages;
            for (const SaleRecord &r : page)
                ids << r.id;
            if (!next.isValid() || *pages > Rows + 2)
                break;
            query.after = next;
        }
        return ids;
    }

    QDate localDate(int row) const
    {
        return QDateTime::fromMSecsSinceEpoch(m_rows.at(row).createdMs, Qt::UTC).toLocalTime().date();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Created by Journal (the schema and its migrations), then filled in one transaction
        // on a second connection: thousands of fsynced inserts would take minutes.
        QVERIFY2(m_journal.open(m_dir.path()), qPrintable(m_journal.errorString()));
        m_journal.close();
        m_baseMs = QDateTime(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_dir.filePath(u"journal.sqlite"_s));
            QVERIFY(db.open());
            QVERIFY(db.transaction());
            QSqlQuery q(db);
            QVERIFY(
                q.prepare(u"INSERT INTO sales (refid, terminal_id, product, account, amount, request_body, "
                          "state, created_at, updated_at) VALUES (?, 'T', ?, ?, '10.00', x'7b7d', ?, ?, ?)"_s));
            for (int i = 0; i < Rows; ++i) {
                Row r;
                r.refid = u"T-%1-%2"_s.arg(i % 4 == 0 ? u"AA"_s : u"BB"_s).arg(i, 6, 10, QChar(u'0'));
                r.product = u"P%1"_s.arg(i % 5);
                r.account = u"01%1"_s.arg(i % 7, 8, 10, QChar(u'0'));
                r.state = States[i % std::size(States)];
                // About 20 minutes apart (30 days in all), every 10th row 3 hours back in time
                // and every 50th on its predecessor's millisecond: time order != id order.
                r.createdMs = m_baseMs + qint64(i) * 863'000 - (i % 10 == 0 ? 3 * 3600'000 : 0);
                if (i % 50 == 1)
                    r.createdMs = m_rows.last().createdMs;
                for (const QVariant &v :
                     QVariantList{r.refid, r.product, r.account, saleStateName(r.state), r.createdMs, r.createdMs})
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                r.id = q.lastInsertId().toLongLong();
                m_rows << r;
            }
            QVERIFY(db.commit());
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY2(m_journal.open(m_dir.path()), qPrintable(m_journal.errorString()));
    }

    void filters_data()
    {
        QTest::addColumn<SaleHistoryQuery::Filter>("filter");
        QTest::addColumn<int>("count");   // -1: only compared with the in-memory copy
        QTest::addColumn<int>("pageSize");
        SaleHistoryQuery::Filter f;
        QTest::newRow("everything") << f << Rows << 50;
        QTest::newRow("everything, pages of 7") << f << Rows << 7;
        f.pendingFirst = true;
        QTest::newRow("pending first") << f << Rows << 50;
        QTest::newRow("pending first, pages of 1") << f << Rows << 1;
        f = {};
        f.states = SaleHistoryQuery::pendingStates();
        QTest::newRow("pending") << f << 187 * 5 + 1 << 50;   // 5 of every 16; 3000 = 187*16 + 8 (one New)
        f.pendingFirst = true;
        QTest::newRow("pending, pending first") << f << -1 << 13;
        f = {};
        f.states = {SaleState::NeedsDecision};
        QTest::newRow("needs decision") << f << -1 << 50;
        f.states = {SaleState::Succesful, SaleState::Voided};
        f.pendingFirst = true;
        QTest::newRow("settled states, pending first") << f << -1 << 50;
        f = {};
        f.account = u"0100000003"_s;
        QTest::newRow("account") << f << -1 << 50;
        f.account = u"no such account"_s;
        QTest::newRow("unknown account") << f << 0 << 50;
        f = {};
        f.product = u"P2"_s;
        QTest::newRow("product") << f << Rows / 5 << 50;
        f.states = {SaleState::Failed};
        QTest::newRow("product and state") << f << -1 << 50;
        f = {};
        f.refid = u"T-BB-000005"_s;
        QTest::newRow("refid exact") << f << 1 << 50;
        f.refid = u"T-BB-00000"_s;
        QTest::newRow("refid exact, no match") << f << 0 << 50;
        f.refidPrefix = true;
        QTest::newRow("refid prefix") << f << 7 << 50;   // 1, 2, 3, 5, 6, 7, 9
        f.refid = u"T-AA"_s;
        QTest::newRow("refid prefix, a quarter") << f << Rows / 4 << 100;
        f = {};
        f.from = QDate(2025, 3, 10);
        f.to = QDate(2025, 3, 10);
        QTest::newRow("one day") << f << -1 << 50;
        f.to = QDate(2025, 3, 16);
        QTest::newRow("one week") << f << -1 << 50;
        f.account = u"0100000001"_s;
        f.states = SaleHistoryQuery::pendingStates();
        QTest::newRow("week, account, pending") << f << -1 << 5;
        f = {};
        f.from = QDate(2025, 3, 25);
        QTest::newRow("from only") << f << -1 << 50;
        f = {};
        f.to = QDate(2025, 3, 1);
        QTest::newRow("to only (first day)") << f << -1 << 50;
        f.to = QDate(2025, 2, 1);
        QTest::newRow("before the first sale") << f << 0 << 50;
    }

    void filters()
    {
        QFETCH(SaleHistoryQuery::Filter, filter);
        QFETCH(int, count);
        QFETCH(int, pageSize);
        const QList<qint64> want = expected(filter);
        if (count >= 0)
            QCOMPARE(want.size(), count);
        SaleHistoryQuery query;
        query.filter = filter;
        query.pageSize = pageSize;
        int pages = 0;
        const QList<qint64> got = readAll(query, &pages);
        QCOMPARE(got.size(), want.size());
        QCOMPARE(got, want);   // every row once, in order
        QCOMPARE(QSet<qint64>(got.cbegin(), got.cend()).size(), got.size());
        // A page past the end may be empty, never more than one.
        QVERIFY2(pages <= qMax(1, int((want.size() + pageSize - 1) / pageSize)) + 1,
                 qPrintable(QString::number(pages)));
    }

    void dateBoundsAreLocalMidnights()
    {
        // A row exactly at local midnight of the 10th belongs to the 10th, not the 9th.
        SaleHistoryQuery q;
        q.filter.from = QDate(2025, 3, 10);
        q.filter.to = QDate(2025, 3, 10);
        const qint64 midnight =
            QDateTime(QDate(2025, 3, 10), QTime(0, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
        QCOMPARE(q.startMs(), midnight);
        QCOMPARE(q.endMs(),
                 QDateTime(QDate(2025, 3, 11), QTime(0, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch());
        QCOMPARE(SaleHistoryQuery().startMs(), -1);
        QCOMPARE(SaleHistoryQuery().endMs(), -1);
        QVERIFY(localDate(0) == QDate(2025, 2, 28) || localDate(0) == QDate(2025, 3, 1));
    }

    void pendingFirstOrder()
    {
        SaleHistoryQuery query;
        query.filter.pendingFirst = true;
        query.pageSize = 1000;   // 187 NeedsDecision, 749 other pending, then the settled ones
        SaleHistoryQuery::Cursor next;
        const QList<SaleRecord> page = m_journal.findSales(query, &next);
        QCOMPARE(page.size(), 1000);
        QVERIFY(next.isValid());
        int lastGroup = 0;
        for (int i = 0; i < page.size(); ++i) {
            const int g = groupOf(page.at(i).state);
            QVERIFY(g >= lastGroup);
            if (i > 0 && g == lastGroup) {
                const SaleRecord &a = page.at(i - 1), &b = page.at(i);
                QVERIFY(a.createdAt > b.createdAt || (a.createdAt == b.createdAt && a.id > b.id));
            }
            lastGroup = g;
        }
        QCOMPARE(groupOf(page.first().state), 0);
        QCOMPARE(lastGroup, 2);
    }

    void badPageSize()
    {
        SaleHistoryQuery query;
        query.pageSize = 0;
        SaleHistoryQuery::Cursor next;
        QVERIFY(m_journal.findSales(query, &next).isEmpty());
        QVERIFY(!next.isValid());
    }

    void queryPlansUseIndexes_data()
    {
        QTest::addColumn<SaleHistoryQuery::Filter>("filter");
        SaleHistoryQuery::Filter f;
        QTest::newRow("everything") << f;
        f.pendingFirst = true;
        QTest::newRow("pending first") << f;
        f = {};
        f.states = SaleHistoryQuery::pendingStates();
        QTest::newRow("pending") << f;
        f = {};
        f.states = {SaleState::Failed};
        QTest::newRow("one state") << f;
        f = {};
        f.account = u"0100000003"_s;
        QTest::newRow("account") << f;
        f = {};
        f.product = u"P2"_s;
        QTest::newRow("product") << f;
        f = {};
        f.refid = u"T-AA"_s;
        f.refidPrefix = true;
        QTest::newRow("refid prefix") << f;
        f = {};
        f.from = QDate(2025, 3, 10);
        f.to = QDate(2025, 3, 16);
        QTest::newRow("dates") << f;
        f.product = u"P1"_s;
        QTest::newRow("dates and product") << f;
    }

    void queryPlansUseIndexes()
    {
        QFETCH(SaleHistoryQuery::Filter, filter);
        SaleHistoryQuery query;
        query.filter = filter;
        // A second page: the cursor's range is part of the statement too.
        SaleHistoryQuery::Cursor next;
        QVERIFY(!m_journal.findSales(query, &next).isEmpty() || !filter.account.isEmpty());
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_dir.filePath(u"journal.sqlite"_s));
            QVERIFY(db.open());
            for (const SaleHistoryQuery::Cursor &cursor : {SaleHistoryQuery::Cursor(), next}) {
                for (int group : query.groups()) {
                    const SaleHistoryQuery::Sql sql = query.sql(group, cursor, 51);
                    QSqlQuery q(db);
                    QVERIFY(q.prepare("EXPLAIN QUERY PLAN "_L1 + sql.text));
                    for (const QVariant &v : sql.binds)
                        q.addBindValue(v);
                    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                    QStringList plan;
                    while (q.next())
                        plan << q.value(3).toString();
                    const QString text = plan.join(u"; "_s);
                    QVERIFY2(!plan.isEmpty(), qPrintable(sql.text));
                    for (const QString &step : std::as_const(plan)) {
                        QVERIFY2(!(step.contains("SCAN sales"_L1) && !step.contains("USING"_L1)),
                                 qPrintable(text));
                    }
                    QVERIFY2(text.contains("USING"_L1), qPrintable(text));
                    qDebug().noquote() << QTest::currentDataTag() << group << text;
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    void schemaHasTheIndexes()
    {
        QCOMPARE(m_journal.schemaVersion(), Journal::latestSchemaVersion());
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_dir.filePath(u"journal.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                           "('sales_created','sales_state_created','sales_product_created')"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 3);
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestSaleHistoryQuery)
#include "tst_salehistoryquery.moc"

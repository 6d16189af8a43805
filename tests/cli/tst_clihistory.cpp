#include "KaunterRunner.h"

#include "journal/Journal.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;

// `kaunter history` with filters and --csv, run as the real binary on a journal of five known
// sales. History only reads the journal: no API is configured or reached. The child runs in
// Malaysian time, so a sale at 17:00 UTC belongs to the next local day.
class TestCliHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_outDir;

    KaunterRunner::Result run(const QStringList &arguments)
    {
        return KaunterRunner::journalOnly(m_dataDir.path()).run(arguments);
    }

    QStringList refids(const QStringList &arguments)
    {
        const KaunterRunner::Result r = run(arguments + QStringList{u"--json"_s});
        [&] {
            QVERIFY2(!r.crashed && r.exitCode == 0, r.err.constData());
            QVERIFY2(r.json().isArray(), r.out.constData());
        }();
        QStringList out;
        for (const QJsonValue &v : r.json().array())
            out << v.toObject().value("refid"_L1).toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid() && m_outDir.isValid());
        {
            ManualClock clock;
            Journal journal(clock);
            QVERIFY2(journal.open(m_dataDir.path()), qPrintable(journal.errorString()));
        }
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_dataDir.filePath(u"journal.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(u"INSERT INTO sales (refid, terminal_id, product, account, amount, extras, "
                              "request_body, state, pin, voucherlink, remarks, created_at, updated_at) "
                              "VALUES (?, 'T', ?, ?, '10.00', ?, x'7b7d', ?, ?, ?, ?, ?, ?)"_s));
            const QString ic = u"{\"ic_number\":\"900101145678\"}"_s;
            const QVariant none(QMetaType::fromType<QString>());
            struct Row
            {
                const char *refid, *product, *account;
                bool ic;
                const char *state;
                const char *utc;
            };
            const Row rows[] = {
                {"R-0001", "D", "0123456789", false, "Succesful", "2025-03-09T04:00:00Z"},
                {"R-0002", "D", "0111111111", false, "Failed", "2025-03-10T04:00:00Z"},
                {"R-0003", "SSPN", "900101145678", true, "NeedsDecision", "2025-03-10T17:00:00Z"},
                {"R-0004", "X", "0123456789", false, "Unknown", "2025-03-12T04:00:00Z"},
                {"R-0005", "SSPN", "900101145678", true, "Succesful", "2025-03-12T05:00:00Z"},
            };
            for (const Row &r : rows) {
                const bool issued = QByteArray(r.refid) == "R-0005";
                const qint64 ms =
                    QDateTime::fromString(QString::fromLatin1(r.utc), Qt::ISODate).toMSecsSinceEpoch();
                for (const QVariant &v :
                     QVariantList{QString::fromLatin1(r.refid), QString::fromLatin1(r.product),
                                  QString::fromLatin1(r.account), r.ic ? QVariant(ic) : none,
                                  QString::fromLatin1(r.state), issued ? QVariant(u"9999-8888-7777"_s) : none,
                                  issued ? QVariant(u"https://v.example/secret"_s) : none,
                                  issued ? QVariant(u"a, \"b\""_s) : none, ms, ms})
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    void unfilteredHistoryAsBefore()
    {
        QCOMPARE(refids({u"history"_s}),
                 (QStringList{u"R-0005"_s, u"R-0004"_s, u"R-0003"_s, u"R-0002"_s, u"R-0001"_s}));
        const KaunterRunner::Result r = run({u"history"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 5);
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *tag, QStringList args, QStringList want) {
            QTest::newRow(tag) << (QStringList{u"history"_s} + args) << want;
        };
        row("pending", {u"--status"_s, u"pending"_s}, {u"R-0004"_s, u"R-0003"_s});
        row("two statuses", {u"--status"_s, u"Succesful,Failed"_s}, {u"R-0005"_s, u"R-0002"_s, u"R-0001"_s});
        row("people's spelling, any case", {u"--status"_s, u"successful"_s}, {u"R-0005"_s, u"R-0001"_s});
        row("needs decision", {u"--status"_s, u"NeedsDecision"_s}, {u"R-0003"_s});
        row("local day", {u"--from"_s, u"2025-03-11"_s, u"--to"_s, u"2025-03-11"_s}, {u"R-0003"_s});
        row("from only", {u"--from"_s, u"2025-03-12"_s}, {u"R-0005"_s, u"R-0004"_s});
        row("to only", {u"--to"_s, u"2025-03-10"_s}, {u"R-0002"_s, u"R-0001"_s});
        row("empty range", {u"--from"_s, u"2025-04-01"_s}, {});
        row("account", {u"--account"_s, u"0123456789"_s}, {u"R-0004"_s, u"R-0001"_s});
        row("product", {u"--product"_s, u"SSPN"_s}, {u"R-0005"_s, u"R-0003"_s});
        row("product and status", {u"--product"_s, u"D"_s, u"--status"_s, u"failed"_s}, {u"R-0002"_s});
        row("refid", {u"--refid"_s, u"R-0002"_s}, {u"R-0002"_s});
        row("refid prefix", {u"--refid"_s, u"R-000*"_s},
            {u"R-0005"_s, u"R-0004"_s, u"R-0003"_s, u"R-0002"_s, u"R-0001"_s});
        row("no such refid", {u"--refid"_s, u"R-000"_s}, {});
    }

    void filters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        QCOMPARE(refids(arguments), expected);
        // The text listing has one line per sale.
        const KaunterRunner::Result r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), expected.size());
    }

    void csv()
    {
        const QString file = m_outDir.filePath(u"all.csv"_s);
        const KaunterRunner::Result r = run({u"history"_s, u"--csv"_s, file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("5 sale(s)"), r.out.constData());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "Refid,Created,"));
        QCOMPARE(csv.count("\r\n"), 6);
        QCOMPARE(csv.count('\n'), 6);
        QVERIFY(csv.contains("\"a, \"\"b\"\"\""));
        QVERIFY(csv.contains("XXXXXX-XX-5678"));
        QVERIFY(csv.contains("2025-03-11T01:00:00+08:00"));   // R-0003 in the terminal's time
        for (const char *never : {"9999-8888-7777", "v.example", "900101145678", "Succesful"})
            QVERIFY2(!csv.contains(never), never);

        const QString pending = m_outDir.filePath(u"pending.csv"_s);
        const KaunterRunner::Result p =
            run({u"history"_s, u"--status"_s, u"pending"_s, u"--csv"_s, pending, u"--json"_s});
        QCOMPARE(p.exitCode, 0);
        QCOMPARE(p.json().object().value("rows"_L1).toInt(), 2);
        QFile pf(pending);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        QCOMPARE(pf.readAll().count("\r\n"), 3);
    }

    void csvCannotBeWritten()
    {
        const QString file = m_outDir.filePath(u"no/such/folder/x.csv"_s);
        const KaunterRunner::Result r = run({u"history"_s, u"--csv"_s, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(file));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("names");
        QTest::newRow("bad date") << QStringList{u"--from"_s, u"2025-13-01"_s} << u"--from"_s;
        QTest::newRow("not a date") << QStringList{u"--to"_s, u"yesterday"_s} << u"--to"_s;
        QTest::newRow("from after to") << QStringList{u"--from"_s, u"2025-03-12"_s, u"--to"_s, u"2025-03-10"_s}
                                       << u"--from"_s;
        QTest::newRow("unknown status") << QStringList{u"--status"_s, u"paid"_s} << u"--status"_s;
        QTest::newRow("one unknown of two") << QStringList{u"--status"_s, u"pending,paid"_s} << u"paid"_s;
        QTest::newRow("empty account") << QStringList{u"--account"_s, u""_s} << u"--account"_s;
        QTest::newRow("repeated") << QStringList{u"--product"_s, u"D"_s, u"--product"_s, u"X"_s} << u"--product"_s;
        QTest::newRow("option of pay") << QStringList{u"--amount"_s, u"10"_s} << u"amount"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, names);
        const QString file = m_outDir.filePath(u"bad.csv"_s);
        const KaunterRunner::Result r = run(QStringList{u"history"_s} + arguments + QStringList{u"--csv"_s, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(names), r.err.constData());
        QVERIFY(!QFile::exists(file));   // nothing written
    }

    void helpNamesTheFilters()
    {
        const KaunterRunner::Result r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--from", "--to", "--status", "pending", "--account", "--product", "--refid", "--csv"})
            QVERIFY2(r.out.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"

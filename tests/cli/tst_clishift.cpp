#include "JournalSql.h"
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

// `kaunter shift open|status|close` and `kaunter zreport`, run as the real binary on one
// journal, in order (each slot goes on from the previous one's journal). No API is configured
// or reached: shifts only touch the journal. Bad input exits 2 and writes nothing.
class TestCliShift : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_outDir;

    KaunterRunner::Result run(const QStringList &arguments)
    {
        return KaunterRunner::journalOnly(m_dataDir.path()).run(arguments);
    }

    QVariant scalar(const QString &sql) const
    {
        return JournalSql::scalar(JournalSql::journalFile(m_dataDir), sql);
    }

    // Sales rung up now (after the shift opened), as the till would have journaled them.
    bool insertSales(const QList<std::pair<const char *, const char *>> &rows)
    {
        const QString name = QUuid::createUuid().toString();
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(JournalSql::journalFile(m_dataDir));
            ok = db.open();
            QSqlQuery q(db);
            int n = int(scalar(u"SELECT count(*) FROM sales"_s).toInt());
            for (const auto &[state, amount] : rows) {
                if (!ok)
                    break;
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                q.prepare(u"INSERT INTO sales (refid, terminal_id, product, account, amount, request_body, "
                          "state, created_at, updated_at) VALUES (?, 'T', 'D', '0123456789', ?, x'7b7d', ?, ?, ?)"_s);
                for (const QVariant &v : QVariantList{u"S-%1"_s.arg(++n), QString::fromLatin1(amount),
                                                      QString::fromLatin1(state), now, now})
                    q.addBindValue(v);
                ok = q.exec();
                if (!ok)
                    qWarning() << q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    int shifts() { return scalar(u"SELECT count(*) FROM shifts"_s).toInt(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid() && m_outDir.isValid());
        ManualClock clock;
        Journal journal(clock);
        QVERIFY2(journal.open(m_dataDir.path()), qPrintable(journal.errorString()));
    }

    void noShiftYet()
    {
        const KaunterRunner::Result r = run({u"shift"_s, u"status"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value("open"_L1), QJsonValue(false));
        const KaunterRunner::Result close = run({u"shift"_s, u"close"_s, u"--counted"_s, u"10"_s});
        QCOMPARE(close.exitCode, 2);
        QVERIFY2(close.err.contains("No shift is open"), close.err.constData());
        QVERIFY(close.out.isEmpty());
        QCOMPARE(run({u"zreport"_s}).exitCode, 2);
    }

    void badOpenWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const QStringList open{u"shift"_s, u"open"_s};
        QTest::newRow("no cashier") << open + QStringList{u"--float"_s, u"100"_s} << QByteArray("--cashier");
        QTest::newRow("no float") << open + QStringList{u"--cashier"_s, u"Aminah"_s} << QByteArray("--float");
        QTest::newRow("empty cashier") << open + QStringList{u"--cashier"_s, u" "_s, u"--float"_s, u"1"_s}
                                       << QByteArray("name");
        QTest::newRow("negative float") << open + QStringList{u"--cashier"_s, u"A"_s, u"--float"_s, u"-5"_s}
                                        << QByteArray("--float");
        QTest::newRow("sub-sen float") << open + QStringList{u"--cashier"_s, u"A"_s, u"--float"_s, u"1.005"_s}
                                       << QByteArray("--float");
        QTest::newRow("malformed float") << open + QStringList{u"--cashier"_s, u"A"_s, u"--float"_s, u"1 0"_s}
                                         << QByteArray("--float");
        QTest::newRow("count at open") << open + QStringList{u"--cashier"_s, u"A"_s, u"--float"_s, u"1"_s,
                                                             u"--counted"_s, u"1"_s}
                                       << QByteArray("--counted");
        QTest::newRow("no action") << QStringList{u"shift"_s} << QByteArray("open, status or close");
        QTest::newRow("unknown action") << QStringList{u"shift"_s, u"reopen"_s} << QByteArray("open, status or close");
    }

    void badOpenWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const KaunterRunner::Result r = run(arguments + QStringList{u"--json"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY2(r.json().object().contains("error"_L1), r.out.constData());
        QCOMPARE(shifts(), 0);
    }

    void openThenRefuseASecond()
    {
        const KaunterRunner::Result r =
            run({u"shift"_s, u"open"_s, u"--cashier"_s, u"Aminah"_s, u"--float"_s, u"RM 100"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value("openingFloat"_L1).toString(), u"100.00"_s);
        QCOMPARE(r.json().object().value("cashier"_L1).toString(), u"Aminah"_s);
        const KaunterRunner::Result again =
            run({u"shift"_s, u"open"_s, u"--cashier"_s, u"Badrul"_s, u"--float"_s, u"0"_s});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("already open"), again.err.constData());
        QCOMPARE(shifts(), 1);
    }

    // The shift so far: totals and the pending count, never the expected cash.
    void statusDuringTheShift()
    {
        QVERIFY(insertSales({{"Succesful", "10.00"}, {"Unknown", "5.00"}, {"Failed", "7.00"}, {"Refund", "2.00"}}));
        const KaunterRunner::Result r = run({u"shift"_s, u"status"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value("open"_L1), QJsonValue(true));
        QCOMPARE(o.value("sales"_L1).toInt(), 4);
        QCOMPARE(o.value("pendingCount"_L1).toInt(), 1);
        QVERIFY(!o.contains("expectedCash"_L1));
        const KaunterRunner::Result text = run({u"shift"_s, u"status"_s});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("Aminah") && text.out.contains("S-2"), text.out.constData());
        QVERIFY2(!text.out.contains("Expected"), text.out.constData());
    }

    void badCloseKeepsTheShiftOpen_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no count") << QStringList{};
        QTest::newRow("negative") << QStringList{u"--counted"_s, u"-1"_s};
        QTest::newRow("malformed") << QStringList{u"--counted"_s, u"abc"_s};
        QTest::newRow("float at close") << QStringList{u"--counted"_s, u"1"_s, u"--float"_s, u"1"_s};
    }

    void badCloseKeepsTheShiftOpen()
    {
        QFETCH(QStringList, arguments);
        const KaunterRunner::Result r = run(QStringList{u"shift"_s, u"close"_s} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());   // nothing about the expected cash before a valid count
        QCOMPARE(scalar(u"SELECT count(*) FROM shifts WHERE closed_at IS NULL"_s).toInt(), 1);
    }

    // Expected = 100.00 float + 10.00 successful + 5.00 pending; counted 110.00: 5.00 short.
    void closeWithTheCount()
    {
        const KaunterRunner::Result r = run({u"shift"_s, u"close"_s, u"--counted"_s, u"110"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value("zNumber"_L1).toInt(), 1);
        QCOMPARE(o.value("expectedCash"_L1).toString(), u"115.00"_s);
        QCOMPARE(o.value("countedCash"_L1).toString(), u"110.00"_s);
        QCOMPARE(o.value("variance"_L1).toString(), u"-5.00"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM shifts WHERE closed_at IS NULL"_s).toInt(), 0);
        const KaunterRunner::Result again = run({u"shift"_s, u"close"_s, u"--counted"_s, u"110"_s});
        QCOMPARE(again.exitCode, 2);
    }

    void reprintAndExport()
    {
        const KaunterRunner::Result text = run({u"zreport"_s, u"1"_s});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("Z-report No. 1") && text.out.contains("-RM 5.00"), text.out.constData());
        QCOMPARE(run({u"zreport"_s, u"--json"_s}).json().object().value("zNumber"_L1).toInt(), 1);

        const QString csv = m_outDir.filePath(u"z1.csv"_s);
        const QString pdf = m_outDir.filePath(u"z1.pdf"_s);
        const KaunterRunner::Result files =
            run({u"zreport"_s, u"1"_s, u"--csv"_s, csv, u"--pdf"_s, pdf, u"--json"_s});
        QVERIFY2(files.exitCode == 0, files.err.constData());
        QCOMPARE(files.json().object().value("pdf"_L1).toString(), pdf);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(bytes.contains("\r\ncash,variance,,-5.00,\r\n"), bytes.constData());
        QVERIFY2(bytes.contains("\r\npending,S-2,,5.00,Unknown\r\n"), bytes.constData());
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QVERIFY(p.size() > 1000);
    }

    void refusedReprints_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no such number") << QStringList{u"zreport"_s, u"5"_s};
        QTest::newRow("zero") << QStringList{u"zreport"_s, u"0"_s};
        QTest::newRow("not a number") << QStringList{u"zreport"_s, u"one"_s};
        QTest::newRow("unwritable csv") << QStringList{u"zreport"_s, u"--csv"_s, u"/proc/nope/z.csv"_s};
    }

    void refusedReprints()
    {
        QFETCH(QStringList, arguments);
        const KaunterRunner::Result r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    // The next shift is numbered 2 and only holds its own sales.
    void nextShiftNumberedTwo()
    {
        QVERIFY2(run({u"shift"_s, u"open"_s, u"--cashier"_s, u"Badrul"_s, u"--float"_s, u"50"_s}).exitCode == 0,
                 "open");
        const KaunterRunner::Result r = run({u"shift"_s, u"close"_s, u"--counted"_s, u"50.00"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value("zNumber"_L1).toInt(), 2);
        QCOMPARE(r.json().object().value("sales"_L1).toInt(), 0);
        QCOMPARE(r.json().object().value("variance"_L1).toString(), u"0.00"_s);
        QCOMPARE(run({u"zreport"_s, u"--json"_s}).json().object().value("zNumber"_L1).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliShift)
#include "tst_clishift.moc"

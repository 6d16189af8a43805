#include "KaunterRunner.h"

#include "journal/Journal.h"
#include "services/DriverLock.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// `kaunter reconcile --date YYYY-MM-DD [--json]` as the real binary (issue 10): sales paid with
// `kaunter pay` against the simulator, then 0 when both sides agree, 40 with each difference
// and what to do, 2 when IIMMPACT's list cannot be read or the date is wrong; the result is
// kept in <data>/reports. It only reads, so it runs beside a till that drives the journal.
// `reconcile --shift [N]` does the same for Z-report N's shift, opened to closed.
class TestCliReconcile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<KaunterRunner> m_kaunter;

    QString dataDir() const { return m_dir->filePath(u"data"_s); }
    static QString today()
    {
        return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
    }

    static QString describe(const KaunterRunner::Result &r)
    {
        return u"exit %1, stdout: %2, stderr: %3"_s.arg(r.exitCode).arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
    }

    QString pay(const QString &account, const QString &amount)
    {
        const KaunterRunner::Result r = m_kaunter->run({u"pay"_s, u"--product"_s, u"D"_s, u"--account"_s, account,
                                                        u"--amount"_s, amount, u"--poll-interval"_s, u"0.1"_s,
                                                        u"--json"_s});
        [&] { QVERIFY2(r.exitCode == 0, qPrintable(describe(r))); }();
        return r.json().object().value("refid"_L1).toString();
    }

    QString terminalId() const
    {
        SystemClock clock;
        Journal journal(clock);
        return journal.open(dataDir()) ? journal.terminalId() : QString();
    }

    static QStringList kinds(const QJsonObject &result)
    {
        QStringList out;
        for (const QJsonValue &d : result.value("differences"_L1).toArray())
            out << d.toObject().value("kind"_L1).toString() + u' ' + d.toObject().value("refid"_L1).toString();
        return out;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Simulator::Options o;
        o.acceptedMs = 50;
        o.processingMs = 50;
        o.billerCount = 50;
        m_sim = std::make_unique<Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_kaunter = std::make_unique<KaunterRunner>(m_sim->baseUrl(), Simulator::demoApiKey(),
                                                    Simulator::demoSecretBase64(), dataDir());
    }

    void cleanup()
    {
        m_kaunter.reset();
        m_sim.reset();
        m_dir.reset();
    }

    void agreeExitsZeroAndKeepsTheReport()
    {
        pay(u"0123456789"_s, u"10"_s);
        pay(u"0123456788"_s, u"5"_s);
        const KaunterRunner::Result r = m_kaunter->run({u"reconcile"_s, u"--date"_s, today(), u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject json = r.json().object();
        QCOMPARE(json.value("agree"_L1).toBool(), true);
        QCOMPARE(json.value("date"_L1).toString(), today());
        QCOMPARE(json.value("counts"_L1).toObject().value("matched"_L1).toInt(), 2);
        QCOMPARE(json.value("differences"_L1).toArray().size(), 0);
        const QString report = json.value("report"_L1).toString();
        QCOMPARE(report, QDir(dataDir()).filePath(u"reports/reconcile-%1.json"_s.arg(today())));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject kept = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject printed = json;
        printed.remove(u"report"_s);
        QCOMPARE(kept, printed);

        const KaunterRunner::Result text = m_kaunter->run({u"reconcile"_s, u"--date"_s, today()});
        QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
        QVERIFY2(text.out.contains("agree"), text.out.constData());
    }

    void differencesExitForty()
    {
        const QString hidden = pay(u"0123456789"_s, u"10"_s);
        const QString refunded = pay(u"0123456788"_s, u"5"_s);
        QVERIFY(m_sim->hideFromTransactionList(hidden));
        QVERIFY(m_sim->setTransactionStatus(refunded, u"Refund"_s));
        const QString lost = terminalId() + QDate::fromString(today(), Qt::ISODate).toString(u"-yyyyMMdd-999999"_s);
        m_sim->addListedTransaction(lost, u"D"_s, u"0123456787"_s, 20);
        const int sent = m_sim->topupRequestCount(hidden) + m_sim->topupRequestCount(refunded);

        const KaunterRunner::Result r = m_kaunter->run({u"reconcile"_s, u"--date"_s, today(), u"--json"_s});
        QVERIFY2(r.exitCode == 40, qPrintable(describe(r)));
        const QJsonObject json = r.json().object();
        QCOMPARE(json.value("agree"_L1).toBool(true), false);
        QCOMPARE(kinds(json), (QStringList{u"MissingAtIimmpact "_s + hidden, u"StatusDiffers "_s + refunded,
                                           u"MissingInJournal "_s + lost}));
        const QJsonObject status = json.value("differences"_L1).toArray().at(1).toObject();
        QCOMPARE(status.value("action"_L1).toString(), u"check-status"_s);
        QCOMPARE(status.value("journal"_L1).toObject().value("status"_L1).toString(), u"Succesful"_s);
        QCOMPARE(status.value("iimmpact"_L1).toObject().value("status"_L1).toString(), u"Refund"_s);

        const KaunterRunner::Result text = m_kaunter->run({u"reconcile"_s, u"--date"_s, today()});
        QVERIFY2(text.exitCode == 40, qPrintable(describe(text)));
        QCOMPARE(text.out.count("What to do:"), 3);
        QVERIFY(text.out.contains(hidden.toUtf8()));
        // Reconciling sends nothing: no status query either (it would record the refund).
        QCOMPARE(m_sim->topupRequestCount(hidden) + m_sim->topupRequestCount(refunded), sent);
    }

    void unreadableListExitsTwo()
    {
        pay(u"0123456789"_s, u"10"_s);
        m_sim->setTransactionListUnavailable(1);
        const KaunterRunner::Result r = m_kaunter->run({u"reconcile"_s, u"--date"_s, today(), u"--json"_s});
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QCOMPARE(r.json().object().value("agree"_L1).toBool(true), false);
        QCOMPARE(r.json().object().value("failure"_L1).toString(), u"server"_s);
        QVERIFY(r.err.contains("503"));
        // The report says it failed: support sees the last attempt.
        QFile file(QDir(dataDir()).filePath(u"reports/reconcile-%1.json"_s.arg(today())));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value("failure"_L1).toString(), u"server"_s);
    }

    void badDateIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no date") << QStringList{};
        QTest::newRow("not a day") << QStringList{u"--date"_s, u"2025-02-30"_s};
        QTest::newRow("not a date") << QStringList{u"--date"_s, u"yesterday"_s};
        QTest::newRow("twice") << QStringList{u"--date"_s, u"2025-02-01"_s, u"--date"_s, u"2025-02-02"_s};
        QTest::newRow("an option of history") << QStringList{u"--date"_s, u"2025-02-01"_s, u"--csv"_s, u"x"_s};
    }

    void badDateIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        const KaunterRunner::Result r = m_kaunter->run(QStringList{u"reconcile"_s} + arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY(r.err.contains("Usage:"));
        QCOMPARE(m_sim->transactionListRequestCount(), 0);
        QVERIFY(!QDir(dataDir()).exists(u"reports"_s));
    }

    // A sale before the shift, two in it (one hidden from IIMMPACT's list), one after the close
    // (also hidden): only the shift's hidden sale is a difference, for --shift and --shift 1.
    void shiftReconcilesTheZReportsPeriod()
    {
        const QString before = pay(u"0123456780"_s, u"5"_s);
        const KaunterRunner::Result opened =
            m_kaunter->run({u"shift"_s, u"open"_s, u"--cashier"_s, u"Aminah"_s, u"--float"_s, u"100"_s});
        QVERIFY2(opened.exitCode == 0, qPrintable(describe(opened)));
        const QString inShift = pay(u"0123456789"_s, u"10"_s);
        const QString hidden = pay(u"0123456788"_s, u"5"_s);
        const KaunterRunner::Result closed = m_kaunter->run({u"shift"_s, u"close"_s, u"--counted"_s, u"115"_s});
        QVERIFY2(closed.exitCode == 0, qPrintable(describe(closed)));
        QTest::qWait(5);   // the next sale's created time is after the close
        const QString after = pay(u"0123456787"_s, u"5"_s);
        QVERIFY(m_sim->hideFromTransactionList(hidden));
        QVERIFY(m_sim->hideFromTransactionList(after));
        QVERIFY(m_sim->hideFromTransactionList(before));

        for (const QStringList &args : {QStringList{u"--shift"_s}, QStringList{u"--shift"_s, u"1"_s},
                                        QStringList{u"1"_s, u"--shift"_s}}) {
            const KaunterRunner::Result r = m_kaunter->run(QStringList{u"reconcile"_s} + args + QStringList{u"--json"_s});
            QVERIFY2(r.exitCode == 40, qPrintable(describe(r)));
            const QJsonObject json = r.json().object();
            QCOMPARE(json.value("zNumber"_L1).toInt(), 1);
            QCOMPARE(kinds(json), QStringList{u"MissingAtIimmpact "_s + hidden});
            QCOMPARE(json.value("counts"_L1).toObject().value("matched"_L1).toInt(), 1);
            QCOMPARE(json.value("report"_L1).toString(), QDir(dataDir()).filePath(u"reports/reconcile-z1.json"_s));
        }
        QVERIFY(!inShift.isEmpty());
        // The day's report is not replaced by a shift's.
        QVERIFY(!QFile::exists(QDir(dataDir()).filePath(u"reports/reconcile-%1.json"_s.arg(today()))));

        const KaunterRunner::Result text = m_kaunter->run({u"reconcile"_s, u"--shift"_s});
        QVERIFY2(text.exitCode == 40, qPrintable(describe(text)));
        QVERIFY2(text.out.contains("Z-report No. 1"), text.out.constData());
        QCOMPARE(text.out.count("What to do:"), 1);
    }

    void shiftWithoutThatZReportIsRefused()
    {
        const KaunterRunner::Result none = m_kaunter->run({u"reconcile"_s, u"--shift"_s, u"--json"_s});
        QVERIFY2(none.exitCode == 2, qPrintable(describe(none)));
        QVERIFY2(none.err.contains("Z-report"), none.err.constData());
        QCOMPARE(m_sim->transactionListRequestCount(), 0);
        QVERIFY(!QDir(dataDir()).exists(u"reports"_s));
    }

    void shiftOrDateNotBoth_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("both") << QStringList{u"--date"_s, u"2025-02-01"_s, u"--shift"_s};
        QTest::newRow("not a number") << QStringList{u"--shift"_s, u"three"_s};
        QTest::newRow("zero") << QStringList{u"--shift"_s, u"0"_s};
        QTest::newRow("two numbers") << QStringList{u"--shift"_s, u"1"_s, u"2"_s};
        QTest::newRow("a number with --date") << QStringList{u"--date"_s, u"2025-02-01"_s, u"3"_s};
    }

    void shiftOrDateNotBoth()
    {
        QFETCH(QStringList, arguments);
        const KaunterRunner::Result r = m_kaunter->run(QStringList{u"reconcile"_s} + arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("Usage:"), r.err.constData());
        QCOMPARE(m_sim->transactionListRequestCount(), 0);
    }

    void runsBesideTheDriver()
    {
        pay(u"0123456789"_s, u"10"_s);
        DriverLock lock(dataDir());
        QCOMPARE(lock.acquire(), DriverLock::Result::Acquired);
        const KaunterRunner::Result r = m_kaunter->run({u"reconcile"_s, u"--date"_s, today(), u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliReconcile)
#include "tst_clireconcile.moc"

#include "KaunterRunner.h"
#include "services/DriverLock.h"
#include "sim/Simulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The real `kaunter` binary as a till starts it (offscreen): it refuses to drive a journal
// another process drives, and it shares the default journal and its driver lock with the CLI.
class TestGuiStartup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;

    static QString pid() { return QString::number(QCoreApplication::applicationPid()); }

private slots:
    void initTestCase()
    {
        Simulator::Options o;
        o.acceptedMs = 50;
        o.processingMs = 100;
        o.billerCount = 20;
        m_sim = std::make_unique<Simulator>(o);
        QString why;
        QVERIFY2(m_sim->start(&why), qPrintable(why));
    }

    // A second till on the same journal sends nothing: it says who holds the journal and exits
    // 3 (as `kaunter pay` does) before it opens the journal or starts anything.
    void secondDriverIsRefusedBeforeTheJournalOpens()
    {
        QTemporaryDir dir;
        const QString demoFolder = QDir(dir.path()).filePath(u"demo"_s);
        QVERIFY(QDir().mkpath(demoFolder));
        KaunterRunner kaunter(m_sim->baseUrl(), Simulator::demoApiKey(), Simulator::demoSecretBase64(), dir.path());
        QProcessEnvironment env = kaunter.environment();
        env.insert(u"KAUNTER_STARTUP_PROBE"_s, u"1"_s);   // no person to close a message box
        {
            DriverLock held(demoFolder);
            QCOMPARE(held.acquire(), DriverLock::Result::Acquired);
            const auto r = kaunter.run({u"--demo"_s}, env);
            QVERIFY2(r.exitCode == 3, r.err.constData());
            QVERIFY2(r.err.contains("already running"), r.err.constData());
            QVERIFY2(QString::fromUtf8(r.err).contains(pid()), r.err.constData());
            QVERIFY(!r.out.contains("ready-ms"));
            QVERIFY(!QFile::exists(QDir(demoFolder).filePath(u"journal.sqlite"_s)));
        }
        // The holder is gone: the same command starts and reaches "ready".
        const auto r = kaunter.run({u"--demo"_s}, env, 60000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("ready-ms"), r.out.constData());
        QVERIFY(QFile::exists(QDir(demoFolder).filePath(u"journal.sqlite"_s)));
    }

    // No --data-dir, no KAUNTER_DATA_DIR: the GUI (application name "Kaunter") and the CLI
    // ("kaunter") use one journal under the platform default, and one lock. While the till runs,
    // recover exits 3 naming it; history reads beside it; after the till is killed (-9), the
    // stale lock is recovered and recover runs.
    void guiAndCliShareTheDefaultJournalAndItsLock()
    {
        QTemporaryDir dir;
        const QString xdg = QDir(dir.path()).filePath(u"xdg"_s);
        KaunterRunner kaunter(m_sim->baseUrl(), Simulator::demoApiKey(), Simulator::demoSecretBase64(), QString());
        QProcessEnvironment env = kaunter.environment();
        env.remove(u"KAUNTER_DATA_DIR"_s);
        env.insert(u"XDG_DATA_HOME"_s, xdg);
        env.insert(u"HOME"_s, QDir(dir.path()).filePath(u"home"_s));
        const QString folder = QDir(xdg).filePath(u"Kaunter"_s);
        const QString journal = QDir(folder).filePath(u"journal.sqlite"_s);

        QProcess till;
        till.setProcessEnvironment(env);
        till.start(KaunterRunner::binary(), {});
        QVERIFY2(till.waitForStarted(10000), qPrintable(till.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(journal), 20000);
        QCOMPARE(till.state(), QProcess::Running);

        const auto busy = kaunter.run({u"recover"_s}, env);
        QVERIFY2(busy.exitCode == 3, busy.err.constData());
        QVERIFY2(QString::fromUtf8(busy.err).contains(QString::number(till.processId())), busy.err.constData());
        const auto history = kaunter.run({u"history"_s, u"--json"_s}, env);
        QVERIFY2(history.exitCode == 0, history.err.constData());
        QVERIFY(history.json().isArray());

        till.kill();   // SIGKILL: the lock file stays behind
        QVERIFY(till.waitForFinished(10000));
        QVERIFY(QFile::exists(QDir(folder).filePath(DriverLock::fileName())));

        const auto recovered = kaunter.run({u"recover"_s}, env);
        QVERIFY2(recovered.exitCode == 0, recovered.err.constData());
        // It worked on the till's journal: the CLI's default is the GUI's.
        const auto paid = kaunter.run({u"pay"_s, u"--product"_s, u"D"_s, u"--account"_s, u"0123456789"_s,
                                       u"--amount"_s, u"10"_s, u"--poll-interval"_s, u"0.1"_s, u"--json"_s},
                                      env);
        QVERIFY2(paid.exitCode == 0, paid.err.constData());
        QVERIFY(QFile::exists(journal));
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(u"xdg/kaunter/journal.sqlite"_s)));
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(u"xdg/Kaunter/Kaunter/journal.sqlite"_s)));
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(u"xdg/Kaunter/kaunter/journal.sqlite"_s)));
        const auto after = kaunter.run({u"history"_s, u"--json"_s}, env);
        QCOMPARE(after.json().array().size(), 1);
    }
};

QTEST_MAIN(TestGuiStartup)
#include "tst_guistartup.moc"

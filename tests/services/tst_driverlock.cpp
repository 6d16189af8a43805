#include "services/DriverLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// One process drives a journal at a time: a second DriverLock, in this process or another,
// answers Busy naming the holder; a holder that died (kill -9) or a lock file that names
// nobody does not block the till for ever.
class TestDriverLock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString folder() const { return m_dir->path(); }
    QString lockPath() const { return QDir(folder()).filePath(DriverLock::fileName()); }

    // Starts driverlock_holder on `dataFolder` and waits for its first line.
    static QString startHolder(QProcess &process, const QString &dataFolder)
    {
        process.setProgram(QStringLiteral(DRIVERLOCK_HOLDER));
        process.setArguments({dataFolder});
        process.start();
        if (!process.waitForStarted(10000))
            return u"not started: "_s + process.errorString();
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(10000))
                return u"no answer: "_s + QString::fromUtf8(process.readAllStandardError());
        }
        return QString::fromUtf8(process.readLine()).trimmed();
    }

    static void stopHolder(QProcess &process)
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.closeWriteChannel();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(10000);
        }
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void acquireInEmptyFolder()
    {
        DriverLock lock(folder());
        QCOMPARE(lock.filePath(), lockPath());
        QVERIFY(!lock.isHeld());
        QCOMPARE(lock.acquire(), DriverLock::Result::Acquired);
        QVERIFY(lock.isHeld());
        QVERIFY(QFileInfo::exists(lockPath()));
        QVERIFY(lock.errorString().isEmpty());
        // Held already by this object: Acquired again, not Busy with itself.
        QCOMPARE(lock.acquire(), DriverLock::Result::Acquired);
        lock.release();
        QVERIFY(!lock.isHeld());
        QVERIFY(!QFileInfo::exists(lockPath()));
    }

    void secondLockIsBusyUntilReleased()
    {
        DriverLock first(folder());
        QCOMPARE(first.acquire(), DriverLock::Result::Acquired);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);

        DriverLock second(folder());
        QCOMPARE(second.acquire(), DriverLock::Result::Busy);
        QVERIFY(!second.isHeld());
        const DriverLock::Holder holder = second.holder();
        QCOMPARE(holder.pid, QCoreApplication::applicationPid());
        QVERIFY(!holder.hostname.isEmpty());
        QVERIFY(!holder.appName.isEmpty());
        QVERIFY(holder.since.isValid());
        QVERIFY(holder.since >= before);
        QVERIFY(holder.since <= QDateTime::currentDateTimeUtc().addSecs(5));
        const QString pid = QString::number(QCoreApplication::applicationPid());
        QVERIFY2(second.errorString().contains(pid), qPrintable(second.errorString()));
        // Busy leaves the holder's file alone.
        QVERIFY(first.isHeld());
        QVERIFY(QFileInfo::exists(lockPath()));

        first.release();
        QCOMPARE(second.acquire(), DriverLock::Result::Acquired);
        QVERIFY(second.errorString().isEmpty());
        QCOMPARE(second.holder().pid, 0);
        // And now the first one is the one turned away.
        QCOMPARE(first.acquire(), DriverLock::Result::Busy);
        QCOMPARE(first.holder().pid, QCoreApplication::applicationPid());
    }

    // The destructor releases: a driver that exits normally leaves no lock behind.
    void destructorReleases()
    {
        {
            DriverLock scoped(folder());
            QCOMPARE(scoped.acquire(), DriverLock::Result::Acquired);
        }
        QVERIFY(!QFileInfo::exists(lockPath()));
        DriverLock next(folder());
        QCOMPARE(next.acquire(), DriverLock::Result::Acquired);
    }

    // Another process holds it: Busy naming that process, until it exits.
    void otherProcessHolds()
    {
        QProcess holder;
        const QString line = startHolder(holder, folder());
        QVERIFY2(line.startsWith(u"locked "_s), qPrintable(line));
        const qint64 holderPid = holder.processId();
        QCOMPARE(line, u"locked "_s + QString::number(holderPid));

        DriverLock lock(folder());
        QCOMPARE(lock.acquire(), DriverLock::Result::Busy);
        QCOMPARE(lock.holder().pid, holderPid);
        QVERIFY(lock.holder().since.isValid());
        QVERIFY2(lock.errorString().contains(QString::number(holderPid)), qPrintable(lock.errorString()));

        stopHolder(holder);
        QCOMPARE(holder.exitStatus(), QProcess::NormalExit);
        QCOMPARE(holder.exitCode(), 0);
        QCOMPARE(lock.acquire(), DriverLock::Result::Acquired);
    }

    // The other direction: this process holds it, the other process is turned away naming us.
    void otherProcessIsTurnedAway()
    {
        DriverLock lock(folder());
        QCOMPARE(lock.acquire(), DriverLock::Result::Acquired);
        QProcess second;
        const QString line = startHolder(second, folder());
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 3);
        QVERIFY2(line.startsWith(u"busy "_s), qPrintable(line));
        QVERIFY2(line.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(line));
        QVERIFY(lock.isHeld());
    }

    // kill -9 of the holder: its lock file stays, naming a process that no longer runs, and
    // the next driver takes over without anyone deleting files by hand.
    void staleLockOfKilledHolderIsRecovered()
    {
        QProcess holder;
        const QString line = startHolder(holder, folder());
        QVERIFY2(line.startsWith(u"locked "_s), qPrintable(line));
        const qint64 holderPid = holder.processId();

        DriverLock lock(folder());
        QCOMPARE(lock.acquire(), DriverLock::Result::Busy);
        QCOMPARE(lock.holder().pid, holderPid);

        holder.kill();   // SIGKILL: no destructor, no unlock
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitStatus(), QProcess::CrashExit);
        QVERIFY2(QFileInfo::exists(lockPath()), "a killed holder leaves its lock file behind");

        QCOMPARE(lock.acquire(), DriverLock::Result::Acquired);
        QVERIFY(lock.isHeld());
        QVERIFY(lock.errorString().isEmpty());
        // The file now names this process.
        DriverLock probe(folder());
        QCOMPARE(probe.acquire(), DriverLock::Result::Busy);
        QCOMPARE(probe.holder().pid, QCoreApplication::applicationPid());
    }

    // A till sells for days under one lock: age alone never makes a live holder's lock stale,
    // and `since` is when the lock file was written.
    void oldLockOfLiveHolderIsBusy()
    {
        QProcess holder;
        const QString line = startHolder(holder, folder());
        QVERIFY2(line.startsWith(u"locked "_s), qPrintable(line));
        const QDateTime threeDaysAgo = QDateTime::currentDateTimeUtc().addDays(-3);
        {
            QFile file(lockPath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.setFileTime(threeDaysAgo, QFileDevice::FileModificationTime));
        }

        DriverLock lock(folder());
        QCOMPARE(lock.acquire(), DriverLock::Result::Busy);
        QCOMPARE(lock.holder().pid, holder.processId());
        QVERIFY(qAbs(lock.holder().since.secsTo(threeDaysAgo)) <= 2);
        QVERIFY(QFileInfo::exists(lockPath()));
        stopHolder(holder);
        QCOMPARE(holder.exitCode(), 0);
    }

    // A lock file that names nobody (power lost between creating and filling it): recovered
    // once it is old, but a fresh one may still be being written and is respected.
    void unnamedLockFile_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<int>("ageSecs");
        QTest::addColumn<bool>("recovered");
        QTest::newRow("empty, a minute old") << QByteArray() << 60 << true;
        QTest::newRow("empty, an hour old") << QByteArray() << 3600 << true;
        QTest::newRow("garbage pid, a minute old") << QByteArray("not-a-pid\n") << 60 << true;
        QTest::newRow("empty, just written") << QByteArray() << 0 << false;
    }
    void unnamedLockFile()
    {
        QFETCH(QByteArray, contents);
        QFETCH(int, ageSecs);
        QFETCH(bool, recovered);

        QFile file(lockPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        QVERIFY(file.flush());   // before setting the time: a later flush would make it "now"
        const QDateTime written = QDateTime::currentDateTimeUtc().addSecs(-ageSecs);
        QVERIFY(file.setFileTime(written, QFileDevice::FileModificationTime));
        file.close();

        DriverLock lock(folder());
        if (recovered) {
            QCOMPARE(lock.acquire(), DriverLock::Result::Acquired);
            QVERIFY(lock.isHeld());
        } else {
            QCOMPARE(lock.acquire(), DriverLock::Result::Busy);
            QVERIFY(!lock.isHeld());
            QCOMPARE(lock.holder().pid, 0);
            QVERIFY(lock.holder().since.isValid());
            QVERIFY2(lock.errorString().contains(QDir::toNativeSeparators(lockPath())),
                     qPrintable(lock.errorString()));
            QCOMPARE(QFile(lockPath()).size(), qint64(contents.size()));
        }
    }

    // A folder the lock file cannot be written in: Error naming the file, not Busy.
    void unwritableFolderIsAnError()
    {
        const QString missing = m_dir->filePath(u"no/such/folder"_s);
        DriverLock lock(missing);
        QCOMPARE(lock.acquire(), DriverLock::Result::Error);
        QVERIFY(!lock.isHeld());
        QVERIFY2(lock.errorString().contains(QDir::toNativeSeparators(lock.filePath())),
                 qPrintable(lock.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestDriverLock)
#include "tst_driverlock.moc"

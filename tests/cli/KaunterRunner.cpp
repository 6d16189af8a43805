#include "KaunterRunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QTest>

KaunterRunner::KaunterRunner(const QUrl &apiBase, const QByteArray &apiKey,
                             const QByteArray &secretBase64, const QString &dataDir)
{
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    const QStringList keys = system.keys();
    for (const QString &key : keys) {
        if (!key.startsWith(QLatin1String("KAUNTER_")))
            m_env.insert(key, system.value(key));
    }
    m_env.insert(QStringLiteral("KAUNTER_API_BASE"), apiBase.toString());
    m_env.insert(QStringLiteral("KAUNTER_API_KEY"), QString::fromLatin1(apiKey));
    m_env.insert(QStringLiteral("KAUNTER_API_SECRET"), QString::fromLatin1(secretBase64));
    m_env.insert(QStringLiteral("KAUNTER_DATA_DIR"), dataDir);
}

KaunterRunner KaunterRunner::journalOnly(const QString &dataDir)
{
    KaunterRunner runner(QUrl(), {}, {}, dataDir);
    runner.m_env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Kuala_Lumpur"));
    return runner;
}

QString KaunterRunner::Result::describe() const
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

QString KaunterRunner::binary()
{
    return QStringLiteral(KAUNTER_BIN);
}

KaunterRunner::Result KaunterRunner::run(const QStringList &arguments, int timeoutMs) const
{
    return run(arguments, m_env, timeoutMs);
}

KaunterRunner::Result KaunterRunner::run(const QStringList &arguments, const QProcessEnvironment &env,
                                         int timeoutMs) const
{
    Result r;
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(binary(), arguments);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    // A local event loop, not qWait() (which sleeps between event batches): the simulator
    // on this thread must answer the child promptly.
    if (p.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
    }
    if (p.state() != QProcess::NotRunning) {
        r.timedOut = true;
        p.kill();
        while (p.state() != QProcess::NotRunning)
            QTest::qWait(5);
    }
    r.elapsedMs = t.elapsed();
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

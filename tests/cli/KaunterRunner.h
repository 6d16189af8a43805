#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

// Runs the built `kaunter` binary as a child process while the caller's event loop keeps
// running (the in-process simulator lives on the test's thread and must keep answering):
// never QProcess::waitForFinished.
class KaunterRunner
{
public:
    struct Result
    {
        int exitCode = -1;
        bool crashed = false;          // killed by a signal (failpoints)
        bool timedOut = false;
        QByteArray out;
        QByteArray err;
        qint64 elapsedMs = 0;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
        // "exit N, stdout: ..., stderr: ...", for a failing QVERIFY2's message.
        QString describe() const;
    };

    // Environment without any KAUNTER_* variable of the caller, plus the given API settings.
    KaunterRunner(const QUrl &apiBase, const QByteArray &apiKey, const QByteArray &secretBase64,
                  const QString &dataDir);

    // For the commands that only touch the journal (history, shift, zreport, receipt): no API
    // configured, and the child in Malaysian time so a sale's local day is the till's whatever
    // the host's time zone.
    static KaunterRunner journalOnly(const QString &dataDir);

    QProcessEnvironment &environment() { return m_env; }
    Result run(const QStringList &arguments, int timeoutMs = 30000) const;
    Result run(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 30000) const;

    static QString binary();

private:
    QProcessEnvironment m_env;
};

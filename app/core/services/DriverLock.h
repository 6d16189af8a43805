#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>

class QLockFile;

// "One process drives a journal's sales at a time": a lock file next to the journal
// (<data folder>/journal.lock), held for its lifetime by every process that can send
// /v2/topup (the GUI, `kaunter pay`, `status`, `recover`, ...). A second driver would resend
// bodies it holds in memory over what the first one learned, so it must send nothing.
//
// A lock left behind by a holder that died (kill -9, power loss) is recovered: QLockFile sees
// that the recorded process no longer runs on this host (or that the machine rebooted since)
// and removes the file; a lock file that names no holder at all (power lost while it was being
// written) is removed once it is older than a few seconds.
class DriverLock
{
    Q_DECLARE_TR_FUNCTIONS(DriverLock)
public:
    enum class Result { Acquired, Busy, Error };

    // Who holds the lock when acquire() answered Busy.
    struct Holder
    {
        qint64 pid = 0;
        QString hostname;
        QString appName;
        QDateTime since;   // the lock file's modification time (when it was taken)
    };

    explicit DriverLock(const QString &dataFolder);
    ~DriverLock();   // releases
    DriverLock(const DriverLock &) = delete;
    DriverLock &operator=(const DriverLock &) = delete;

    // Never waits. Acquired again when already held by this object.
    Result acquire();
    void release();
    bool isHeld() const;

    Holder holder() const { return m_holder; }
    QString filePath() const { return m_path; }
    // Busy: names the holder (pid, host, program, since when); Error: why the lock file
    // cannot be written. Translated.
    QString errorString() const { return m_error; }

    static QString fileName();

private:
    bool readHolder();

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    Holder m_holder;
    QString m_error;
};

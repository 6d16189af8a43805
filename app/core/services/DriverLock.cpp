#include "DriverLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace {
// A lock file with no readable holder is one whose writer was cut off between creating and
// filling it. The writer fills it at once; after this long it is not coming back.
constexpr qint64 UnreadableLockGraceMs = 5000;
}

DriverLock::DriverLock(const QString &dataFolder)
    : m_path(QDir(dataFolder).filePath(fileName()))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    // No age limit: a till may sell for days under one lock; only a dead holder makes it stale.
    m_lock->setStaleLockTime(0);
}

DriverLock::~DriverLock() = default;   // QLockFile's destructor unlocks

QString DriverLock::fileName()
{
    return u"journal.lock"_s;
}

bool DriverLock::isHeld() const
{
    return m_lock->isLocked();
}

void DriverLock::release()
{
    m_lock->unlock();
}

DriverLock::Result DriverLock::acquire()
{
    if (m_lock->isLocked())
        return Result::Acquired;
    m_error.clear();
    m_holder = {};
    // tryLock() itself removes a lock whose holder is gone (QLockFile compares pid, host and
    // boot); the second round is for a lock file that names nobody.
    for (int round = 0; round < 2; ++round) {
        if (m_lock->tryLock(0))
            return Result::Acquired;
        if (m_lock->error() != QLockFile::LockFailedError) {
            m_error = tr("The lock file %1 cannot be created (%2).")
                          .arg(QDir::toNativeSeparators(m_path),
                               m_lock->error() == QLockFile::PermissionError ? tr("permission denied")
                                                                            : tr("unknown error"));
            return Result::Error;
        }
        if (readHolder())
            break;
        const QDateTime written = QFileInfo(m_path).lastModified().toUTC();
        if (round > 0 || !written.isValid()
            || qAbs(written.msecsTo(QDateTime::currentDateTimeUtc())) < UnreadableLockGraceMs)
            break;
        m_lock->removeStaleLockFile();
    }
    if (m_holder.pid > 0) {
        m_error = tr("Kaunter is already running on this journal: process %1 (%2) on %3 has held it "
                     "since %4.")
                      .arg(m_holder.pid)
                      .arg(m_holder.appName.isEmpty() ? tr("unknown program") : m_holder.appName,
                           m_holder.hostname.isEmpty() ? tr("this computer") : m_holder.hostname,
                           m_holder.since.toLocalTime().toString(Qt::ISODate));
    } else {
        m_error = tr("Kaunter is already running on this journal (the lock file %1 was written "
                     "at %2 and names no process yet).")
                      .arg(QDir::toNativeSeparators(m_path),
                           m_holder.since.toLocalTime().toString(Qt::ISODate));
    }
    return Result::Busy;
}

bool DriverLock::readHolder()
{
    m_holder.since = QFileInfo(m_path).lastModified().toUTC();
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock->getLockInfo(&pid, &host, &app) || pid <= 0)
        return false;
    m_holder.pid = pid;
    m_holder.hostname = host;
    m_holder.appName = app;
    return true;
}

#pragma once

#include <QDateTime>
#include <QtGlobal>

// Wall-clock time, injected wherever a timestamp is taken (request signing, journal times,
// refids) so tests can move it, freeze it or run it backwards. Deadlines and poll waits are
// measured on the monotonic clock (QDeadlineTimer / QElapsedTimer) instead, so a wall clock
// that jumps cannot shorten or stretch a payment's deadline.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;                 // UTC
    qint64 secsSinceEpoch() const { return now().toSecsSinceEpoch(); }
    qint64 msecsSinceEpoch() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// For tests: a clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1704067200, Qt::UTC))
        : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceMSecs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

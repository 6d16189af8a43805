#include "DebouncedLookup.h"

#include <QTimer>

DebouncedLookup::DebouncedLookup(int delayMs, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, &DebouncedLookup::due);
}

void DebouncedLookup::schedule()
{
    m_timer->start();
}

void DebouncedLookup::cancel()
{
    m_timer->stop();
    m_pending = 0;
}

void DebouncedLookup::reset()
{
    cancel();
    m_key.clear();
}

bool DebouncedLookup::isScheduled() const
{
    return m_timer->isActive();
}

bool DebouncedLookup::take(quint64 requestId)
{
    if (requestId != m_pending)
        return false;
    m_pending = 0;
    return true;
}

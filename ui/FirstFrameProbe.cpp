#include "FirstFrameProbe.h"

#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

namespace {
qint64 statusField(const char *name)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key(name);
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key)) {
            const QList<QByteArray> parts = line.mid(key.size()).simplified().split(' ');
            return parts.isEmpty() ? -1 : parts.first().toLongLong();
        }
    }
    return -1;
}
}

FirstFrameProbe::FirstFrameProbe(QWidget *watched)
    : QObject(watched)
{
    watched->installEventFilter(this);
}

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint) {
        m_seen = true;
        watched->removeEventFilter(this);
        // after this paint event (and the flush that follows it) has been handled
        QTimer::singleShot(0, this, &FirstFrameProbe::firstFrame);
    }
    return false;
}

qint64 FirstFrameProbe::peakRssKiB()
{
    return statusField("VmHWM:");
}

qint64 FirstFrameProbe::currentRssKiB()
{
    return statusField("VmRSS:");
}

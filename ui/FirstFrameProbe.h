#pragma once

#include <QObject>

class QWidget;

// Reports when a widget has painted for the first time (start-up measurements: the
// benchmark runs `kaunter --demo` with KAUNTER_STARTUP_PROBE=1). Also reads the process's peak
// resident memory where the platform tells it (Linux /proc/self/status VmHWM).
class FirstFrameProbe : public QObject
{
    Q_OBJECT
public:
    explicit FirstFrameProbe(QWidget *watched);

    static qint64 peakRssKiB();      // -1 when unknown
    static qint64 currentRssKiB();   // -1 when unknown

signals:
    void firstFrame();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};

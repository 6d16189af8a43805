#pragma once

#include <QObject>
#include <QString>

class QTimer;

// The bookkeeping of a look-up a form makes for what the cashier typed (plans for a number,
// accounts for an IC, bill presentment for an account): the wait after the last keystroke
// (due() fires when it is over), the key the last look-up was made for, and the request id
// whose answer is awaited, so an answer for input no longer in the form is dropped.
class DebouncedLookup : public QObject
{
    Q_OBJECT
public:
    DebouncedLookup(int delayMs, QObject *parent);

    // Waits delayMs again before due(); typing on restarts the wait.
    void schedule();
    // Stops the wait and drops the awaited answer; the key stays.
    void cancel();
    // cancel(), and forgets the key: the input no longer matches any look-up.
    void reset();

    bool isScheduled() const;
    // An answer is awaited.
    bool isPending() const { return m_pending != 0; }
    QString key() const { return m_key; }

    // A look-up is being made for key (set before the request, which may answer at once).
    void setKey(const QString &key) { m_key = key; }
    // The request's id, as the catalogue returned it.
    void await(quint64 requestId) { m_pending = requestId; }
    // True when requestId is the awaited answer (no longer awaited after this); false for
    // an answer that belongs to earlier input.
    bool take(quint64 requestId);

signals:
    void due();

private:
    QTimer *m_timer = nullptr;
    QString m_key;
    quint64 m_pending = 0;
};

#pragma once

#include "journal/SaleRecord.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

// While a sale is being settled: the live status (Sending, Accepted, Processing, checking
// again), the countdown to the next re-query and the elapsed time. There is no cancel: money
// may already have moved. Leaving keeps the sale pending and re-queried in the background.
class ProcessingPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProcessingPage(QWidget *parent = nullptr);

    void start(const QString &refid, const QString &productName, const QString &account,
               const QString &amount);
    QString refid() const { return m_refid; }
    void updateSale(const SaleRecord &sale);
    void setNextQueryIn(int msecs);
    void setRequestStarted(int attempt);

    QString statusText() const;
    QString countdownText() const;
    QString elapsedText() const;
    QPushButton *backgroundButton() const { return m_background; }

signals:
    void backgroundRequested();

private:
    void tick();

    QString m_refid;
    QLabel *m_summary = nullptr;
    QLabel *m_refidLabel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_elapsed = nullptr;
    QPushButton *m_background = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_since;
    QElapsedTimer m_nextAt;
    int m_nextMs = -1;
    bool m_inFlight = false;
};

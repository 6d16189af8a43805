#pragma once

#include "PrintResult.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QTcpSocket;

// Hands one finished ESC/POS job (EscPosRaster::encodeJob) to a printer, asynchronously: send()
// returns at once and finished() follows exactly once per accepted job, always from the event
// loop (never from inside send()), so the GUI thread never waits for a printer. A failed job
// is only reported; Retry is sending the same bytes again.
class PrinterTransport : public QObject
{
    Q_OBJECT
public:
    explicit PrinterTransport(QObject *parent = nullptr);
    ~PrinterTransport() override;

    // False, and no finished(), for an empty job or while the previous job has not finished.
    bool send(const QByteArray &job);
    // The cashier's Retry: the last job sent, byte for byte, again. False while busy or before
    // any job was sent.
    bool retry();
    bool isBusy() const { return m_busy; }

    // Where the jobs go, for the log: "tcp 192.168.1.50:9100", "device /dev/usb/lp0".
    virtual QString target() const = 0;

signals:
    void finished(const PrintResult &result);

protected:
    virtual void start(const QByteArray &job) = 0;
    // Ends the current job: logs it and emits finished(). `detail` (an OS or socket error)
    // goes to the log only.
    void finish(const PrintResult &result, const QString &detail = {});
    // The same, from the event loop: for outcomes known inside start().
    void finishLater(const PrintResult &result, const QString &detail = {});

private:
    bool m_busy = false;
    qint64 m_jobBytes = 0;
    QByteArray m_lastJob;
};

// A network printer's raw port (JetDirect, 9100). Before the job it asks the printer for its
// paper sensor (DLE EOT 4) and refuses to send when the paper end bits are set; a printer
// that does not answer within statusWindowMs prints anyway (many never answer).
class TcpPrinterTransport : public PrinterTransport
{
    Q_OBJECT
public:
    explicit TcpPrinterTransport(const QString &host, quint16 port = 9100, int timeoutMs = 5000,
                                 QObject *parent = nullptr);
    ~TcpPrinterTransport() override;

    void setStatusWindowMs(int ms) { m_statusWindowMs = ms; }
    int statusWindowMs() const { return m_statusWindowMs; }
    QString target() const override;

    // What a DLE EOT 4 answer says: true when `status` is a real status byte (fixed bits
    // 0x12 set, 0x81 clear) with both paper end bits (0x60) set.
    static bool isPaperEnd(quint8 status);

protected:
    void start(const QByteArray &job) override;

private:
    enum class Phase { Idle, Connecting, Status, Sending };
    void onConnected();
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onSocketError();
    void onTimeout();
    void startSending();
    void end(const PrintResult &result, const QString &detail = {});

    QString m_host;
    quint16 m_port;
    int m_timeoutMs;
    int m_statusWindowMs = 700;
    Phase m_phase = Phase::Idle;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timer;
    QByteArray m_job;
    qint64 m_written = 0;
    qint64 m_queryBytesUnwritten = 0;
};

// A printer seen as a device file: /dev/usb/lp0 (USB printer class), /dev/ttyUSB0 or
// /dev/ttyS0 (serial; the port's speed is the system's, set once with stty). The write runs
// on a worker thread because a printer out of paper makes the kernel block the write; after
// timeoutMs the job is reported as Offline and a new job is refused until that write ends.
class DevicePrinterTransport : public PrinterTransport
{
    Q_OBJECT
public:
    explicit DevicePrinterTransport(const QString &path, int timeoutMs = 10000, QObject *parent = nullptr);
    ~DevicePrinterTransport() override;

    QString target() const override;
    // A write abandoned after the timeout is still blocked in the kernel.
    bool hasStuckWrite() const { return m_stuckWrites > 0; }

    struct Outcome;   // one write's result, from the worker thread

protected:
    void start(const QByteArray &job) override;

private:
    void onWorkerDone(quint64 generation, const Outcome &outcome);

    QString m_path;
    int m_timeoutMs;
    QTimer m_timer;
    quint64 m_generation = 0;
    int m_stuckWrites = 0;
};

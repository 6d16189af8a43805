#include "PrinterTransport.h"

#include "util/Log.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// PrinterTransport

PrinterTransport::PrinterTransport(QObject *parent)
    : QObject(parent)
{
}

PrinterTransport::~PrinterTransport() = default;

bool PrinterTransport::send(const QByteArray &job)
{
    if (job.isEmpty()) {
        qCWarning(lcPrint).noquote() << "empty job for" << target() << "refused";
        return false;
    }
    if (m_busy) {
        qCWarning(lcPrint).noquote() << "job of" << job.size() << "bytes refused: the previous job to" << target()
                                     << "has not finished";
        return false;
    }
    m_busy = true;
    m_jobBytes = job.size();
    m_lastJob = job;
    qCInfo(lcPrint).noquote() << u"sending a job of %1 bytes to %2"_s.arg(job.size()).arg(target());
    start(job);
    return true;
}

bool PrinterTransport::retry()
{
    if (m_lastJob.isEmpty())
        return false;
    return send(QByteArray(m_lastJob));
}

void PrinterTransport::finish(const PrintResult &result, const QString &detail)
{
    if (!m_busy)
        return;
    m_busy = false;
    const QString line = u"job of %1 bytes to %2: %3%4"_s.arg(m_jobBytes)
                             .arg(target(), PrintResult::kindName(result.kind),
                                  detail.isEmpty() ? QString() : u" ("_s + detail + u')');
    if (result.printed())
        qCInfo(lcPrint).noquote() << line;
    else
        qCWarning(lcPrint).noquote() << line;
    emit finished(result);
}

void PrinterTransport::finishLater(const PrintResult &result, const QString &detail)
{
    QMetaObject::invokeMethod(
        this, [this, result, detail] { finish(result, detail); }, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------
// TcpPrinterTransport

namespace {
const QByteArray PaperSensorQuery("\x10\x04\x04", 3);   // DLE EOT 4: roll paper sensor status
}

TcpPrinterTransport::TcpPrinterTransport(const QString &host, quint16 port, int timeoutMs, QObject *parent)
    : PrinterTransport(parent)
    , m_host(host)
    , m_port(port)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TcpPrinterTransport::onTimeout);
}

TcpPrinterTransport::~TcpPrinterTransport()
{
    if (m_socket)
        m_socket->abort();
}

QString TcpPrinterTransport::target() const
{
    return u"tcp %1:%2"_s.arg(m_host).arg(m_port);
}

bool TcpPrinterTransport::isPaperEnd(quint8 status)
{
    const bool isStatusByte = (status & 0x93) == 0x12;
    return isStatusByte && (status & 0x60) == 0x60;
}

void TcpPrinterTransport::start(const QByteArray &job)
{
    m_job = job;
    m_written = 0;
    m_queryBytesUnwritten = 0;
    m_phase = Phase::Connecting;
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &TcpPrinterTransport::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpPrinterTransport::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TcpPrinterTransport::onBytesWritten);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpPrinterTransport::onSocketError);
    m_timer.start(m_timeoutMs);
    m_socket->connectToHost(m_host, m_port);
}

void TcpPrinterTransport::onConnected()
{
    m_phase = Phase::Status;
    m_queryBytesUnwritten = PaperSensorQuery.size();
    m_socket->write(PaperSensorQuery);
    m_timer.start(m_statusWindowMs);
}

void TcpPrinterTransport::onReadyRead()
{
    const QByteArray answer = m_socket->readAll();
    if (m_phase != Phase::Status || answer.isEmpty())
        return;   // a late status answer or chatter while the job goes out: not ours to judge
    const auto status = static_cast<quint8>(answer.at(0));
    if (isPaperEnd(status)) {
        end(PrintResult::failure(PrintResult::Kind::PaperOut),
            u"DLE EOT 4 answered 0x%1"_s.arg(int(status), 2, 16, QChar(u'0')));
        return;
    }
    qCDebug(lcPrint).noquote() << u"%1: paper sensor 0x%2%3"_s.arg(target())
                                      .arg(int(status), 2, 16, QChar(u'0'))
                                      .arg((status & 0x0c) == 0x0c ? u" (paper near end)"_s : QString());
    startSending();
}

void TcpPrinterTransport::startSending()
{
    m_phase = Phase::Sending;
    m_timer.start(m_timeoutMs);
    m_socket->write(m_job);
}

void TcpPrinterTransport::onBytesWritten(qint64 bytes)
{
    // The status query goes out first; its bytes may be reported together with the job's.
    const qint64 query = std::min(bytes, m_queryBytesUnwritten);
    m_queryBytesUnwritten -= query;
    bytes -= query;
    if (m_phase != Phase::Sending || bytes == 0)
        return;
    m_written += bytes;
    m_timer.start(m_timeoutMs);   // the timeout is for a printer that stops taking data
    if (m_written < m_job.size())
        return;
    // Every byte is with the operating system, which delivers it before the FIN it sends when
    // the socket closes; the printer prints from its buffer after that.
    m_socket->disconnectFromHost();
    end(PrintResult::success());
}

void TcpPrinterTransport::onSocketError()
{
    if (!m_socket || m_phase == Phase::Idle)
        return;
    const QString detail = m_socket->errorString();
    using Kind = PrintResult::Kind;
    switch (m_socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        end(PrintResult::failure(Kind::Refused), detail);
        return;
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::SocketTimeoutError:
    case QAbstractSocket::NetworkError:
        end(PrintResult::failure(Kind::Unreachable), detail);
        return;
    case QAbstractSocket::RemoteHostClosedError:
        // Closed by the printer before it had the whole job: busy with another till, cover
        // open, or an error it does not say.
        end(PrintResult::failure(m_phase == Phase::Connecting ? Kind::Refused : Kind::Offline), detail);
        return;
    default:
        end(PrintResult::failure(Kind::WriteFailed), detail);
        return;
    }
}

void TcpPrinterTransport::onTimeout()
{
    using Kind = PrintResult::Kind;
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::Connecting:
        end(PrintResult::failure(Kind::Unreachable), u"no connection within %1 ms"_s.arg(m_timeoutMs));
        return;
    case Phase::Status:
        // Silence is "unknown": plenty of printers never answer real-time status on 9100.
        qCDebug(lcPrint).noquote() << target() << "did not answer DLE EOT 4; printing anyway";
        startSending();
        return;
    case Phase::Sending:
        end(PrintResult::failure(Kind::Offline),
            u"%1 of %2 bytes taken within %3 ms"_s.arg(m_written).arg(m_job.size()).arg(m_timeoutMs));
        return;
    }
}

void TcpPrinterTransport::end(const PrintResult &result, const QString &detail)
{
    m_phase = Phase::Idle;
    m_timer.stop();
    m_job.clear();
    if (m_socket) {
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        if (!result.printed())
            socket->abort();
        socket->deleteLater();
    }
    finish(result, detail);
}

// ---------------------------------------------------------------------------------------------
// DevicePrinterTransport

struct DevicePrinterTransport::Outcome
{
    PrintResult result;
    QString detail;
};

namespace {

QString permissionMessage()
{
    return DevicePrinterTransport::tr(
        "Kaunter is not allowed to use the printer. Ask the person who set up this till to add its "
        "user to the \"lp\" group (USB printers) or the \"dialout\" group (serial printers) and to log "
        "in again, then press Retry.");
}

#ifdef Q_OS_UNIX
// A serial port in its default cooked mode turns every 0x0A byte of the raster into 0D 0A.
void makeOutputRaw(int fd)
{
    if (fd < 0 || !isatty(fd))
        return;
    termios t{};
    if (tcgetattr(fd, &t) == 0) {
        t.c_oflag &= ~tcflag_t(OPOST);
        tcsetattr(fd, TCSANOW, &t);
    }
}

PrintResult::Kind kindForErrno(int error, bool opening)
{
    using Kind = PrintResult::Kind;
    switch (error) {
    case ENOENT:
    case ENODEV:
    case ENXIO:
        return Kind::DeviceMissing;   // unplugged, or never there
    case ENOSPC:
        return Kind::PaperOut;   // usblp reports paper out so when it aborts
    case EIO:
    case EBUSY:
    case EAGAIN:
        return opening ? Kind::WriteFailed : Kind::Offline;
    default:
        return Kind::WriteFailed;
    }
}
#endif

// Runs on the worker thread: no Qt object of the GUI thread is touched here.
DevicePrinterTransport::Outcome writeJob(const QString &path, const QByteArray &job)
{
    using Kind = PrintResult::Kind;
    QFile file(path);
    // ExistingOnly: a device that vanished must not come back as a new regular file.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered | QIODevice::ExistingOnly)) {
#ifdef Q_OS_UNIX
        const int error = errno;
        if (error == EACCES || error == EPERM)
            return {PrintResult::failure(Kind::WriteFailed, permissionMessage()), file.errorString()};
        return {PrintResult::failure(kindForErrno(error, true)), file.errorString()};
#else
        if (file.error() == QFileDevice::PermissionsError)
            return {PrintResult::failure(Kind::WriteFailed, permissionMessage()), file.errorString()};
        return {PrintResult::failure(QFileInfo::exists(path) ? Kind::WriteFailed : Kind::DeviceMissing),
                file.errorString()};
#endif
    }
#ifdef Q_OS_UNIX
    makeOutputRaw(file.handle());
#endif
    qint64 done = 0;
    while (done < job.size()) {
        const qint64 n = file.write(job.constData() + done, job.size() - done);
        if (n <= 0) {
#ifdef Q_OS_UNIX
            const int error = errno;
            return {PrintResult::failure(kindForErrno(error, false)),
                    u"%1 of %2 bytes written: %3"_s.arg(done)
                        .arg(job.size())
                        .arg(QString::fromLocal8Bit(std::strerror(error)))};
#else
            return {PrintResult::failure(Kind::WriteFailed),
                    u"%1 of %2 bytes written: %3"_s.arg(done).arg(job.size()).arg(file.errorString())};
#endif
        }
        done += n;
    }
    file.close();
    return {PrintResult::success(), {}};
}

} // namespace

DevicePrinterTransport::DevicePrinterTransport(const QString &path, int timeoutMs, QObject *parent)
    : PrinterTransport(parent)
    , m_path(path)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // The write stays blocked in the kernel; its late outcome is logged and dropped.
        ++m_stuckWrites;
        ++m_generation;
        finish(PrintResult::failure(PrintResult::Kind::Offline),
               u"the write did not return within %1 ms"_s.arg(m_timeoutMs));
    });
}

DevicePrinterTransport::~DevicePrinterTransport() = default;

QString DevicePrinterTransport::target() const
{
    return u"device "_s + m_path;
}

void DevicePrinterTransport::start(const QByteArray &job)
{
    if (m_stuckWrites > 0) {
        finishLater(PrintResult::failure(PrintResult::Kind::Offline), u"the previous write is still blocked"_s);
        return;
    }
    if (!QFileInfo::exists(m_path)) {
        finishLater(PrintResult::failure(PrintResult::Kind::DeviceMissing), m_path + u" does not exist"_s);
        return;
    }

    const quint64 generation = ++m_generation;
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_path;
    QThread *worker = QThread::create([path, job, outcome] { *outcome = writeJob(path, job); });
    // Not a child of this transport: a thread blocked in write() must outlive it, and deletes
    // itself once the write returns.
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, generation, outcome] { onWorkerDone(generation, *outcome); });
    m_timer.start(m_timeoutMs);
    worker->start();
}

void DevicePrinterTransport::onWorkerDone(quint64 generation, const Outcome &outcome)
{
    if (generation != m_generation) {
        --m_stuckWrites;
        qCInfo(lcPrint).noquote() << u"a blocked write to %1 returned late: %2"_s.arg(
            target(), PrintResult::kindName(outcome.result.kind));
        return;
    }
    m_timer.stop();
    finish(outcome.result, outcome.detail);
}

#include "print/EscPosRaster.h"
#include "print/PrinterTransport.h"

#include <QFile>
#include <QGuiApplication>
#include <QMetaEnum>
#include <QPainter>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using Kind = PrintResult::Kind;
using Paper = EscPosRaster::PaperWidth;

Q_DECLARE_METATYPE(EscPosRaster::PaperWidth)

namespace {

const QByteArray StatusQuery("\x10\x04\x04", 3);

// A network thermal printer on loopback: keeps every byte of each connection, and answers
// the DLE EOT 4 paper sensor query the way it is told to (or not at all, as many do).
class FakePrinter : public QObject
{
public:
    enum class Answer { Silent, PaperPresent, PaperEnd, HangUp };

    explicit FakePrinter(Answer answer)
        : m_answer(answer)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                received.clear();
                closed = false;
                answered = false;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    onData(socket);
                    closed = true;
                    socket->deleteLater();
                });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    void setAnswer(Answer answer) { m_answer = answer; }

    QByteArray received;   // of the last connection
    bool closed = false;
    bool answered = false;
    int connections = 0;

private:
    void onData(QTcpSocket *socket)
    {
        received += socket->readAll();
        if (answered || !received.startsWith(StatusQuery))
            return;
        answered = true;
        switch (m_answer) {
        case Answer::Silent:
            break;
        case Answer::PaperPresent:
            socket->write(QByteArray(1, char(0x12)));
            break;
        case Answer::PaperEnd:
            socket->write(QByteArray(1, char(0x72)));
            break;   // 0x12 | 0x60
        case Answer::HangUp:
            socket->disconnectFromHost();
            break;
        }
    }

    Answer m_answer;
    QTcpServer m_server;
};

QImage receiptImage(int width)
{
    QImage image(width, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font = painter.font();
    font.setPixelSize(24);
    painter.setFont(font);
    painter.drawText(QRect(0, 0, width, 60), Qt::AlignCenter, u"Terima kasih 谢谢 நன்றி"_s);
    painter.fillRect(QRect(10, 80, width - 20, 200), QColor(90, 90, 90));
    return image;
}

PrintResult resultOf(const QSignalSpy &spy)
{
    return spy.constLast().constFirst().value<PrintResult>();
}

quint16 portWithoutListener()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class tst_PrinterTransport : public QObject
{
    Q_OBJECT
private slots:
    void printsOverTcp_data();
    void printsOverTcp();
    void paperOutPrintsNothingAndRetryPrints();
    void refusedWhenNothingListens();
    void unreachableHost();
    void offlineWhenPrinterHangsUp();
    void secondSendWhileBusyIsRefused();
    void paperEndStatusByte_data();
    void paperEndStatusByte();
    void deviceFileGetsTheJob();
    void missingDevice();
    void deviceNotAllowed();
    void blockedDeviceTimesOutAsOffline();
    void everyKindHasAMessage();
};

void tst_PrinterTransport::printsOverTcp_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<bool>("answersStatus");
    QTest::newRow("58mm, answers status") << Paper::Mm58 << true;
    QTest::newRow("80mm, answers status") << Paper::Mm80 << true;
    QTest::newRow("58mm, never answers status") << Paper::Mm58 << false;
    QTest::newRow("80mm, never answers status") << Paper::Mm80 << false;
}

void tst_PrinterTransport::printsOverTcp()
{
    QFETCH(Paper, paper);
    QFETCH(bool, answersStatus);
    FakePrinter printer(answersStatus ? FakePrinter::Answer::PaperPresent : FakePrinter::Answer::Silent);
    const QImage source = receiptImage(EscPosRaster::dots(paper));
    const QByteArray job = EscPosRaster::encodeJob(source, paper);

    TcpPrinterTransport transport(u"127.0.0.1"_s, printer.port(), 5000);
    transport.setStatusWindowMs(300);
    QSignalSpy spy(&transport, &PrinterTransport::finished);
    QVERIFY(transport.send(job));
    QCOMPARE(spy.count(), 0);   // never from inside send()
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
    const PrintResult result = resultOf(spy);
    QCOMPARE(result.kind, Kind::Printed);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!transport.isBusy());

    QTRY_VERIFY(printer.closed);
    QVERIFY(printer.received.startsWith(StatusQuery));
    QCOMPARE(printer.received.mid(StatusQuery.size()), job);
    const EscPosRaster::Decoded decoded = EscPosRaster::decode(printer.received.mid(StatusQuery.size()));
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QVERIFY(decoded.init && decoded.cut);
    QCOMPARE(decoded.image, EscPosRaster::toMonochrome(source, paper));
    QCOMPARE(spy.count(), 1);
}

void tst_PrinterTransport::paperOutPrintsNothingAndRetryPrints()
{
    FakePrinter printer(FakePrinter::Answer::PaperEnd);
    const QByteArray job = EscPosRaster::encodeJob(receiptImage(384), Paper::Mm58);
    TcpPrinterTransport transport(u"127.0.0.1"_s, printer.port(), 5000);
    transport.setStatusWindowMs(2000);   // the answer comes at once; the window is not what ends it
    QSignalSpy spy(&transport, &PrinterTransport::finished);

    QVERIFY(!transport.retry());   // nothing to retry yet
    QVERIFY(transport.send(job));
    QTRY_COMPARE(spy.count(), 1);
    const PrintResult result = resultOf(spy);
    QCOMPARE(result.kind, Kind::PaperOut);
    QVERIFY(result.retryable);
    QVERIFY(!result.message.isEmpty());
    QTRY_VERIFY(printer.closed);
    QCOMPARE(printer.received, StatusQuery);   // not one byte of the job

    // New roll in, Retry: the same bytes print.
    printer.setAnswer(FakePrinter::Answer::PaperPresent);
    QVERIFY(transport.retry());
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(resultOf(spy).kind, Kind::Printed);
    QTRY_VERIFY(printer.closed);
    QCOMPARE(printer.received.mid(StatusQuery.size()), job);
    QCOMPARE(printer.connections, 2);
}

void tst_PrinterTransport::refusedWhenNothingListens()
{
    const quint16 port = portWithoutListener();
    QVERIFY(port != 0);
    TcpPrinterTransport transport(u"127.0.0.1"_s, port, 5000);
    QSignalSpy spy(&transport, &PrinterTransport::finished);
    QVERIFY(transport.send(EscPosRaster::encodeJob(receiptImage(384), Paper::Mm58)));
    QTRY_COMPARE(spy.count(), 1);
    const PrintResult result = resultOf(spy);
    QCOMPARE(result.kind, Kind::Refused);
    QVERIFY(result.retryable);
    QVERIFY(!result.message.isEmpty());
}

void tst_PrinterTransport::unreachableHost()
{
    // .invalid never resolves (RFC 2606); without DNS the lookup times out instead. Both are
    // "did not answer" for the cashier.
    TcpPrinterTransport transport(u"printer.invalid"_s, 9100, 1500);
    QSignalSpy spy(&transport, &PrinterTransport::finished);
    QVERIFY(transport.send(EscPosRaster::encodeJob(receiptImage(384), Paper::Mm58)));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
    const PrintResult result = resultOf(spy);
    QCOMPARE(result.kind, Kind::Unreachable);
    QVERIFY(result.retryable);
    QVERIFY(!result.message.isEmpty());
}

void tst_PrinterTransport::offlineWhenPrinterHangsUp()
{
    FakePrinter printer(FakePrinter::Answer::HangUp);
    TcpPrinterTransport transport(u"127.0.0.1"_s, printer.port(), 5000);
    transport.setStatusWindowMs(3000);
    QSignalSpy spy(&transport, &PrinterTransport::finished);
    QVERIFY(transport.send(EscPosRaster::encodeJob(receiptImage(384), Paper::Mm58)));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(resultOf(spy).kind, Kind::Offline);
    QVERIFY(resultOf(spy).retryable);
}

void tst_PrinterTransport::secondSendWhileBusyIsRefused()
{
    FakePrinter printer(FakePrinter::Answer::Silent);
    TcpPrinterTransport transport(u"127.0.0.1"_s, printer.port(), 5000);
    transport.setStatusWindowMs(200);
    QSignalSpy spy(&transport, &PrinterTransport::finished);
    const QByteArray job = EscPosRaster::encodeJob(receiptImage(384), Paper::Mm58);
    QVERIFY(transport.send(job));
    QVERIFY(transport.isBusy());
    QVERIFY(!transport.send(job));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(resultOf(spy).kind, Kind::Printed);
    QTest::qWait(100);
    QCOMPARE(spy.count(), 1);
}

void tst_PrinterTransport::paperEndStatusByte_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("paperEnd");
    QTest::newRow("paper present") << 0x12 << false;
    QTest::newRow("near end only") << 0x1e << false;
    QTest::newRow("paper end") << 0x72 << true;
    QTest::newRow("near end and end") << 0x7e << true;
    QTest::newRow("not a status byte") << 0xff << false;
    QTest::newRow("zero") << 0x00 << false;
}

void tst_PrinterTransport::paperEndStatusByte()
{
    QFETCH(int, status);
    QFETCH(bool, paperEnd);
    QCOMPARE(TcpPrinterTransport::isPaperEnd(quint8(status)), paperEnd);
}

void tst_PrinterTransport::deviceFileGetsTheJob()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"lp0"_s);
    {
        QFile device(path);   // the device node exists; the transport never creates one
        QVERIFY(device.open(QIODevice::WriteOnly));
    }
    const QImage source = receiptImage(576);
    const QByteArray job = EscPosRaster::encodeJob(source, Paper::Mm80);
    DevicePrinterTransport transport(path, 5000);
    QSignalSpy spy(&transport, &PrinterTransport::finished);
    QVERIFY(transport.send(job));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(resultOf(spy).kind, Kind::Printed);

    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QCOMPARE(bytes, job);
    QCOMPARE(EscPosRaster::decode(bytes).image, EscPosRaster::toMonochrome(source, Paper::Mm80));
}

void tst_PrinterTransport::missingDevice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"usb/lp0"_s);
    DevicePrinterTransport transport(path, 5000);
    QSignalSpy spy(&transport, &PrinterTransport::finished);
    QVERIFY(transport.send(EscPosRaster::encodeJob(receiptImage(384), Paper::Mm58)));
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(spy.count(), 1);
    const PrintResult result = resultOf(spy);
    QCOMPARE(result.kind, Kind::DeviceMissing);
    QVERIFY(result.retryable);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!QFile::exists(path));   // nothing created in its place
}

void tst_PrinterTransport::deviceNotAllowed()
{
#ifdef Q_OS_UNIX
    if (geteuid() == 0)
        QSKIP("root may write any file; the permission case needs an ordinary user");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lp0"_s);
    {
        QFile device(path);
        QVERIFY(device.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    DevicePrinterTransport transport(path, 5000);
    QSignalSpy spy(&transport, &PrinterTransport::finished);
    QVERIFY(transport.send(EscPosRaster::encodeJob(receiptImage(384), Paper::Mm58)));
    QTRY_COMPARE(spy.count(), 1);
    const PrintResult result = resultOf(spy);
    QCOMPARE(result.kind, Kind::WriteFailed);
    QVERIFY2(result.message.contains(u"\"lp\""_s) && result.message.contains(u"\"dialout\""_s),
             qPrintable(result.message));
}

void tst_PrinterTransport::blockedDeviceTimesOutAsOffline()
{
#ifndef Q_OS_UNIX
    QSKIP("needs a FIFO to stand in for a printer that does not take data");
#else
    // A FIFO nobody reads blocks the writer, as a USB printer out of paper blocks write().
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lp0"_s);
    QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const QByteArray job = EscPosRaster::encodeJob(receiptImage(384), Paper::Mm58);
    DevicePrinterTransport transport(path, 300);
    QSignalSpy spy(&transport, &PrinterTransport::finished);
    QVERIFY(transport.send(job));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(resultOf(spy).kind, Kind::Offline);
    QVERIFY(resultOf(spy).retryable);
    QVERIFY(transport.hasStuckWrite());

    // Retry while the old write is still stuck: refused at once, no second writer.
    QVERIFY(transport.send(job));
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(resultOf(spy).kind, Kind::Offline);

    // The printer comes back: the stuck write finishes, its late outcome is only logged (no
    // second finished()), and the transport takes jobs again.
    QFile reader(path);
    QVERIFY(reader.open(QIODevice::ReadOnly));
    QByteArray drained;
    while (drained.size() < job.size()) {
        const QByteArray chunk = reader.read(job.size() - drained.size());
        if (chunk.isEmpty())
            break;
        drained += chunk;
    }
    QCOMPARE(drained, job);
    QTRY_VERIFY(!transport.hasStuckWrite());
    reader.close();
    QCOMPARE(spy.count(), 2);
    QVERIFY(!transport.isBusy());
#endif
}

void tst_PrinterTransport::everyKindHasAMessage()
{
    const QMetaEnum kinds = QMetaEnum::fromType<Kind>();
    QCOMPARE(kinds.keyCount(), 7);
    for (int i = 0; i < kinds.keyCount(); ++i) {
        const auto kind = static_cast<Kind>(kinds.value(i));
        QVERIFY2(!PrintResult::standardMessage(kind).isEmpty(), kinds.key(i));
        QVERIFY(!PrintResult::kindName(kind).isEmpty());
        QCOMPARE(PrintResult::failure(kind).retryable, kind != Kind::Printed);
    }
    QCOMPARE(PrintResult::success().kind, Kind::Printed);
    QVERIFY(PrintResult::success().printed());
}

QTEST_MAIN(tst_PrinterTransport)
#include "tst_printertransport.moc"

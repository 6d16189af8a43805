#include "TestSupport.h"
#include "VoucherViewer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using TestSupport::median;

// What opening a voucher link costs now that the browser engine lives in the kaunter-voucher
// helper: time from VoucherViewer::open() to the window shown and to the page loaded, for a
// first link (helper and QtWebEngine start) and a second link (same window), and the memory
// of the helper with its Chromium children. None of it is paid by kaunter at start-up.
// Prints figures only.
class BenchVoucherOpen : public QObject
{
    Q_OBJECT

private:
    QHttpServer m_server;
    quint16 m_port = 0;

    QUrl voucherUrl(int n) const
    {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(m_port);
        url.setPath(u"/voucher/BENCH%1"_s.arg(n));
        return url;
    }

    // Proportional resident memory (PSS: a shared page counts once, split between its users)
    // of `pid` and all its descendants (the helper and Chromium's zygote, GPU, network and
    // renderer processes), from /proc.
    static qint64 treePssKiB(qint64 pid)
    {
        QHash<qint64, qint64> parentOf;
        QHash<qint64, qint64> rss;
        const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            bool isPid = false;
            const qint64 p = entry.toLongLong(&isPid);
            if (!isPid)
                continue;
            QFile status(u"/proc/%1/status"_s.arg(p));
            if (!status.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> lines = status.readAll().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("PPid:"))
                    parentOf.insert(p, line.mid(5).trimmed().toLongLong());
            }
            QFile rollup(u"/proc/%1/smaps_rollup"_s.arg(p));
            if (!rollup.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> memLines = rollup.readAll().split('\n');
            for (const QByteArray &line : memLines) {
                if (line.startsWith("Pss:"))
                    rss.insert(p, line.mid(4).simplified().split(' ').first().toLongLong());
            }
        }
        qint64 total = 0;
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            qint64 p = it.key();
            while (p > 1 && p != pid)
                p = parentOf.value(p, 0);
            if (p == pid)
                total += rss.value(it.key());
        }
        return total;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!VoucherViewer::findHelper().isEmpty());
        m_server.route(u"/voucher/<arg>"_s, [](const QString &token) {
            return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"),
                                       u"<!DOCTYPE html><title>%1</title><h1>Gift card</h1><p>PIN 1234-5678</p>"_s
                                           .arg(token).toUtf8());
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void openVoucher()
    {
        constexpr int Runs = 5;
        QList<qint64> coldShown, coldLoaded, warmLoaded, rss;
        int n = 0;
        for (int run = 0; run < Runs; ++run) {
            VoucherViewer viewer;
            QSignalSpy shown(&viewer, &VoucherViewer::shown);
            QSignalSpy loaded(&viewer, &VoucherViewer::loadFinished);
            QSignalSpy closed(&viewer, &VoucherViewer::closed);
            QElapsedTimer t;
            t.start();
            QVERIFY(viewer.open(voucherUrl(++n)));
            QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
            coldShown.append(t.elapsed());
            QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
            coldLoaded.append(t.elapsed());
            QVERIFY(loaded.first().first().toBool());

            t.restart();
            QVERIFY(viewer.open(voucherUrl(++n)));
            QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
            warmLoaded.append(t.elapsed());

            QTest::qWait(300);   // let the renderer settle before measuring
            rss.append(treePssKiB(viewer.helperProcessId()));
            viewer.close();
            QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 15000);
        }
        qInfo("voucher, first link:  open->window shown %4lld ms, open->page loaded %4lld ms  [median of %d]",
              median(coldShown, qint64(-1)), median(coldLoaded, qint64(-1)), Runs);
        qInfo("voucher, second link: open->page loaded %4lld ms (same helper)  [median of %d]",
              median(warmLoaded, qint64(-1)), Runs);
        qInfo("voucher helper with its Chromium processes: %.1f MiB (PSS) while shown; "
              "0 in kaunter, and freed when the window closes  [median of %d]",
              double(median(rss, qint64(-1))) / 1024.0, Runs);
    }
};

QTEST_GUILESS_MAIN(BenchVoucherOpen)
#include "bench_voucher_open.moc"

#include "KaunterRunner.h"

#include "journal/Journal.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// `kaunter pay` killed with SIGKILL at each crash point (KAUNTER_FAILPOINT, compiled in with
// -DKAUNTER_FAILPOINTS=ON), then `kaunter recover`: the sale reaches its final status and
// the simulator holds exactly one transaction for the refid, every POST with the same body.
class TestKillRecovery : public QObject
{
    Q_OBJECT

private slots:
    void killThenRecover_data()
    {
        QTest::addColumn<QString>("failpoint");
        QTest::addColumn<int>("requestsBeforeRecovery");   // -1: 0 or 1, depends on the kernel
        QTest::addColumn<QString>("journalStateAfterKill");
        QTest::newRow("(a) after the journal commit, before sending")
            << u"after-journal-commit"_s << 0 << u"New"_s;
        QTest::newRow("(b) request in flight") << u"in-flight"_s << -1 << u"New"_s;
        QTest::newRow("(c) after the response, before the journal update")
            << u"after-response"_s << 1 << u"New"_s;
    }
    void killThenRecover()
    {
        QFETCH(QString, failpoint);
        QFETCH(int, requestsBeforeRecovery);
        QFETCH(QString, journalStateAfterKill);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Simulator::Options o;
        o.acceptedMs = 100;
        o.processingMs = 100;
        o.billerCount = 50;
        Simulator sim(o);
        QVERIFY(sim.start());
        const QString data = dir.filePath(u"data"_s);
        KaunterRunner kaunter(sim.baseUrl(), Simulator::demoApiKey(), Simulator::demoSecretBase64(), data);

        QProcessEnvironment env = kaunter.environment();
        env.insert(u"KAUNTER_FAILPOINT"_s, failpoint);
        const auto killed = kaunter.run({u"pay"_s, u"--product"_s, u"D"_s, u"--account"_s, u"0123456789"_s,
                                         u"--amount"_s, u"10"_s, u"--poll-interval"_s, u"0.1"_s,
                                         u"--json"_s}, env);
        QVERIFY2(killed.crashed, killed.err.constData());
        QVERIFY(killed.out.isEmpty());   // died before printing anything

        // The sale is durable and still pending.
        QString refid;
        QByteArray body;
        {
            SystemClock clock;
            Journal journal(clock);
            QVERIFY2(journal.open(data), qPrintable(journal.errorString()));
            const QList<SaleRecord> sales = journal.history(10);
            QCOMPARE(sales.size(), 1);
            refid = sales.first().refid;
            body = sales.first().requestBody;
            QCOMPARE(saleStateName(sales.first().state), journalStateAfterKill);
            QCOMPARE(journal.nonFinalCount(), 1);
        }
        QTest::qWait(50);   // let a request the kernel still flushed reach the simulator
        if (requestsBeforeRecovery >= 0)
            QCOMPARE(sim.topupRequestCount(refid), requestsBeforeRecovery);
        else
            QVERIFY(sim.topupRequestCount(refid) <= 1);
        QVERIFY(sim.transactionCount() <= 1);

        const auto recovered = kaunter.run({u"recover"_s, u"--poll-interval"_s, u"0.1"_s,
                                            u"--deadline"_s, u"15"_s, u"--json"_s});
        QVERIFY2(recovered.exitCode == 0, QByteArray(recovered.out + recovered.err).constData());
        const QJsonArray sales = recovered.json().array();
        QCOMPARE(sales.size(), 1);
        QCOMPARE(sales.first().toObject().value(u"refid"_s).toString(), refid);
        QCOMPARE(sales.first().toObject().value(u"status"_s).toString(), u"Succesful"_s);

        QCOMPARE(sim.transactionCount(), 1);
        QCOMPARE(sim.transactionStatus(refid), u"Succesful"_s);
        const QList<QByteArray> bodies = sim.topupBodies(refid);
        QVERIFY(bodies.size() >= 2 || requestsBeforeRecovery == 0);
        for (const QByteArray &b : bodies)
            QCOMPARE(b, body);

        // Nothing left: a second recover has no work and exits 0.
        const auto again = kaunter.run({u"recover"_s, u"--json"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"

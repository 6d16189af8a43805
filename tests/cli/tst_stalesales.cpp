#include "KaunterRunner.h"
#include "SimulatedKaunter.h"
#include "SaleFixtures.h"

#include "api/ApiConfig.h"
#include "api/IimmpactClient.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "payment/ProductRules.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// `kaunter recover`, `kaunter send REFID` and `kaunter void REFID` on a stale sale that never
// got an answer (issue 8, item 6), run as the real binary. The simulator's wall clock is a
// fake one held at the real time while the child runs, so that the test can date a
// transaction 30 days back.
class TestCliStaleSales : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatedKaunter> m_till;
    ManualClock m_simClock;

    QString dataDir() const { return m_till->dataDir(); }

    // Journals a sale made `ageSecs` ago that never got an answer (the till died after the
    // commit), the way PaymentEngine::submit writes it. The journal is closed again.
    SaleRecord journalUnanswered(qint64 ageSecs, const QString &state = u"New"_s)
    {
        ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(-ageSecs));
        Journal journal(clock);
        [&] { QVERIFY2(journal.open(dataDir()), qPrintable(journal.errorString())); }();
        QString error;
        const SaleRecord rec = SaleFixtures::journalInState(
            journal, u"0123456789"_s, u"50"_s,
            state == u"NeedsDecision"_s ? SaleState::NeedsDecision : SaleState::New, &error);
        [&] { QVERIFY2(!rec.refid.isEmpty(), qPrintable(error)); }();
        return rec;
    }

    std::optional<SaleRecord> journaled(const QString &refid) const
    {
        SystemClock clock;
        Journal journal(clock);
        if (!journal.open(dataDir()))
            return std::nullopt;
        return journal.sale(refid);
    }

    // The sale's POST reached IIMMPACT back then (its answer was lost): the simulator holds a
    // transaction dated when the sale was made.
    void createAtSimulator(const SaleRecord &rec)
    {
        m_simClock.set(rec.createdAt);
        QNetworkAccessManager nam;
        IimmpactClient client(&nam, m_simClock);
        ApiConfig config;
        config.baseUrl = m_till->simulator().baseUrl();
        config.apiKey = Simulator::demoApiKey();
        config.secretBase64 = Simulator::demoSecretBase64();
        client.setConfig(config);
        TopupCall *call = client.topup(rec.requestBody, 5000);
        QSignalSpy done(call, &TopupCall::finished);
        QVERIFY(done.wait(5000));
        delete call;
        m_simClock.set(QDateTime::currentDateTimeUtc());
        QCOMPARE(m_till->simulator().transactionCount(), 1);
    }

private slots:
    void init()
    {
        m_simClock.set(QDateTime::currentDateTimeUtc());
        Simulator::Options o;
        o.acceptedMs = 100;
        o.processingMs = 100;
        o.billerCount = 50;
        o.clock = &m_simClock;
        m_till = std::make_unique<SimulatedKaunter>(o);
        QString error;
        QVERIFY2(m_till->start(&error), qPrintable(error));
    }
    void cleanup()
    {
        m_till.reset();
    }

    // The reproduced case: a RM 50 reload 30 days old that IIMMPACT never had.
    void recoverReportsNeedsDecisionAndSendsNothing()
    {
        const SaleRecord rec = journalUnanswered(30 * 24 * 3600);
        const KaunterRunner::Result r = m_till->kaunter().run({u"recover"_s, u"--json"_s, u"--poll-interval"_s,
                                                        u"0.1"_s, u"--deadline"_s, u"20"_s});
        QVERIFY2(r.exitCode == 30, qPrintable(r.describe()));
        const QJsonArray sales = r.json().array();
        QCOMPARE(sales.size(), 1);
        QCOMPARE(sales.at(0).toObject().value(u"refid"_s).toString(), rec.refid);
        QCOMPARE(sales.at(0).toObject().value(u"status"_s).toString(), u"NeedsDecision"_s);
        QCOMPARE(m_till->simulator().topupArrivalCount(rec.refid), 0);
        QCOMPARE(m_till->simulator().transactionCount(), 0);
        QVERIFY(m_till->simulator().transactionListRequestCount() >= 1);
        QCOMPARE(journaled(rec.refid)->state, SaleState::NeedsDecision);

        // Text mode names the way out.
        const KaunterRunner::Result text = m_till->kaunter().run({u"recover"_s, u"--deadline"_s, u"20"_s});
        QVERIFY2(text.exitCode == 30, qPrintable(text.describe()));
        QVERIFY2(text.out.contains(QByteArray("kaunter send ").append(rec.refid.toUtf8())), text.out.constData());
        QCOMPARE(m_till->simulator().topupArrivalCount(rec.refid), 0);
    }

    void sendSendsTheJournaledBody()
    {
        const SaleRecord rec = journalUnanswered(30 * 24 * 3600, u"NeedsDecision"_s);
        const KaunterRunner::Result r = m_till->kaunter().run({u"send"_s, rec.refid, u"--json"_s,
                                                        u"--poll-interval"_s, u"0.1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject sale = r.json().object();
        QCOMPARE(sale.value(u"refid"_s).toString(), rec.refid);
        QCOMPARE(sale.value(u"status"_s).toString(), u"Succesful"_s);
        QCOMPARE(m_till->simulator().transactionCount(), 1);
        const QList<QByteArray> bodies = m_till->simulator().topupBodies(rec.refid);
        QVERIFY(!bodies.isEmpty());
        for (const QByteArray &b : bodies)
            QCOMPARE(b, rec.requestBody);
        QCOMPARE(journaled(rec.refid)->state, SaleState::Succesful);
    }

    void voidNeverSends()
    {
        const SaleRecord rec = journalUnanswered(30 * 24 * 3600, u"NeedsDecision"_s);
        const KaunterRunner::Result r = m_till->kaunter().run({u"void"_s, rec.refid, u"--json"_s});
        QVERIFY2(r.exitCode == 12, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(u"status"_s).toString(), u"Voided"_s);
        QCOMPARE(m_till->simulator().topupArrivalCount(rec.refid), 0);
        QCOMPARE(m_till->simulator().transactionCount(), 0);
        QCOMPARE(journaled(rec.refid)->state, SaleState::Voided);
        // Nothing is left to recover, and the voided sale is never sent afterwards.
        const KaunterRunner::Result again = m_till->kaunter().run({u"recover"_s, u"--json"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(m_till->simulator().topupArrivalCount(rec.refid), 0);
    }

    // IIMMPACT has the transaction after all: not voided, re-queried, exit 30 with a message.
    void voidRefusedWhenTheTransactionExists()
    {
        const SaleRecord rec = journalUnanswered(30 * 24 * 3600, u"NeedsDecision"_s);
        createAtSimulator(rec);
        const KaunterRunner::Result r = m_till->kaunter().run({u"void"_s, rec.refid, u"--json"_s});
        QVERIFY2(r.exitCode == 30, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("not voided"), r.err.constData());
        QVERIFY(r.json().object().value(u"status"_s).toString() != u"Voided"_s);
        QVERIFY(journaled(rec.refid)->state != SaleState::Voided);
        QVERIFY(journaled(rec.refid)->transactionSeen);
        QCOMPARE(m_till->simulator().transactionCount(), 1);
    }

    // send and void act only on a NeedsDecision sale: anything else is refused, nothing sent.
    void decisionsRefuseOtherSales_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("send") << u"send"_s;
        QTest::newRow("void") << u"void"_s;
    }
    void decisionsRefuseOtherSales()
    {
        QFETCH(QString, command);
        const SaleRecord fresh = journalUnanswered(60);   // New: recovery sends it, no decision
        const KaunterRunner::Result r = m_till->kaunter().run({command, fresh.refid, u"--json"_s});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.json().object().contains(u"error"_s) || !r.err.isEmpty());
        QCOMPARE(m_till->simulator().topupArrivalCount(fresh.refid), 0);
        QCOMPARE(m_till->simulator().transactionListRequestCount(), 0);
        QCOMPARE(journaled(fresh.refid)->state, SaleState::New);

        const KaunterRunner::Result unknown = m_till->kaunter().run({command, u"NO-SUCH-REFID"_s});
        QVERIFY2(unknown.exitCode == 2, qPrintable(unknown.describe()));
        const KaunterRunner::Result missing = m_till->kaunter().run({command});
        QVERIFY2(missing.exitCode == 2, qPrintable(missing.describe()));
    }
};

QTEST_MAIN(TestCliStaleSales)
#include "tst_stalesales.moc"

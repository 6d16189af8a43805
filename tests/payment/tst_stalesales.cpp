#include "SaleFixtures.h"
#include "api/ApiConfig.h"
#include "api/IimmpactClient.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "payment/ProductRules.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// A sale that never got an answer and is older than the stale age is never POSTed blindly by
// recovery: IIMMPACT's transaction list is asked first (issue 8, item 6). One fake wall clock
// drives the simulator, the client, the journal and the engine, so a row can be 30 days old
// and still be signed within the simulator's window.
class TestStaleSales : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    QDateTime m_now;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<IimmpactClient> m_client;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PaymentEngine> m_engine;
    QHash<QString, SaleRecord> m_settled;

    void tearDown()
    {
        m_engine.reset();
        m_client.reset();
        m_nam.reset();
        m_journal.reset();
        m_sim.reset();
        m_dir.reset();
        m_settled.clear();
    }

    bool waitSettled(const QString &refid, int timeoutMs = 10000)
    {
        return m_settled.contains(refid) || SaleFixtures::waitSettled(*m_engine, refid, timeoutMs);
    }

    // A sale journaled `ageSecs` ago that never got any answer (the till died after the
    // commit): exactly what PaymentEngine::submit would have written, attempt 1 counted.
    SaleRecord journalUnanswered(qint64 ageSecs, const QString &account = u"0123456789"_s,
                                 const QString &amount = u"10"_s)
    {
        m_clock.set(m_now.addSecs(-ageSecs));
        QString error;
        const SaleRecord rec = SaleFixtures::journalUnanswered(*m_journal, account, amount, &error);
        m_clock.set(m_now);
        [&] { QVERIFY2(!rec.refid.isEmpty(), qPrintable(error)); }();
        return rec;
    }

    // The POST of `rec` reached IIMMPACT back then (the answer was lost): the simulator holds
    // the transaction, dated when the sale was made.
    void createAtSimulator(const SaleRecord &rec)
    {
        m_clock.set(rec.createdAt);
        TopupCall *call = m_client->topup(rec.requestBody, 5000);
        QSignalSpy done(call, &TopupCall::finished);
        QVERIFY(done.wait(5000));
        call->deleteLater();
        m_clock.set(m_now);
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(m_sim->topupRequestCount(rec.refid), 1);
    }

    // A 30-day-old sale that recovery turned into NeedsDecision.
    SaleRecord needsDecision()
    {
        const SaleRecord rec = journalUnanswered(30 * 24 * 3600);
        m_engine->recoverAll();
        [&] { QVERIFY(waitSettled(rec.refid)); }();
        m_settled.clear();
        const SaleRecord stored = m_journal->sale(rec.refid).value_or(rec);
        [&] { QCOMPARE(stored.state, SaleState::NeedsDecision); }();
        return stored;
    }

    void verifyBodies(const SaleRecord &rec)
    {
        const QList<QByteArray> bodies = m_sim->topupBodies(rec.refid);
        QVERIFY(!bodies.isEmpty());
        for (const QByteArray &b : bodies)
            QCOMPARE(b, rec.requestBody);
    }

private slots:
    void init()
    {
        tearDown();
        m_now = QDateTime::currentDateTimeUtc();
        m_clock.set(m_now);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Simulator::Options o;
        o.acceptedMs = 50;
        o.processingMs = 50;
        o.billerCount = 50;
        o.clock = &m_clock;
        m_sim = std::make_unique<Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<IimmpactClient>(m_nam.get(), m_clock);
        ApiConfig config;
        config.baseUrl = m_sim->baseUrl();
        config.apiKey = Simulator::demoApiKey();
        config.secretBase64 = Simulator::demoSecretBase64();
        m_client->setConfig(config);
        QVERIFY2(m_client->configError().isEmpty(), qPrintable(m_client->configError()));
        m_journal = std::make_unique<Journal>(m_clock);
        QVERIFY2(m_journal->open(m_dir->path()), qPrintable(m_journal->errorString()));
        m_engine = std::make_unique<PaymentEngine>(*m_journal, *m_client, m_clock);
        PaymentEngine::Timing t;
        t.pollIntervalMs = 50;
        t.jitterMs = 10;
        t.maxBackoffMs = 200;
        t.deadlineMs = 8000;
        m_engine->setTiming(t);
        connect(m_engine.get(), &PaymentEngine::saleSettled, this,
                [this](const SaleRecord &s) { m_settled.insert(s.refid, s); });
    }

    void cleanup() { tearDown(); }

    // (a) The reproduced RM 50 case: 30 days old, IIMMPACT never had it. Nothing is sent.
    void oldSaleWithoutTransactionNeedsDecision()
    {
        const SaleRecord rec = journalUnanswered(30 * 24 * 3600, u"0123456789"_s, u"50"_s);
        QCOMPARE(m_engine->staleSaleAgeMs(), qint64(PaymentEngine::DefaultStaleSaleAgeMs));
        QVERIFY(m_engine->isStaleUnanswered(rec));
        m_engine->recoverAll();
        QVERIFY(m_engine->isActive(rec.refid));   // its lookup counts as activity
        QVERIFY(waitSettled(rec.refid));
        QCOMPARE(m_sim->topupArrivalCount(rec.refid), 0);
        QCOMPARE(m_sim->topupRequestCount(rec.refid), 0);
        QCOMPARE(m_sim->transactionCount(), 0);
        QVERIFY(m_sim->transactionListRequestCount() >= 1);
        const SaleRecord stored = *m_journal->sale(rec.refid);
        QCOMPARE(stored.state, SaleState::NeedsDecision);
        QVERIFY(!stored.transactionSeen);
        QVERIFY(!stored.lastError.isEmpty());
        QCOMPARE(m_settled.value(rec.refid).state, SaleState::NeedsDecision);
        QCOMPARE(m_engine->activeCount(), 0);
        // Still listed with the pending sales, and another recovery does not send it either.
        QCOMPARE(m_journal->nonFinalCount(), 1);
        m_settled.clear();
        m_engine->recoverAll();
        QVERIFY(waitSettled(rec.refid));
        QCOMPARE(m_sim->topupArrivalCount(rec.refid), 0);
        QCOMPARE(m_journal->sale(rec.refid)->state, SaleState::NeedsDecision);
        // requery() (the pending page's "check now") never sends it either.
        QVERIFY(!m_engine->requery(rec.refid));
        QCOMPARE(m_sim->topupArrivalCount(rec.refid), 0);
    }

    // (b) IIMMPACT has it (the answer was lost): found, re-queried, one transaction.
    void oldSaleWithTransactionIsRequeried()
    {
        const SaleRecord rec = journalUnanswered(30 * 24 * 3600);
        createAtSimulator(rec);
        m_engine->recoverAll();
        QVERIFY(waitSettled(rec.refid));
        const SaleRecord stored = *m_journal->sale(rec.refid);
        QCOMPARE(stored.state, SaleState::Succesful);
        QVERIFY(stored.transactionSeen);
        QCOMPARE(m_sim->transactionCount(), 1);
        QVERIFY(m_sim->transactionListRequestCount() >= 1);
        QVERIFY(m_sim->topupRequestCount(rec.refid) >= 2);
        verifyBodies(rec);
    }

    // (c) A fresh sale (< 10 minutes) is sent by recovery as before, without a lookup.
    void freshSaleIsSentAsBefore()
    {
        const SaleRecord rec = journalUnanswered(5 * 60);
        QVERIFY(!m_engine->isStaleUnanswered(rec));
        m_engine->recoverAll();
        QVERIFY(waitSettled(rec.refid));
        QCOMPARE(m_journal->sale(rec.refid)->state, SaleState::Succesful);
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(m_sim->transactionListRequestCount(), 0);
        verifyBodies(rec);
    }

    // The age is a setting: the same 5-minute-old sale is stale with a 1-minute setting.
    void staleAgeIsASetting()
    {
        m_engine->setStaleSaleAgeMs(60 * 1000);
        const SaleRecord rec = journalUnanswered(5 * 60);
        QVERIFY(m_engine->isStaleUnanswered(rec));
        m_engine->recoverAll();
        QVERIFY(waitSettled(rec.refid));
        QCOMPARE(m_journal->sale(rec.refid)->state, SaleState::NeedsDecision);
        QCOMPARE(m_sim->topupArrivalCount(rec.refid), 0);
    }

    // (d) The list cannot be read: nothing is sent, the sale stays pending (New), and the next
    // recovery asks again.
    void failedLookupSendsNothing()
    {
        const SaleRecord rec = journalUnanswered(30 * 24 * 3600);
        m_sim->setTransactionListUnavailable(1000);
        m_engine->recoverAll();
        QVERIFY(waitSettled(rec.refid));
        QCOMPARE(m_sim->topupArrivalCount(rec.refid), 0);
        const SaleRecord stored = *m_journal->sale(rec.refid);
        QCOMPARE(stored.state, SaleState::New);
        QVERIFY(!stored.lastError.isEmpty());
        QCOMPARE(m_journal->nonFinalCount(), 1);

        m_sim->setTransactionListUnavailable(0);
        m_settled.clear();
        m_engine->recoverAll();
        QVERIFY(waitSettled(rec.refid));
        QCOMPARE(m_journal->sale(rec.refid)->state, SaleState::NeedsDecision);
        QCOMPARE(m_sim->topupArrivalCount(rec.refid), 0);
    }

    // A NeedsDecision sale that IIMMPACT's list shows later (the list may lag) is re-queried.
    void needsDecisionFoundLaterIsRequeried()
    {
        const SaleRecord rec = needsDecision();
        createAtSimulator(rec);
        m_engine->recoverAll();
        QVERIFY(waitSettled(rec.refid));
        QCOMPARE(m_journal->sale(rec.refid)->state, SaleState::Succesful);
        QCOMPARE(m_sim->transactionCount(), 1);
        verifyBodies(rec);
    }

    // (e) Send now: same refid, the journaled body byte for byte, one transaction.
    void sendNowSendsTheJournaledBody()
    {
        const SaleRecord rec = needsDecision();
        QCOMPARE(m_sim->topupArrivalCount(rec.refid), 0);
        QString error;
        QVERIFY2(m_engine->sendDecided(rec.refid, &error), qPrintable(error));
        QVERIFY(waitSettled(rec.refid));
        QCOMPARE(m_journal->sale(rec.refid)->state, SaleState::Succesful);
        QCOMPARE(m_sim->transactionCount(), 1);
        const QList<QByteArray> bodies = m_sim->topupBodies(rec.refid);
        QVERIFY(!bodies.isEmpty());
        QCOMPARE(bodies.first(), rec.requestBody);
        verifyBodies(rec);
        // A decision is only for a sale that waits for one.
        QVERIFY(!m_engine->sendDecided(rec.refid, &error));
        QVERIFY(!error.isEmpty());
    }

    void sendNowRefusesAnyOtherSale()
    {
        const SaleRecord rec = journalUnanswered(30 * 24 * 3600);   // New, not yet looked up
        QString error;
        QVERIFY(!m_engine->sendDecided(rec.refid, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m_engine->voidSale(rec.refid, &error));
        QVERIFY(!m_engine->sendDecided(u"NO-SUCH-REFID"_s, &error));
        QCOMPARE(m_sim->topupArrivalCount(rec.refid), 0);
        QCOMPARE(m_journal->sale(rec.refid)->state, SaleState::New);
    }

    // (f) Void: one more lookup, nothing sent, Voided for good; the refid is never reused.
    void voidNeverSends()
    {
        const SaleRecord rec = needsDecision();
        const int lookupsBefore = m_sim->transactionListRequestCount();
        QSignalSpy refused(m_engine.get(), &PaymentEngine::voidRefused);
        QString error;
        QVERIFY2(m_engine->voidSale(rec.refid, &error), qPrintable(error));
        QVERIFY(waitSettled(rec.refid));
        QCOMPARE(m_sim->transactionListRequestCount(), lookupsBefore + 1);
        QCOMPARE(m_sim->topupArrivalCount(rec.refid), 0);
        QCOMPARE(m_sim->transactionCount(), 0);
        QCOMPARE(refused.count(), 0);
        const SaleRecord stored = *m_journal->sale(rec.refid);
        QCOMPARE(stored.state, SaleState::Voided);
        QVERIFY(stored.isFinal());
        QCOMPARE(m_journal->nonFinalCount(), 0);
        // Neither recovery nor a decision sends it afterwards.
        m_engine->recoverAll();
        QVERIFY(!m_engine->sendDecided(rec.refid, &error));
        QVERIFY(!m_engine->requery(rec.refid));
        QCOMPARE(m_sim->topupArrivalCount(rec.refid), 0);
        // The next sale gets another refid.
        SaleRequest next;
        next.product = u"D"_s;
        next.account = u"0123456789"_s;
        next.amount = u"10"_s;
        const std::optional<QString> other = m_engine->submit(next);
        QVERIFY(other);
        QVERIFY(*other != rec.refid);
        QVERIFY(waitSettled(*other));
        QCOMPARE(m_journal->sale(rec.refid)->state, SaleState::Voided);
    }

    // (f) The transaction is found now: not voided, re-queried instead.
    void voidRefusedWhenTheTransactionIsFound()
    {
        const SaleRecord rec = needsDecision();
        createAtSimulator(rec);
        QSignalSpy refused(m_engine.get(), &PaymentEngine::voidRefused);
        QString error;
        QVERIFY2(m_engine->voidSale(rec.refid, &error), qPrintable(error));
        QVERIFY(waitSettled(rec.refid));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().at(0).toString(), rec.refid);
        const SaleRecord stored = *m_journal->sale(rec.refid);
        QCOMPARE(stored.state, SaleState::Succesful);
        QVERIFY(stored.transactionSeen);
        QCOMPARE(m_sim->transactionCount(), 1);
        verifyBodies(rec);
    }

    // A void whose lookup fails is not done: the sale still waits for a decision.
    void voidRefusedWhenTheListCannotBeRead()
    {
        const SaleRecord rec = needsDecision();
        m_sim->setTransactionListUnavailable(1000);
        QSignalSpy refused(m_engine.get(), &PaymentEngine::voidRefused);
        QVERIFY(m_engine->voidSale(rec.refid));
        QVERIFY(waitSettled(rec.refid));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(m_journal->sale(rec.refid)->state, SaleState::NeedsDecision);
        QCOMPARE(m_sim->topupArrivalCount(rec.refid), 0);
    }
};

QTEST_MAIN(TestStaleSales)
#include "tst_stalesales.moc"

#include "KaunterRunner.h"
#include "SimulatedKaunter.h"
#include "SaleFixtures.h"

#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "payment/ProductRules.h"
#include "payment/SaleRequest.h"
#include "services/DriverLock.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// Exit 3: while another process drives the journal (here: this test, holding the driver lock
// as a running till would), every `kaunter` command that can send /v2/topup refuses before it
// opens the journal, names the holder and sends nothing. `history` only reads and runs beside it.
class TestCliDriverLock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatedKaunter> m_till;
    int m_topups = 0;           // authenticated POST /v2/topup, any refid
    QString m_pendingRefid;     // pending at IIMMPACT: status / recover would query it
    SaleState m_pendingState = SaleState::New;   // as the journal had it when the pay gave up
    QString m_decisionRefid;    // NeedsDecision: send would send it, void would void it

    QString dataDir() const { return m_till->dataDir(); }

    std::optional<SaleRecord> journaled(const QString &refid) const
    {
        SystemClock clock;
        Journal journal(clock);
        if (!journal.open(dataDir()))
            return std::nullopt;
        return journal.sale(refid);
    }

    int journaledCount() const
    {
        SystemClock clock;
        Journal journal(clock);
        if (!journal.open(dataDir()))
            return -1;
        return int(journal.history(1000).size());
    }

    // A sale a till journaled a month ago that never got an answer and now waits for a
    // supervisor's decision, written the way PaymentEngine::submit writes a sale.
    QString journalNeedsDecision()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc().addDays(-30));
        Journal journal(clock);
        if (!journal.open(dataDir()))
            return {};
        return SaleFixtures::journalInState(journal, u"0123456789"_s, u"50"_s, SaleState::NeedsDecision).refid;
    }

    static QStringList payArgs(const QString &account, const QString &deadline)
    {
        return {u"pay"_s, u"--product"_s, u"D"_s, u"--account"_s, account, u"--amount"_s, u"10"_s,
                u"--poll-interval"_s, u"0.1"_s, u"--deadline"_s, deadline};
    }

private slots:
    void init()
    {
        Simulator::Options o;
        o.acceptedMs = 100;
        o.processingMs = 100;
        o.billerCount = 50;
        m_till = std::make_unique<SimulatedKaunter>(o);
        QString error;
        QVERIFY2(m_till->start(&error), qPrintable(error));
        QVERIFY(QDir().mkpath(dataDir()));
        m_topups = 0;
        connect(&m_till->simulator(), &Simulator::topupReceived, this, [this] { ++m_topups; });
        // Work a second driver could wrongly touch: a sale still Accepted at IIMMPACT (the
        // stuck account never settles) and one waiting for a decision.
        const auto pending = m_till->kaunter().run(payArgs(Simulator::stuckAccount(), u"0.5"_s) << u"--json"_s);
        QVERIFY2(pending.exitCode == 30, qPrintable(pending.describe()));
        m_pendingRefid = pending.json().object().value(u"refid"_s).toString();
        QVERIFY(!m_pendingRefid.isEmpty());
        const std::optional<SaleRecord> pendingSale = journaled(m_pendingRefid);
        QVERIFY(pendingSale);
        m_pendingState = pendingSale->state;
        QVERIFY(m_pendingState == SaleState::Accepted || m_pendingState == SaleState::Processing);
        m_decisionRefid = journalNeedsDecision();
        QVERIFY(!m_decisionRefid.isEmpty());
        QCOMPARE(journaledCount(), 2);
        m_topups = 0;
    }
    void cleanup()
    {
        m_till.reset();
    }

    void drivingCommandsExit3WhileLocked_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("json");
        QTest::newRow("pay") << payArgs(u"0123456789"_s, u"15"_s) << false;
        QTest::newRow("pay --json") << (payArgs(u"0123456789"_s, u"15"_s) << u"--json"_s) << true;
        QTest::newRow("status") << QStringList{u"status"_s, u"PENDING"_s} << false;
        QTest::newRow("status --json") << QStringList{u"status"_s, u"PENDING"_s, u"--json"_s} << true;
        QTest::newRow("recover") << QStringList{u"recover"_s} << false;
        QTest::newRow("send") << QStringList{u"send"_s, u"DECISION"_s} << false;
        QTest::newRow("void") << QStringList{u"void"_s, u"DECISION"_s} << false;
    }
    void drivingCommandsExit3WhileLocked()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, json);
        args.replaceInStrings(u"PENDING"_s, m_pendingRefid);
        args.replaceInStrings(u"DECISION"_s, m_decisionRefid);

        DriverLock lock(dataDir());
        QCOMPARE(lock.acquire(), DriverLock::Result::Acquired);
        const int transactions = m_till->simulator().transactionCount();
        const int pendingArrivals = m_till->simulator().topupArrivalCount(m_pendingRefid);
        const int lookups = m_till->simulator().transactionListRequestCount();

        const auto r = m_till->kaunter().run(args);
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY(!r.timedOut);
        const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
        QVERIFY2(r.err.contains(pid), qPrintable(r.describe()));
        if (json) {
            const QJsonObject o = r.json().object();
            QVERIFY2(!o.isEmpty(), qPrintable(r.describe()));
            QVERIFY2(o.value(u"error"_s).toString().contains(QString::fromLatin1(pid)),
                     qPrintable(r.describe()));
        }

        // Nothing reached IIMMPACT: no topup, no query, no transaction lookup.
        QCOMPARE(m_topups, 0);
        QCOMPARE(m_till->simulator().transactionCount(), transactions);
        QCOMPARE(m_till->simulator().topupArrivalCount(m_pendingRefid), pendingArrivals);
        QCOMPARE(m_till->simulator().topupArrivalCount(m_decisionRefid), 0);
        QCOMPARE(m_till->simulator().transactionListRequestCount(), lookups);
        // ...and the journal is as it was: no new sale, no decision taken.
        QVERIFY(lock.isHeld());
        lock.release();
        QCOMPARE(journaledCount(), 2);
        QCOMPARE(journaled(m_decisionRefid)->state, SaleState::NeedsDecision);
        QCOMPARE(journaled(m_pendingRefid)->state, m_pendingState);
    }

    // history only reads: it runs beside the driver.
    void historyRunsBesideTheDriver()
    {
        DriverLock lock(dataDir());
        QCOMPARE(lock.acquire(), DriverLock::Result::Acquired);
        const auto r = m_till->kaunter().run({u"history"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray sales = r.json().array();
        QCOMPARE(sales.size(), 2);
        QStringList refids;
        for (const QJsonValue &sale : sales)
            refids << sale.toObject().value(u"refid"_s).toString();
        QVERIFY(refids.contains(m_pendingRefid));
        QVERIFY(refids.contains(m_decisionRefid));
        QCOMPARE(m_topups, 0);
        QVERIFY(lock.isHeld());
    }

    // Released: the same commands drive again.
    void payWorksAfterRelease()
    {
        {
            DriverLock lock(dataDir());
            QCOMPARE(lock.acquire(), DriverLock::Result::Acquired);
            const auto refused = m_till->kaunter().run(payArgs(u"0123456789"_s, u"15"_s));
            QVERIFY2(refused.exitCode == 3, qPrintable(refused.describe()));
        }
        const auto r = m_till->kaunter().run(payArgs(u"0123456789"_s, u"15"_s) << u"--json"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString refid = r.json().object().value(u"refid"_s).toString();
        QCOMPARE(r.json().object().value(u"status"_s).toString(), u"Succesful"_s);
        QVERIFY(m_till->simulator().topupRequestCount(refid) >= 1);
        QCOMPARE(journaled(refid)->state, SaleState::Succesful);
        // The command released its own lock on exit.
        DriverLock after(dataDir());
        QCOMPARE(after.acquire(), DriverLock::Result::Acquired);
    }

    // A lock left by a `kaunter` that was killed (no process of that pid any more) does not
    // block the next command: the journal's sales stay reachable without deleting files.
    void staleLockDoesNotBlock()
    {
        QFile stale(QDir(dataDir()).filePath(DriverLock::fileName()));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        // Empty: it names nobody (power lost while it was being written).
        QVERIFY(stale.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-600),
                                  QFileDevice::FileModificationTime));
        stale.close();
        const auto r = m_till->kaunter().run({u"status"_s, m_pendingRefid, u"--json"_s});
        // Still pending at IIMMPACT (the stuck account): 30, not 3.
        QVERIFY2(r.exitCode == 30, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(u"refid"_s).toString(), m_pendingRefid);
    }
};

QTEST_GUILESS_MAIN(TestCliDriverLock)
#include "tst_clidriverlock.moc"

#include "KaunterRunner.h"

#include "journal/Journal.h"
#include "shift/ShiftLedger.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// With IIMMPACT configured, `shift open` and `shift close` record the wallet balance at each
// end (the simulator's /v2/balance); when IIMMPACT does not answer, the shift still opens and
// closes, without it.
class TestCliShiftWallet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Simulator> m_sim;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<Simulator>(Simulator::Options{});
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    void balanceAtOpenAndClose()
    {
        KaunterRunner kaunter(m_sim->baseUrl(), Simulator::demoApiKey(), Simulator::demoSecretBase64(),
                              m_dir.filePath(u"a"_s));
        m_sim->setBalance(1234.56);
        const KaunterRunner::Result open =
            kaunter.run({u"shift"_s, u"open"_s, u"--cashier"_s, u"Aminah"_s, u"--float"_s, u"100"_s, u"--json"_s});
        QVERIFY2(open.exitCode == 0, open.err.constData());
        QCOMPARE(open.json().object().value("walletAtOpenSen"_L1).toDouble(), 123456.0);
        m_sim->setBalance(1000.00);
        const KaunterRunner::Result close =
            kaunter.run({u"shift"_s, u"close"_s, u"--counted"_s, u"100"_s, u"--json"_s});
        QVERIFY2(close.exitCode == 0, close.err.constData());
        QCOMPARE(close.json().object().value("walletAtOpenSen"_L1).toDouble(), 123456.0);
        QCOMPARE(close.json().object().value("walletAtCloseSen"_L1).toDouble(), 100000.0);

        SystemClock clock;
        Journal journal(clock);
        QVERIFY(journal.open(m_dir.filePath(u"a"_s)));
        const std::optional<ZReport> z = ShiftLedger(journal, clock).zReport(1);
        QVERIFY(z);
        QCOMPARE(z->walletAtCloseSen, std::optional<qint64>(100000));
    }

    // Nothing listens at the configured address: the shift opens and closes all the same.
    void noAnswerStillOpensAndCloses()
    {
        KaunterRunner kaunter(QUrl(u"http://127.0.0.1:9"_s), Simulator::demoApiKey(), Simulator::demoSecretBase64(),
                              m_dir.filePath(u"b"_s));
        const KaunterRunner::Result open =
            kaunter.run({u"shift"_s, u"open"_s, u"--cashier"_s, u"Badrul"_s, u"--float"_s, u"0"_s, u"--json"_s});
        QVERIFY2(open.exitCode == 0, open.err.constData());
        QVERIFY(open.json().object().value("walletAtOpenSen"_L1).isNull());
        QVERIFY2(open.err.contains("wallet balance was not recorded"), open.err.constData());
        const KaunterRunner::Result close = kaunter.run({u"shift"_s, u"close"_s, u"--counted"_s, u"0"_s});
        QVERIFY2(close.exitCode == 0, close.err.constData());
        QVERIFY(!close.out.contains("IIMMPACT wallet"));
    }
};

QTEST_GUILESS_MAIN(TestCliShiftWallet)
#include "tst_clishiftwallet.moc"

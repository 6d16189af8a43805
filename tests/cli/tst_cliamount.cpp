#include "KaunterRunner.h"
#include "SimulatedKaunter.h"

#include "journal/Journal.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// `kaunter pay --amount` goes through Money's one reader: white space inside the number is
// refused locally (exit 20, field "amount", nothing journaled, nothing sent); before, "1 0"
// and "1<no-break space>0" sold RM 10.
class TestCliAmount : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatedKaunter> m_till;

    QString dataDir() const { return m_till->dataDir(); }

    // Journaled sales, read after the child has exited (no journal yet = none).
    QList<SaleRecord> journalHistory() const
    {
        SystemClock clock;
        Journal journal(clock);
        if (!journal.open(dataDir()))
            return {};
        return journal.history(100);
    }

private slots:
    void init()
    {
        Simulator::Options o;
        o.acceptedMs = 100;
        o.processingMs = 100;
        m_till = std::make_unique<SimulatedKaunter>(o);
        QString error;
        QVERIFY2(m_till->start(&error), qPrintable(error));
    }
    void cleanup()
    {
        m_till.reset();
    }

    void payAmount_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("transactions");
        // The same sale with a well-formed amount is sold: only the amount makes the others fail.
        QTest::newRow("10 sells") << u"10"_s << 0 << 1;
        QTest::newRow("RM 10 sells") << u"RM 10"_s << 0 << 1;
        QTest::newRow("space inside") << u"1 0"_s << 20 << 0;
        QTest::newRow("no-break space inside") << u"1\u00A00"_s << 20 << 0;
        QTest::newRow("thin space inside") << u"1\u20090"_s << 20 << 0;
        QTest::newRow("RM, space inside") << u"RM 1 0"_s << 20 << 0;
    }
    void payAmount()
    {
        QFETCH(QString, amount);
        QFETCH(int, exitCode);
        QFETCH(int, transactions);

        const auto r = m_till->kaunter().run({u"pay"_s, u"--product"_s, u"D"_s, u"--account"_s,
                                       u"0123456789"_s, u"--amount"_s, amount, u"--poll-interval"_s,
                                       u"0.1"_s, u"--deadline"_s, u"15"_s, u"--json"_s});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        const QJsonObject o = r.json().object();
        QCOMPARE(m_till->simulator().transactionCount(), transactions);
        QCOMPARE(journalHistory().size(), transactions);
        if (exitCode == 0) {
            QCOMPARE(o.value(u"status"_s).toString(), u"Succesful"_s);
            QCOMPARE(o.value(u"amount"_s).toString(), u"10.00"_s);
            return;
        }
        QCOMPARE(o.value(u"status"_s).toString(), u"Rejected"_s);
        QVERIFY(!o.contains(u"refid"_s));
        QCOMPARE(o.value(u"field"_s).toString(), u"amount"_s);
        QVERIFY2(o.value(u"error"_s).toString().contains(u"space"_s), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliAmount)
#include "tst_cliamount.moc"

#include "JournalSql.h"

#include "journal/Journal.h"
#include "shift/ShiftLedger.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// What a shift's report costs on a journal of 300,000 sales (a year at one sale every 105 s):
// the shift so far, the close (sales read, Z-report frozen, one fsynced commit) and a reprint,
// for a shift of a day and one of a week. Prints figures; asserts only that the report counts
// the shift's sales (the count SQLite gives for the same time range), never timings.
class BenchShift : public QObject
{
    Q_OBJECT

    static constexpr int kRows = 300000;
    static constexpr qint64 kStartMs = 1704067200000;   // 2024-01-01T00:00:00Z
    static constexpr qint64 kStepMs = 105'000;
    static constexpr qint64 kEndMs = kStartMs + qint64(kRows) * kStepMs;

    QTemporaryDir m_dir;

    bool bulkFill()
    {
        QString fill = u"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < %1) "
                       "INSERT INTO sales (refid, terminal_id, product, account, amount, request_body, state, "
                       "  created_at, updated_at, attempts) "
                       "SELECT printf('BENCH-%07d', x), 'BENCH', printf('P%02d', x % 20), "
                       "  printf('01%08d', x % 5000), printf('%d.00', 5 + x % 10), x'7b7d', "
                       "  CASE WHEN x % 100 = 0 THEN 'Unknown' WHEN x % 37 = 0 THEN 'Failed' ELSE 'Succesful' END, "
                       "  %2 + x * %3, %2 + x * %3 + 4000, 1 FROM n"_s.arg(kRows).arg(kStartMs).arg(kStepMs);
        return JournalSql::execAll(JournalSql::journalFile(m_dir),
                                   {u"PRAGMA synchronous = OFF"_s, u"BEGIN"_s, fill, u"COMMIT"_s});
    }

    static double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ManualClock clock;
        {
            Journal j(clock);
            QVERIFY2(j.open(m_dir.path()), qPrintable(j.errorString()));
        }
        QElapsedTimer t;
        t.start();
        QVERIFY(bulkFill());
        qInfo().noquote() << u"filled %1 sales in %2 ms"_s.arg(kRows).arg(t.elapsed());
    }

    void shiftReport_data()
    {
        // Consecutive shifts (shifts never overlap): a day, then the last week.
        constexpr qint64 day = qint64(24) * 3600 * 1000;
        QTest::addColumn<qint64>("endMs");
        QTest::addColumn<qint64>("lengthMs");
        QTest::newRow("a day") << kEndMs - 7 * day << day;
        QTest::newRow("a week") << kEndMs << 7 * day;
    }

    void shiftReport()
    {
        QFETCH(qint64, endMs);
        QFETCH(qint64, lengthMs);
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(endMs - lengthMs, Qt::UTC));
        Journal j(clock);
        QVERIFY2(j.open(m_dir.path()), qPrintable(j.errorString()));
        ShiftLedger ledger(j, clock);
        QVERIFY2(ledger.open(u"Bench"_s, 10000), qPrintable(ledger.errorString()));
        clock.set(QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC));
        // Sales created in [open, close], as the ledger counts them: one every kStepMs.
        const int expected = int(lengthMs / kStepMs);
        QElapsedTimer t;
        t.start();
        const std::optional<ZReport> sofar = ledger.currentReport();
        const double sofarMs = ms(t);
        QVERIFY(sofar);
        t.restart();
        const std::optional<ZReport> z = ledger.close(12345);
        const double closeMs = ms(t);
        QVERIFY2(z, qPrintable(ledger.errorString()));
        QCOMPARE(z->summary.saleCount(), sofar->summary.saleCount());
        QVERIFY2(qAbs(z->summary.saleCount() - expected) <= 1, qPrintable(QString::number(z->summary.saleCount())));
        t.restart();
        const std::optional<ZReport> again = ledger.zReport(z->zNumber);
        const double reprintMs = ms(t);
        QVERIFY(again);
        QCOMPARE(again->plainText(), z->plainText());
        qInfo().noquote() << u"%1: %2 sales (%3 pending); so far %4 ms, close %5 ms, reprint %6 ms"_s
                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .arg(z->summary.saleCount())
                                 .arg(z->summary.pendingCount())
                                 .arg(sofarMs, 0, 'f', 1)
                                 .arg(closeMs, 0, 'f', 1)
                                 .arg(reprintMs, 0, 'f', 1);
    }
};

QTEST_GUILESS_MAIN(BenchShift)
#include "bench_shift.moc"

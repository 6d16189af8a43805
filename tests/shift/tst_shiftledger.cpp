#include "JournalSql.h"

#include "journal/Journal.h"
#include "journal/JournalSchema.h"
#include "shift/ShiftLedger.h"
#include "util/Clock.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using JournalSql::execAll;
using JournalSql::journalFile;
using JournalSql::scalar;

// Shifts in a real journal: schema 3 and its migration, one open shift per journal (also
// across connections), the sales of a shift by time, Z numbers that never repeat, reports
// frozen at close, and bad input that writes nothing.
class TestShiftLedger : public QObject
{
    Q_OBJECT

    // IIMMPACT's answer `state` for the sale `refid`, journaled as the engine would.
    static bool answer(Journal &j, const QString &refid, SaleState state)
    {
        SaleRecord u;
        u.state = state;
        u.httpStatus = state == SaleState::Rejected ? 400 : 200;
        u.transactionSeen = isTransactionState(state);
        return j.recordOutcome(refid, u);
    }

    // A sale created now (the journal's clock) and left in `state`.
    static QString sell(Journal &j, SaleState state, const QString &amount, const QString &product = u"D"_s)
    {
        SaleRecord r;
        r.refid = j.nextRefid();
        r.product = product;
        r.account = u"0123456789"_s;
        r.amount = amount;
        r.requestBody = "{\"refid\":\"" + r.refid.toUtf8() + "\"}";
        if (!j.insertSale(r))
            return {};
        bool ok = true;
        if (state == SaleState::Refund)
            ok = answer(j, r.refid, SaleState::Succesful) && answer(j, r.refid, SaleState::Refund);
        else if (state == SaleState::Voided)
            ok = answer(j, r.refid, SaleState::NeedsDecision) && answer(j, r.refid, SaleState::Voided);
        else if (state != SaleState::New)
            ok = answer(j, r.refid, state);
        return ok ? r.refid : QString();
    }

    static int shiftRows(const QTemporaryDir &dir)
    {
        return scalar(journalFile(dir), u"SELECT count(*) FROM shifts"_s).toInt();
    }

private slots:
    void initTestCase() { QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)); }

    // A schema 2 journal (the released steps, as an older Kaunter left it) opens migrated
    // with its sales untouched and an empty shifts table.
    void migratesFromVersionTwo()
    {
        QTemporaryDir tmp;
        QStringList v2;
        const QList<QStringList> steps = JournalSchema::migrationSteps();
        QVERIFY(steps.size() >= 3);
        v2 << steps.at(0) << steps.at(1);
        v2 << u"INSERT INTO sales (refid, terminal_id, product, account, amount, request_body, state, "
              "created_at, updated_at, transaction_seen) VALUES ('OLD-1', 'T', 'D', '0123456789', '10.00', "
              "X'7B7D', 'Succesful', 1000, 2000, 1)"_s
           << u"INSERT INTO sales (refid, terminal_id, product, account, amount, request_body, state, "
              "created_at, updated_at) VALUES ('OLD-2', 'T', 'D', '0123456789', '5.00', X'7B7D', 'Unknown', "
              "3000, 3000)"_s
           << u"PRAGMA user_version = 2"_s;
        QVERIFY(execAll(journalFile(tmp), v2));
        QCOMPARE(scalar(journalFile(tmp), u"SELECT count(*) FROM sqlite_master WHERE name = 'shifts'"_s).toInt(), 0);

        ManualClock clock;
        Journal j(clock);
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));
        // Migrated through 3 (shifts) to the latest (4 adds the sales' timeline).
        QVERIFY(Journal::latestSchemaVersion() >= 3);
        QCOMPARE(j.schemaVersion(), Journal::latestSchemaVersion());
        QCOMPARE(scalar(journalFile(tmp), u"PRAGMA user_version"_s).toInt(), Journal::latestSchemaVersion());
        QCOMPARE(j.sale(u"OLD-1"_s)->state, SaleState::Succesful);
        QCOMPARE(j.sale(u"OLD-1"_s)->amount, u"10.00"_s);
        QCOMPARE(j.sale(u"OLD-2"_s)->state, SaleState::Unknown);
        QCOMPARE(j.nonFinalCount(), 1);
        QCOMPARE(shiftRows(tmp), 0);
        QCOMPARE(scalar(journalFile(tmp), u"SELECT count(*) FROM sqlite_master WHERE name = 'shifts_one_open'"_s)
                     .toInt(),
                 1);
        ShiftLedger ledger(j, clock);
        QVERIFY(!ledger.current());
        QVERIFY(ledger.errorString().isEmpty());
        QVERIFY(ledger.open(u"Aminah"_s, 10000));
        j.close();
        QVERIFY2(j.open(tmp.path()), qPrintable(j.errorString()));   // no second migration
        QCOMPARE(j.schemaVersion(), Journal::latestSchemaVersion());
        QCOMPARE(ShiftLedger(j, clock).current()->cashier, u"Aminah"_s);
    }

    void oneOpenShiftAtATime()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal a(clock), b(clock);
        QVERIFY2(a.open(tmp.path()), qPrintable(a.errorString()));
        QVERIFY2(b.open(tmp.path()), qPrintable(b.errorString()));
        ShiftLedger first(a, clock), second(b, clock);
        const std::optional<Shift> opened = first.open(u"  Aminah   binti  Ali "_s, 5000, 123456);
        QVERIFY2(opened, qPrintable(first.errorString()));
        QCOMPARE(opened->cashier, u"Aminah binti Ali"_s);
        QCOMPARE(opened->walletAtOpenSen, std::optional<qint64>(123456));
        QVERIFY(opened->isOpen());
        // The same journal, and another connection to it: refused, nothing written.
        QVERIFY(!first.open(u"Badrul"_s, 0));
        QVERIFY2(first.errorString().contains(u"Aminah binti Ali"_s), qPrintable(first.errorString()));
        QVERIFY(!second.open(u"Badrul"_s, 0));
        QVERIFY2(second.errorString().contains(u"already open"_s), qPrintable(second.errorString()));
        QCOMPARE(shiftRows(tmp), 1);
        QCOMPARE(second.current()->id, opened->id);
        // The rule is the database's own: a second open row is refused even past the ledger.
        QVERIFY(!execAll(journalFile(tmp), {u"INSERT INTO shifts (cashier, opened_at, opening_float_sen) "
                                            "VALUES ('Raw', 1, 0)"_s}));
        QCOMPARE(shiftRows(tmp), 1);
        // Closed by the other connection, a new one may open.
        QVERIFY2(second.close(5000), qPrintable(second.errorString()));
        QVERIFY(!first.current());
        QVERIFY2(first.open(u"Badrul"_s, 0), qPrintable(first.errorString()));
        QCOMPARE(shiftRows(tmp), 2);
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QString>("cashier");
        QTest::addColumn<qint64>("floatSen");
        QTest::newRow("no name") << QString() << qint64(0);
        QTest::newRow("blank name") << u" \t "_s << qint64(0);
        QTest::newRow("name too long") << QString(61, u'x') << qint64(0);
        QTest::newRow("control character") << u"Ali\u0007"_s << qint64(0);
        QTest::newRow("negative float") << u"Ali"_s << qint64(-1);
        QTest::newRow("float beyond any amount") << u"Ali"_s << qint64(100000000000);
    }

    void badInputWritesNothing()
    {
        QFETCH(QString, cashier);
        QFETCH(qint64, floatSen);
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY(j.open(tmp.path()));
        ShiftLedger ledger(j, clock);
        QVERIFY(!ledger.open(cashier, floatSen));
        QVERIFY(!ledger.errorString().isEmpty());
        QCOMPARE(shiftRows(tmp), 0);
    }

    void closeRefusals()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY(j.open(tmp.path()));
        ShiftLedger ledger(j, clock);
        QVERIFY(!ledger.close(1000));
        QVERIFY2(ledger.errorString().contains(u"No shift is open"_s), qPrintable(ledger.errorString()));
        QVERIFY(!ledger.zReport());
        QVERIFY(!ledger.errorString().isEmpty());
        QVERIFY(ledger.open(u"Ali"_s, 1000));
        QVERIFY(!ledger.close(-1));
        QVERIFY(ledger.current());   // still open, nothing numbered
        QCOMPARE(scalar(journalFile(tmp), u"SELECT count(*) FROM shifts WHERE z_number IS NOT NULL"_s).toInt(), 0);
    }

    // The sales created while the shift was open, and only those, make its report.
    void reportOfTheShiftsSales()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY(j.open(tmp.path()));
        QVERIFY(!sell(j, SaleState::Succesful, u"99.00"_s).isEmpty());   // before the shift
        clock.advanceSecs(60);
        ShiftLedger ledger(j, clock);
        QVERIFY(ledger.open(u"Aminah"_s, 20000, 500000));
        const QList<std::pair<SaleState, const char *>> day{
            {SaleState::Succesful, "10.00"}, {SaleState::Succesful, "5.50"}, {SaleState::Failed, "30.00"},
            {SaleState::Refund, "20.00"},    {SaleState::Unknown, "15.00"},  {SaleState::New, "1.00"},
            {SaleState::Voided, "8.00"},     {SaleState::Rejected, "7.00"},
        };
        QString unknownRefid;
        for (const auto &[state, amount] : day) {
            clock.advanceSecs(30);
            const QString refid = sell(j, state, QString::fromLatin1(amount), state == SaleState::Refund ? u"M"_s : u"D"_s);
            QVERIFY2(!refid.isEmpty(), qPrintable(j.errorString()));
            if (state == SaleState::Unknown)
                unknownRefid = refid;
        }
        const std::optional<ZReport> sofar = ledger.currentReport();
        QVERIFY2(sofar, qPrintable(ledger.errorString()));
        QCOMPARE(sofar->zNumber, 0);
        QCOMPARE(sofar->summary.saleCount(), int(day.size()));
        QCOMPARE(sofar->summary.pendingCount(), 2);

        clock.advanceSecs(60);
        const std::optional<ZReport> z = ledger.close(36000, 480000);
        QVERIFY2(z, qPrintable(ledger.errorString()));
        QCOMPARE(z->zNumber, 1);
        QCOMPARE(z->summary.saleCount(), int(day.size()));
        QCOMPARE(z->summary.total(ShiftSummary::Group::Successful).sen, qint64(1550));
        QCOMPARE(z->summary.total(ShiftSummary::Group::Pending).sen, qint64(1600));
        QCOMPARE(z->summary.total(ShiftSummary::Group::Refunded).count, 1);
        QCOMPARE(z->expectedCashSen(), qint64(20000 + 1550 + 1600));
        QCOMPARE(z->varianceSen(), std::optional<qint64>(36000 - 23150));
        QCOMPARE(z->walletAtOpenSen, std::optional<qint64>(500000));
        QCOMPARE(z->walletAtCloseSen, std::optional<qint64>(480000));
        QCOMPARE(z->terminalId, j.terminalId());
        QCOMPARE(scalar(journalFile(tmp), u"SELECT expected_cash_sen FROM shifts WHERE z_number = 1"_s).toLongLong(),
                 qint64(23150));
        QVERIFY(!ledger.current());

        // After the close: a later sale is not in it, and the pending sale settling later does
        // not change what was printed.
        clock.advanceSecs(60);
        QVERIFY(!sell(j, SaleState::Succesful, u"50.00"_s).isEmpty());
        QVERIFY(answer(j, unknownRefid, SaleState::Succesful));
        const std::optional<ZReport> again = ledger.zReport(1);
        QVERIFY2(again, qPrintable(ledger.errorString()));
        QCOMPARE(again->plainText(), z->plainText());
        QCOMPARE(again->summary.pendingCount(), 2);
    }

    // A sale pending at one close: the next shift carries it while it stays pending, and the
    // shift during which it fails hands its cash back (its expected cash is that much lower).
    void pendingSaleFollowedIntoLaterShifts()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY(j.open(tmp.path()));
        ShiftLedger ledger(j, clock);
        QVERIFY(ledger.open(u"Aminah"_s, 10000));
        clock.advanceSecs(60);
        const QString pending = sell(j, SaleState::Unknown, u"7.00"_s);
        const QString settles = sell(j, SaleState::Processing, u"3.00"_s);
        QVERIFY(!pending.isEmpty() && !settles.isEmpty());
        clock.advanceSecs(60);
        const std::optional<ZReport> z1 = ledger.close(11000);
        QVERIFY2(z1, qPrintable(ledger.errorString()));
        QCOMPARE(z1->expectedCashSen(), qint64(11000));
        QCOMPARE(z1->varianceSen(), std::optional<qint64>(0));

        // Shift 2: one succeeds, the other stays pending.
        clock.advanceSecs(60);
        QVERIFY(ledger.open(u"Badrul"_s, 5000));
        QVERIFY(answer(j, settles, SaleState::Succesful));
        QCOMPARE(ledger.currentReport()->summary.carried.size(), 1);
        clock.advanceSecs(60);
        const std::optional<ZReport> z2 = ledger.close(5000);
        QVERIFY2(z2, qPrintable(ledger.errorString()));
        QCOMPARE(z2->expectedCashSen(), qint64(5000));
        QCOMPARE(z2->summary.carried.size(), 1);
        QCOMPARE(z2->summary.carried.first().refid, pending);
        QCOMPARE(z2->summary.carried.first().zNumber, z1->zNumber);
        QVERIFY(z2->summary.handedBack.isEmpty());

        // Shift 3: it fails; the customer gets 7.00 back from this drawer.
        clock.advanceSecs(60);
        QVERIFY(ledger.open(u"Chong"_s, 5000));
        QVERIFY(answer(j, pending, SaleState::Failed));
        clock.advanceSecs(60);
        const std::optional<ZReport> z3 = ledger.close(4300);
        QVERIFY2(z3, qPrintable(ledger.errorString()));
        QCOMPARE(z3->summary.handedBack.size(), 1);
        QCOMPARE(z3->summary.handedBack.first().state, SaleState::Failed);
        QCOMPARE(z3->expectedCashSen(), qint64(4300));
        QCOMPARE(z3->varianceSen(), std::optional<qint64>(0));
        // Followed once: the shift after that has nothing left from it.
        clock.advanceSecs(60);
        QVERIFY(ledger.open(u"Devi"_s, 0));
        const std::optional<ZReport> sofar = ledger.currentReport();
        QVERIFY(sofar->summary.handedBack.isEmpty() && sofar->summary.carried.isEmpty());
        // The reprint of Z2 still shows it carried, as printed then.
        QCOMPARE(ledger.zReport(z2->zNumber)->plainText(), z2->plainText());
    }

    void zNumbersIncreaseAndSurviveReopen()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        {
            Journal j(clock);
            QVERIFY(j.open(tmp.path()));
            ShiftLedger ledger(j, clock);
            for (int expected = 1; expected <= 2; ++expected) {
                QVERIFY(ledger.open(u"Cashier %1"_s.arg(expected), 1000 * expected));
                clock.advanceSecs(3600);
                const std::optional<ZReport> z = ledger.close(1000 * expected);
                QVERIFY2(z, qPrintable(ledger.errorString()));
                QCOMPARE(z->zNumber, expected);
                QCOMPARE(z->varianceSen(), std::optional<qint64>(0));
            }
        }
        Journal j(clock);
        QVERIFY(j.open(tmp.path()));
        ShiftLedger ledger(j, clock);
        QVERIFY(ledger.open(u"Cashier 3"_s, 0));
        clock.advanceSecs(60);
        QCOMPARE(ledger.close(0)->zNumber, 3);
        QCOMPARE(ledger.zReport()->zNumber, 3);   // 0: the latest
        QCOMPARE(ledger.zReport(1)->cashier, u"Cashier 1"_s);
        QCOMPARE(ledger.zReport(2)->summary.openingFloatSen, qint64(2000));
        QVERIFY(!ledger.zReport(9));
        QVERIFY2(ledger.errorString().contains(u"9"_s), qPrintable(ledger.errorString()));
        const QList<Shift> closed = ledger.closedShifts();
        QCOMPARE(closed.size(), 3);
        QCOMPARE(closed.first().zNumber, std::optional<int>(3));
        // Z numbers are unique in the table itself.
        QVERIFY(!execAll(journalFile(tmp), {u"UPDATE shifts SET z_number = 1 WHERE z_number = 2"_s}));
    }

    // A clock set back below the opening time still closes the shift (at its opening time).
    void clockBackwardsStillCloses()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        Journal j(clock);
        QVERIFY(j.open(tmp.path()));
        ShiftLedger ledger(j, clock);
        const std::optional<Shift> s = ledger.open(u"Ali"_s, 0);
        QVERIFY(s);
        clock.advanceSecs(-3600);
        const std::optional<ZReport> z = ledger.close(0);
        QVERIFY2(z, qPrintable(ledger.errorString()));
        QCOMPARE(z->closedAt, s->openedAt);
        // Still behind: the next shift starts at that close, so the two never overlap.
        clock.advanceSecs(-3600);
        const std::optional<Shift> next = ledger.open(u"Badrul"_s, 0);
        QVERIFY(next);
        QCOMPARE(next->openedAt, z->closedAt);
    }
};

QTEST_GUILESS_MAIN(TestShiftLedger)
#include "tst_shiftledger.moc"

#include "journal/Journal.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SaleState)

// What the journal itself guarantees about evidence of a transaction (schema 2), whatever the
// engine in memory believes: evidence is sticky across processes, it forbids the "no
// transaction" states, answers to a body that is no longer current are refused, and what a
// Succesful sale issued is kept when IIMMPACT later voids it.
class TestJournalEvidence : public QObject
{
    Q_OBJECT

private:
    static SaleRecord makeSale(const QString &refid, const QString &amount = u"10.00"_s)
    {
        SaleRecord r;
        r.refid = refid;
        r.product = u"D"_s;
        r.account = u"0123456789"_s;
        r.amount = amount;
        r.requestBody = u"{\"refid\":\"%1\",\"product\":\"D\",\"account\":\"0123456789\","
                        "\"amount\":\"%2\"}"_s.arg(refid, amount).toUtf8();
        return r;
    }

    static SaleRecord answer(SaleState state, bool seen)
    {
        SaleRecord u;
        u.state = state;
        u.httpStatus = seen ? 200 : 400;
        u.transactionSeen = seen;
        return u;
    }

    ManualClock m_clock;

private slots:
    void transitionRules_data()
    {
        QTest::addColumn<SaleState>("from");
        QTest::addColumn<SaleState>("to");
        QTest::addColumn<bool>("seen");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("New->Rejected, no evidence") << SaleState::New << SaleState::Rejected << false << true;
        QTest::newRow("Unknown->Rejected, evidence") << SaleState::Unknown << SaleState::Rejected << true << false;
        QTest::newRow("Accepted->Rejected, evidence") << SaleState::Accepted << SaleState::Rejected << true << false;
        QTest::newRow("New->NeedsDecision") << SaleState::New << SaleState::NeedsDecision << false << true;
        QTest::newRow("Unknown->NeedsDecision") << SaleState::Unknown << SaleState::NeedsDecision << false << true;
        QTest::newRow("Unknown->NeedsDecision, evidence") << SaleState::Unknown << SaleState::NeedsDecision << true << false;
        QTest::newRow("Accepted->NeedsDecision") << SaleState::Accepted << SaleState::NeedsDecision << false << false;
        QTest::newRow("NeedsDecision->Voided") << SaleState::NeedsDecision << SaleState::Voided << false << true;
        QTest::newRow("New->Voided") << SaleState::New << SaleState::Voided << false << false;
        QTest::newRow("Unknown->Voided") << SaleState::Unknown << SaleState::Voided << false << false;
        QTest::newRow("NeedsDecision->New (send now)") << SaleState::NeedsDecision << SaleState::New << false << true;
        QTest::newRow("NeedsDecision->Accepted (found)") << SaleState::NeedsDecision << SaleState::Accepted << true << true;
        QTest::newRow("NeedsDecision->Rejected") << SaleState::NeedsDecision << SaleState::Rejected << false << false;
        QTest::newRow("Voided->New") << SaleState::Voided << SaleState::New << false << false;
        QTest::newRow("Voided->Succesful") << SaleState::Voided << SaleState::Succesful << true << false;
        QTest::newRow("Succesful->Refund") << SaleState::Succesful << SaleState::Refund << true << true;
        QTest::newRow("Succesful->Failed") << SaleState::Succesful << SaleState::Failed << true << false;
    }

    void transitionRules()
    {
        QFETCH(SaleState, from);
        QFETCH(SaleState, to);
        QFETCH(bool, seen);
        QFETCH(bool, allowed);
        QCOMPARE(Journal::isTransitionAllowed(from, to, seen), allowed);
    }

    void apiStatusesNeverMapToLocalStates_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("known");
        QTest::newRow("Succesful") << u"Succesful"_s << true;
        QTest::newRow("Refund") << u"Refund"_s << true;
        QTest::newRow("Accepted") << u"Accepted"_s << true;
        QTest::newRow("Successful (not the API's spelling)") << u"Successful"_s << false;
        QTest::newRow("Voided") << u"Voided"_s << false;
        QTest::newRow("NeedsDecision") << u"NeedsDecision"_s << false;
        QTest::newRow("New") << u"New"_s << false;
        QTest::newRow("Rejected") << u"Rejected"_s << false;
        QTest::newRow("Unknown") << u"Unknown"_s << false;
    }

    void apiStatusesNeverMapToLocalStates()
    {
        QFETCH(QString, status);
        QFETCH(bool, known);
        QCOMPARE(saleStateFromApiStatus(status).has_value(), known);
    }

    // A 200 seen by one process forbids "Rejected" to every later process on the same file.
    void evidenceSurvivesReopen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            Journal first(m_clock);
            QVERIFY2(first.open(dir.path()), qPrintable(first.errorString()));
            SaleRecord r = makeSale(u"T-1"_s);
            QVERIFY(first.insertSale(r));
            SaleRecord unknownButSeen = answer(SaleState::Unknown, true);
            unknownButSeen.statusText = u"Queued"_s;   // a status string we do not know
            QVERIFY2(first.recordOutcome(r.refid, unknownButSeen), qPrintable(first.errorString()));
        }
        Journal second(m_clock);
        QVERIFY2(second.open(dir.path()), qPrintable(second.errorString()));
        const std::optional<SaleRecord> read = second.sale(u"T-1"_s);
        QVERIFY(read);
        QVERIFY(read->transactionSeen);
        // The later answer says nothing about evidence: the journal keeps it.
        QVERIFY(second.recordOutcome(u"T-1"_s, answer(SaleState::Unknown, false)));
        QVERIFY(second.sale(u"T-1"_s)->transactionSeen);
        QVERIFY(!second.recordOutcome(u"T-1"_s, answer(SaleState::Rejected, false)));
        QCOMPARE(second.sale(u"T-1"_s)->state, SaleState::Unknown);
        // And a body with a transaction behind it can never be rewritten.
        QVERIFY(!second.rewriteRejected(u"T-1"_s, u"D"_s, u"0123456789"_s, u"5.00"_s, {},
                                        makeSale(u"T-1"_s, u"5.00"_s).requestBody));
    }

    void beginAttemptReadsTheCurrentBody()
    {
        QTemporaryDir dir;
        Journal a(m_clock);
        Journal b(m_clock);
        QVERIFY(a.open(dir.path()));
        QVERIFY(b.open(dir.path()));
        SaleRecord r = makeSale(u"T-2"_s);
        QVERIFY(a.insertSale(r));
        const QByteArray tenRinggit = r.requestBody;
        // Process B learns there is no transaction and corrects the amount.
        QVERIFY(b.recordOutcome(r.refid, answer(SaleState::Rejected, false)));
        const QByteArray fiveRinggit = makeSale(r.refid, u"5.00"_s).requestBody;
        QVERIFY(b.rewriteRejected(r.refid, u"D"_s, u"0123456789"_s, u"5.00"_s, {}, fiveRinggit));

        const std::optional<SaleRecord> attempt = a.beginAttempt(r.refid);
        QVERIFY2(attempt, qPrintable(a.errorString()));
        QCOMPARE(attempt->requestBody, fiveRinggit);
        QCOMPARE(attempt->attempts, 1);
        QCOMPARE(a.sale(r.refid)->attempts, 1);

        // An answer to the old body is not the sale's answer.
        SaleRecord failed54 = answer(SaleState::Failed, true);
        failed54.statusCode = 54;
        QVERIFY(!a.recordOutcome(r.refid, failed54, tenRinggit));
        QVERIFY(a.lastWriteWasStaleBody());
        QCOMPARE(a.sale(r.refid)->state, SaleState::New);
        QVERIFY(a.recordOutcome(r.refid, answer(SaleState::Accepted, true), fiveRinggit));
        QVERIFY(!a.lastWriteWasStaleBody());
    }

    void beginAttemptRefusesSalesThatMustNotBeSent_data()
    {
        QTest::addColumn<SaleState>("state");
        QTest::newRow("Rejected") << SaleState::Rejected;
        QTest::newRow("NeedsDecision") << SaleState::NeedsDecision;
    }

    void beginAttemptRefusesSalesThatMustNotBeSent()
    {
        QFETCH(SaleState, state);
        QTemporaryDir dir;
        Journal j(m_clock);
        QVERIFY(j.open(dir.path()));
        SaleRecord r = makeSale(u"T-3"_s);
        QVERIFY(j.insertSale(r));
        QVERIFY2(j.recordOutcome(r.refid, answer(state, false)), qPrintable(j.errorString()));
        QVERIFY(!j.beginAttempt(r.refid));
        QCOMPARE(j.sale(r.refid)->attempts, 0);
        if (state == SaleState::NeedsDecision) {
            QVERIFY(j.recordOutcome(r.refid, answer(SaleState::Voided, false)));
            QVERIFY(!j.beginAttempt(r.refid));
            QVERIFY(!j.recordOutcome(r.refid, answer(SaleState::New, false)));
        }
    }

    void refundKeepsWhatWasIssued()
    {
        QTemporaryDir dir;
        Journal j(m_clock);
        QVERIFY(j.open(dir.path()));
        SaleRecord r = makeSale(u"T-4"_s);
        QVERIFY(j.insertSale(r));
        SaleRecord ok = answer(SaleState::Succesful, true);
        ok.sn = u"SN-1"_s;
        ok.pin = u"1234-5678"_s;
        ok.expiry = u"20271231"_s;
        ok.voucherlink = u"https://example.invalid/v/abc"_s;
        QVERIFY(j.recordOutcome(r.refid, ok));
        SaleRecord refund = answer(SaleState::Refund, true);   // the void carries no PIN
        QVERIFY(j.recordOutcome(r.refid, refund));
        const SaleRecord read = *j.sale(r.refid);
        QCOMPARE(read.state, SaleState::Refund);
        QCOMPARE(read.sn, std::optional<QString>(u"SN-1"_s));
        QCOMPARE(read.pin, std::optional<QString>(u"1234-5678"_s));
        QCOMPARE(read.expiry, std::optional<QString>(u"20271231"_s));
        QCOMPARE(read.voucherlink, std::optional<QString>(u"https://example.invalid/v/abc"_s));
    }

    void pendingListsNeedsDecision()
    {
        QTemporaryDir dir;
        Journal j(m_clock);
        QVERIFY(j.open(dir.path()));
        SaleRecord r = makeSale(u"T-5"_s);
        QVERIFY(j.insertSale(r));
        QVERIFY(j.recordOutcome(r.refid, answer(SaleState::NeedsDecision, false)));
        QCOMPARE(j.nonFinalCount(), 1);
        QCOMPARE(j.nonFinal().size(), 1);
        QCOMPARE(j.nonFinal().constFirst().state, SaleState::NeedsDecision);
        QVERIFY(j.recordOutcome(r.refid, answer(SaleState::Voided, false)));
        QCOMPARE(j.nonFinalCount(), 0);
        QVERIFY(j.sale(r.refid)->finalAt.has_value());
    }
};

QTEST_GUILESS_MAIN(TestJournalEvidence)
#include "tst_journalevidence.moc"

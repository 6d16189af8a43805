#include "payment/OutcomeDecision.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using Next = OutcomeDecision::Next;

// make-payment.txt's table, one row per answer, as the pure rule PaymentEngine applies:
// (answer, what the journal knows) -> (state to journal, next step, knowledge after).
class TestOutcomeDecision : public QObject
{
    Q_OBJECT

private:
    static TopupOutcome answer(TopupOutcomeKind kind, int http, const QString &status = QString(),
                               std::optional<int> code = std::nullopt)
    {
        TopupOutcome o;
        o.kind = kind;
        o.httpStatus = http;
        o.message = u"What the server or the client said"_s;
        if (!status.isEmpty()) {
            TopupData d;
            d.status = status;
            d.statusCode = code;
            d.refid = u"T1-20261202-000001"_s;
            o.data = d;
        }
        return o;
    }

private slots:
    void decide_data()
    {
        QTest::addColumn<TopupOutcome>("outcome");
        QTest::addColumn<SaleState>("journalState");
        QTest::addColumn<bool>("sawBefore");
        QTest::addColumn<bool>("recheckedBefore");
        QTest::addColumn<int>("unauthorizedBefore");
        QTest::addColumn<SaleState>("state");
        QTest::addColumn<Next>("next");
        QTest::addColumn<bool>("applyData");
        QTest::addColumn<bool>("sawAfter");
        QTest::addColumn<bool>("needsReview");
        QTest::addColumn<bool>("authProblem");

        using K = TopupOutcomeKind;
        using S = SaleState;
        // Final answers: the status is journaled exactly as spelled, with the returned fields.
        QTest::newRow("200 Succesful") << answer(K::Final, 200, u"Succesful"_s, 0) << S::New << false << false << 0
                                       << S::Succesful << Next::Settle << true << true << false << false;
        QTest::newRow("200 Failed") << answer(K::Final, 200, u"Failed"_s, 48) << S::Accepted << true << false << 0
                                    << S::Failed << Next::Settle << true << true << false << false;
        QTest::newRow("200 Refund") << answer(K::Final, 200, u"Refund"_s) << S::Processing << true << false << 0
                                    << S::Refund << Next::Settle << true << true << false << false;
        // Pending: Accepted and Processing are polled with the same refid and body.
        QTest::newRow("200 Accepted") << answer(K::Pending, 200, u"Accepted"_s, 0) << S::New << false << false << 0
                                      << S::Accepted << Next::Poll << true << true << false << false;
        QTest::newRow("200 Processing") << answer(K::Pending, 200, u"Processing"_s, 1) << S::Accepted << true << false << 0
                                        << S::Processing << Next::Poll << true << true << false << false;
        // HTTP 400 + Failed: no transaction exists; same refid for the corrected sale.
        QTest::newRow("400 Failed, first answer") << answer(K::Rejected, 400, u"Failed"_s) << S::New << false << false << 0
                                                  << S::Rejected << Next::Settle << true << false << false << false;
        QTest::newRow("400 without a body") << answer(K::Rejected, 400) << S::Unknown << false << false << 0
                                            << S::Rejected << Next::Settle << false << false << false << false;
        // ... but never after IIMMPACT showed a transaction (also from an earlier process).
        QTest::newRow("400 after Accepted") << answer(K::Rejected, 400) << S::Accepted << true << false << 0
                                            << S::Accepted << Next::Backoff << false << true << true << false;
        QTest::newRow("400 after evidence, Unknown") << answer(K::Rejected, 400) << S::Unknown << true << false << 0
                                                     << S::Unknown << Next::Backoff << false << true << true << false;
        // Unknown outcomes: never Failed. A sale with a transaction keeps its pending state.
        QTest::newRow("timeout, never answered") << answer(K::Unknown, 0) << S::New << false << false << 0
                                                 << S::Unknown << Next::Backoff << false << false << false << false;
        QTest::newRow("500 after Processing") << answer(K::Unknown, 500) << S::Processing << true << false << 0
                                              << S::Processing << Next::Backoff << false << true << false << false;
        QTest::newRow("unknown status string") << answer(K::Unknown, 200, u"Pending"_s) << S::New << false << false << 0
                                               << S::Unknown << Next::Backoff << false << true << false << false;
        QTest::newRow("final without a status") << answer(K::Final, 200) << S::New << false << false << 0
                                                << S::Unknown << Next::Backoff << false << false << false << false;
        // 401 once may be Qt re-sending a nonce the server saw: ask again; twice, or 403: stop,
        // the sale stays pending.
        QTest::newRow("401 once") << answer(K::AuthError, 401) << S::New << false << false << 0
                                  << S::Unknown << Next::RetrySoon << false << false << false << false;
        QTest::newRow("401 twice") << answer(K::AuthError, 401) << S::New << false << false << 1
                                   << S::Unknown << Next::Settle << false << false << false << true;
        QTest::newRow("403 after Accepted") << answer(K::AuthError, 403) << S::Accepted << true << false << 0
                                            << S::Accepted << Next::Settle << false << true << false << true;
        QTest::newRow("429") << answer(K::RateLimited, 429) << S::New << false << false << 0
                             << S::Unknown << Next::RetryAfter << false << false << false << false;
        // Nothing was sent: the state stays.
        QTest::newRow("configuration error") << answer(K::ConfigError, 0) << S::Accepted << true << false << 0
                                             << S::Accepted << Next::Settle << false << true << false << false;
        // 200 Failed 54: duplicate refid (another body) or a daily limit: never final at once.
        QTest::newRow("Failed 54, first") << answer(K::Final, 200, u"Failed"_s, 54) << S::New << false << false << 0
                                          << S::Unknown << Next::RetrySoon << false << true << true << false;
        QTest::newRow("Failed 54, again, never accepted") << answer(K::Final, 200, u"Failed"_s, 54) << S::Unknown << true
                                                          << true << 0 << S::Unknown << Next::Backoff << false << true
                                                          << true << false;
        QTest::newRow("Failed 54, again, this body accepted") << answer(K::Final, 200, u"Failed"_s, 54) << S::Accepted
                                                              << true << true << 0 << S::Failed << Next::Settle << true
                                                              << true << true << false;
    }
    void decide()
    {
        QFETCH(TopupOutcome, outcome);
        QFETCH(SaleState, journalState);
        QFETCH(bool, sawBefore);
        QFETCH(bool, recheckedBefore);
        QFETCH(int, unauthorizedBefore);
        QFETCH(SaleState, state);
        QFETCH(Next, next);
        QFETCH(bool, applyData);
        QFETCH(bool, sawAfter);
        QFETCH(bool, needsReview);
        QFETCH(bool, authProblem);
        OutcomeDecision::Knowledge k;
        k.state = journalState;
        k.sawTransaction = sawBefore;
        k.recheckedFailed54 = recheckedBefore;
        k.unauthorizedStreak = unauthorizedBefore;
        const OutcomeDecision::Decision d = OutcomeDecision::decide(outcome, k);
        QCOMPARE(d.state, state);
        QCOMPARE(d.next, next);
        QCOMPARE(d.applyData, applyData);
        QCOMPARE(d.sawTransaction, sawAfter);
        QCOMPARE(d.needsReview, needsReview);
        QCOMPARE(d.authProblem, authProblem);
        // Never Failed unless IIMMPACT said Failed as a final answer.
        if (d.state == SaleState::Failed)
            QVERIFY(outcome.kind == TopupOutcomeKind::Final && outcome.data && outcome.data->status == u"Failed"_s);
        // A usable final or pending answer clears the error; anything else says why.
        const bool usable = (outcome.kind == TopupOutcomeKind::Final || outcome.kind == TopupOutcomeKind::Pending)
            && applyData && !(outcome.data && outcome.data->statusCode == OutcomeDecision::DuplicateOrLimitCode);
        QCOMPARE(d.lastError.isEmpty(), usable);
    }

    // An answer about another sale (echo mismatch) is never taken, whatever it says.
    void echoMismatchIsNeverTaken_data()
    {
        QTest::addColumn<TopupOutcomeKind>("kind");
        QTest::addColumn<QString>("status");
        QTest::newRow("Succesful") << TopupOutcomeKind::Final << u"Succesful"_s;
        QTest::newRow("Failed") << TopupOutcomeKind::Final << u"Failed"_s;
        QTest::newRow("Accepted") << TopupOutcomeKind::Pending << u"Accepted"_s;
        QTest::newRow("400") << TopupOutcomeKind::Rejected << u"Failed"_s;
    }
    void echoMismatchIsNeverTaken()
    {
        QFETCH(TopupOutcomeKind, kind);
        QFETCH(QString, status);
        TopupOutcome o = answer(kind, kind == TopupOutcomeKind::Rejected ? 400 : 200, status);
        o.echoMismatch = true;
        OutcomeDecision::Knowledge k;
        k.state = SaleState::New;
        const OutcomeDecision::Decision d = OutcomeDecision::decide(o, k);
        QCOMPARE(d.state, SaleState::Unknown);
        QCOMPARE(d.next, Next::Backoff);
        QVERIFY(!d.applyData);
        QVERIFY(!d.sawTransaction);   // another sale's answer is no evidence about this one
        QVERIFY(d.needsReview);
        QVERIFY(!d.lastError.isEmpty());
    }

    // The streaks: a usable pending answer resets both; any other answer resets the 401 one.
    void streaks()
    {
        OutcomeDecision::Knowledge k;
        k.state = SaleState::Unknown;
        k.unauthorizedStreak = 1;
        OutcomeDecision::Decision d = OutcomeDecision::decide(answer(TopupOutcomeKind::Pending, 200, u"Accepted"_s), k);
        QVERIFY(d.resetUnknownStreak);
        QCOMPARE(d.unauthorizedStreak, 0);
        d = OutcomeDecision::decide(answer(TopupOutcomeKind::Unknown, 502), k);
        QVERIFY(!d.resetUnknownStreak);
        QCOMPARE(d.unauthorizedStreak, 0);
        d = OutcomeDecision::decide(answer(TopupOutcomeKind::AuthError, 403), k);
        QCOMPARE(d.unauthorizedStreak, 1);   // 403 is not a re-send: not counted, but kept
    }
};

QTEST_GUILESS_MAIN(TestOutcomeDecision)
#include "tst_outcomedecision.moc"

#include "api/ApiConfig.h"
#include "api/IimmpactClient.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A bare HTTP/1.1 endpoint for answers the simulator never gives (a wrong echo, 403):
// answers every request with what `respond` returns for its body, then closes.
class FakeTopupServer : public QTcpServer
{
public:
    std::function<QByteArray(const QByteArray &body)> respond;
    int requests = 0;

    FakeTopupServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QObject::destroyed, this, [buffer] { delete buffer; });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                    buffer->append(s->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    const QByteArray body = buffer->mid(end + 4, length);
                    buffer->clear();
                    ++requests;
                    s->write(respond(body));
                    s->disconnectFromHost();
                });
            }
        });
    }

    static QByteArray http(int status, const QByteArray &json)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
               "Connection: close\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
    }
};

QString refidOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"refid"_s).toString();
}

} // namespace

// PaymentEngine against the in-process simulator, the real client and a real journal:
// every row of make-payment.txt's table, every injected fault, and the money rules (one
// transaction per refid, the identical journaled body on every POST).
class TestPaymentEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    SystemClock m_systemClock;
    ManualClock m_manualClock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<IimmpactClient> m_client;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PaymentEngine> m_engine;
    QHash<QString, SaleRecord> m_settled;

    static Simulator::Options fastSim()
    {
        Simulator::Options o;
        o.acceptedMs = 100;
        o.processingMs = 100;
        o.longDelayMs = 600;
        o.billerCount = 50;
        return o;
    }
    static PaymentEngine::Timing fastTiming()
    {
        PaymentEngine::Timing t;
        t.pollIntervalMs = 50;
        t.jitterMs = 10;
        t.maxBackoffMs = 200;
        t.deadlineMs = 8000;
        return t;
    }

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

    // Builds simulator, client, journal and engine. baseUrl overrides the simulator's.
    void build(const Clock &clock, const Simulator::Options &simOptions = fastSim(),
               const QUrl &baseUrl = {}, int busyTimeoutMs = 3000)
    {
        tearDown();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = std::make_unique<Simulator>(simOptions);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<IimmpactClient>(m_nam.get(), clock);
        ApiConfig config;
        config.baseUrl = baseUrl.isEmpty() ? m_sim->baseUrl() : baseUrl;
        config.apiKey = Simulator::demoApiKey();
        config.secretBase64 = Simulator::demoSecretBase64();
        m_client->setConfig(config);
        QVERIFY2(m_client->configError().isEmpty(), qPrintable(m_client->configError()));
        m_journal = std::make_unique<Journal>(clock);
        m_journal->setBusyTimeout(busyTimeoutMs);
        QVERIFY2(m_journal->open(m_dir->path()), qPrintable(m_journal->errorString()));
        m_engine = std::make_unique<PaymentEngine>(*m_journal, *m_client, clock);
        m_engine->setTiming(fastTiming());
        connect(m_engine.get(), &PaymentEngine::saleSettled, this,
                [this](const SaleRecord &s) { m_settled.insert(s.refid, s); });
    }

    static SaleRequest reload(const QString &account, const QString &amount = u"10"_s)
    {
        SaleRequest r;
        r.product = u"D"_s;
        r.account = account;
        r.amount = amount;
        return r;
    }

    QString submitOk(const SaleRequest &r)
    {
        SubmitError error;
        const std::optional<QString> refid = m_engine->submit(r, &error);
        if (!refid)
            qWarning("submit refused: %s: %s", qPrintable(error.field), qPrintable(error.message));
        return refid.value_or(QString());
    }

    // A local event loop, not qWait() (which sleeps between event batches).
    bool waitSettled(const QString &refid, int timeoutMs = 10000)
    {
        if (m_settled.contains(refid))
            return true;
        QEventLoop loop;
        const auto c = connect(m_engine.get(), &PaymentEngine::saleSettled, &loop,
                               [&](const SaleRecord &s) {
                                   if (s.refid == refid)
                                       loop.quit();
                               });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        disconnect(c);
        return m_settled.contains(refid);
    }

    // Money rules: every POST for the refid carried the journaled body, byte for byte.
    void verifyBodies(const QString &refid)
    {
        const std::optional<SaleRecord> rec = m_journal->sale(refid);
        QVERIFY(rec);
        const QList<QByteArray> bodies = m_sim->topupBodies(refid);
        QVERIFY(!bodies.isEmpty());
        for (const QByteArray &b : bodies)
            QCOMPARE(b, rec->requestBody);
    }

private slots:
    void init() { build(m_systemClock); }
    void cleanup() { tearDown(); }

    // make-payment.txt's table, one row per stage.
    void seedTable_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("statusCode");
        QTest::addColumn<int>("transactions");

        QTest::newRow("200 Accepted -> Processing -> Succesful")
            << u"0123456789"_s << u"10"_s << u"Succesful"_s << 20 << 1;
        QTest::newRow("200 Failed at provider (48)") << u"60123450048"_s << u"10"_s << u"Failed"_s << 48 << 1;
        QTest::newRow("200 Failed invalid number (52)") << u"60123450052"_s << u"10"_s << u"Failed"_s << 52 << 1;
        QTest::newRow("200 Failed timed out (55)") << u"60123450055"_s << u"10"_s << u"Failed"_s << 55 << 1;
        QTest::newRow("400 Failed invalid denomination") << u"0123456789"_s << u"12"_s << u"Rejected"_s << 61 << 0;
    }
    void seedTable()
    {
        QFETCH(QString, account);
        QFETCH(QString, amount);
        QFETCH(QString, state);
        QFETCH(int, statusCode);
        QFETCH(int, transactions);

        QList<SaleState> seen;
        connect(m_engine.get(), &PaymentEngine::saleUpdated, this,
                [&seen](const SaleRecord &s) { seen.append(s.state); });
        const QString refid = submitOk(reload(account, amount));
        QVERIFY(!refid.isEmpty());
        QVERIFY(waitSettled(refid));
        const SaleRecord s = m_settled.value(refid);
        QCOMPARE(saleStateName(s.state), state);
        QCOMPARE(s.statusCode.value_or(-1), statusCode);
        QCOMPARE(m_sim->transactionCount(), transactions);
        verifyBodies(refid);
        // The journal agrees with the signal, and the answer was recorded before it went out.
        QCOMPARE(saleStateName(m_journal->sale(refid)->state), state);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.constLast(), s.state);
        if (transactions == 1) {
            // Accepted and Processing were polled with the same refid until final.
            QVERIFY(seen.contains(SaleState::Accepted));
            QVERIFY(seen.contains(SaleState::Processing));
            QVERIFY(m_sim->topupRequestCount(refid) >= 3);
            QCOMPARE(m_sim->topupRequestCount(refid), s.attempts);
        } else {
            QCOMPARE(m_sim->topupRequestCount(refid), 1);
            QVERIFY(!s.isFinal());
            QVERIFY(s.remarks.has_value());
        }
        QCOMPARE(m_journal->nonFinalCount(), 0);
    }

    void succesfulShowsOnlyReturnedFields()
    {
        const QString refid = submitOk(reload(u"0123456789"_s));
        QVERIFY(waitSettled(refid));
        const SaleRecord s = m_settled.value(refid);
        QCOMPARE(s.state, SaleState::Succesful);
        // Fields the API returned empty stay absent.
        for (const std::optional<QString> &field : {s.sn, s.pin, s.expiry, s.voucherlink, s.remarks})
            QVERIFY(!field || !field->isEmpty());
    }

    void refundAfterSuccess()
    {
        const QString refid = submitOk(reload(Simulator::refundLaterAccount()));
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Succesful);
        m_settled.clear();
        QVERIFY(m_engine->queryOnce(refid));
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Refund);
        QCOMPARE(m_settled.value(refid).statusCode.value_or(-1), 53);
        QCOMPARE(m_sim->transactionCount(), 1);
        verifyBodies(refid);
        // Refund is final: nothing more to ask.
        QVERIFY(!m_engine->requery(refid));
    }

    void voidedBySimulatorReadsRefund()
    {
        const QString refid = submitOk(reload(u"0123456789"_s));
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Succesful);
        m_sim->refund(refid);
        m_settled.clear();
        QVERIFY(m_engine->requery(refid));   // a Succesful sale gets one query
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Refund);
        QCOMPARE(m_sim->transactionCount(), 1);
    }

    // Every fault of the simulator's table: unknown outcomes end in the right final state,
    // with exactly one transaction and the identical body on every POST.
    void faults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("viaMagicAccount");
        const QList<Simulator::Fault> faults{
            Simulator::Fault::DropAfterCommit, Simulator::Fault::LongDelay,
            Simulator::Fault::Html500,         Simulator::Fault::GatewayTimeout504,
            Simulator::Fault::RateLimit429,    Simulator::Fault::MalformedJson,
            Simulator::Fault::UnknownStatus,   Simulator::Fault::Redirect,
            Simulator::Fault::Unauthorized401Once};
        for (Simulator::Fault f : faults) {
            const QByteArray name = Simulator::faultName(f).toUtf8();
            QTest::newRow(QByteArray("control " + name).constData()) << int(f) << false;
            QTest::newRow(QByteArray("magic account " + name).constData()) << int(f) << true;
        }
    }
    void faults()
    {
        QFETCH(int, fault);
        QFETCH(bool, viaMagicAccount);
        const auto f = Simulator::Fault(fault);
        QString account = u"0123456789"_s;
        if (viaMagicAccount) {
            account = Simulator::faultAccount(f);
            QVERIFY(!account.isEmpty());
        } else {
            m_sim->setNextFaults(f, 1);
        }
        QSignalSpy auth(m_engine.get(), &PaymentEngine::authenticationProblem);
        const QString refid = submitOk(reload(account));
        QVERIFY(!refid.isEmpty());
        QVERIFY(waitSettled(refid, 15000));
        const SaleRecord s = m_settled.value(refid);
        QCOMPARE(s.state, SaleState::Succesful);
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(m_sim->transactionStatus(refid), u"Succesful"_s);
        QVERIFY(m_sim->topupRequestCount(refid) >= 2);
        verifyBodies(refid);
        QCOMPARE(auth.count(), 0);
        QVERIFY(!s.needsReview);
    }

    // An unknown outcome is never Failed and never gets a new refid, even repeated.
    void repeatedUnknownOutcomesStayPending()
    {
        m_sim->setNextFaults(Simulator::Fault::Html500, 1000);
        PaymentEngine::Timing t = fastTiming();
        t.deadlineMs = 700;
        m_engine->setTiming(t);
        const QString refid = submitOk(reload(u"0123456789"_s));
        QVERIFY(waitSettled(refid));
        const SaleRecord s = m_settled.value(refid);
        QCOMPARE(s.state, SaleState::Unknown);
        QVERIFY(!s.lastError.isEmpty());
        QVERIFY(m_sim->topupRequestCount(refid) >= 2);
        QCOMPARE(m_sim->transactionCount(), 0);
        QCOMPARE(m_journal->nonFinalCount(), 1);
        QCOMPARE(m_journal->history(10).size(), 1);   // no second refid
        verifyBodies(refid);
        m_sim->setNextFaults(Simulator::Fault::None, 0);
        m_settled.clear();
        m_engine->setTiming(fastTiming());
        m_engine->recoverAll();
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Succesful);
        QCOMPARE(m_sim->transactionCount(), 1);
        verifyBodies(refid);
    }

    void rejectedThenCorrectedWithSameRefid()
    {
        const QString refid = submitOk(reload(u"0123456789"_s, u"12"_s));
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Rejected);
        QCOMPARE(m_sim->transactionCount(), 0);
        const QByteArray rejectedBody = m_journal->sale(refid)->requestBody;

        // Nothing to re-query for a Rejected sale.
        QVERIFY(!m_engine->requery(refid));
        QVERIFY(!m_engine->queryOnce(refid));

        SaleRequest fixed = reload(u"0123456789"_s, u"10"_s);
        fixed.correctsRefid = refid;
        m_settled.clear();
        QCOMPARE(submitOk(fixed), refid);
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Succesful);
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(m_journal->history(10).size(), 1);

        const QByteArray body = m_journal->sale(refid)->requestBody;
        QVERIFY(body != rejectedBody);
        QVERIFY(body.contains("\"amount\":\"10.00\""));
        const QList<QByteArray> bodies = m_sim->topupBodies(refid);
        QCOMPARE(bodies.first(), rejectedBody);
        for (int i = 1; i < bodies.size(); ++i)
            QCOMPARE(bodies.at(i), body);

        // Now it has a transaction: no more corrections under this refid.
        SubmitError error;
        QVERIFY(!m_engine->submit(fixed, &error));
        QCOMPARE(error.field, u"refid"_s);
    }

    void correctionRefusals_data()
    {
        QTest::addColumn<QString>("refid");
        QTest::newRow("unknown refid") << u"NOPE-1"_s;
        QTest::newRow("sale with a transaction") << QString();
    }
    void correctionRefusals()
    {
        QFETCH(QString, refid);
        if (refid.isEmpty()) {
            refid = submitOk(reload(u"0123456789"_s));
            QVERIFY(waitSettled(refid));
        }
        const int requests = m_sim->topupRequestCount(refid);
        SaleRequest r = reload(u"0198765432"_s, u"5"_s);
        r.correctsRefid = refid;
        SubmitError error;
        QVERIFY(!m_engine->submit(r, &error));
        QCOMPARE(error.field, u"refid"_s);
        QTest::qWait(50);
        QCOMPARE(m_sim->topupRequestCount(refid), requests);
    }

    void localValidationJournalsAndSendsNothing()
    {
        SubmitError error;
        SaleRequest r = reload(u"0123456789"_s, u"0"_s);
        QVERIFY(!m_engine->submit(r, &error));
        QCOMPARE(error.field, u"amount"_s);
        r.product = u"JOMPAY"_s;
        r.amount = u"10"_s;
        QVERIFY(!m_engine->submit(r, &error));
        QVERIFY(error.field == u"biller"_s || error.field == u"ic"_s);
        QCOMPARE(m_journal->history(10).size(), 0);
        QCOMPARE(m_engine->activeCount(), 0);
    }

    // Two requery() calls racing a poll, and re-queries while a request is in flight: at
    // most one request per refid at any time.
    void singleFlight()
    {
        int inFlight = 0;
        int maxInFlight = 0;
        int started = 0;
        connect(m_engine.get(), &PaymentEngine::requestStarted, this, [&](const QString &, int) {
            ++started;
            maxInFlight = std::max(maxInFlight, ++inFlight);
        });
        connect(m_engine.get(), &PaymentEngine::saleUpdated, this, [&](const SaleRecord &s) {
            // An answer (not an attempt) was recorded: the request is over.
            if (s.httpStatus.has_value() || !s.lastError.isEmpty())
                inFlight = std::max(0, inFlight - 1);
        });
        m_sim->setNextFaults(Simulator::Fault::LongDelay, 1);   // first answer takes 600 ms
        const QString refid = submitOk(reload(u"0123456789"_s));
        QVERIFY(m_engine->requery(refid));
        QVERIFY(m_engine->requery(refid));
        QVERIFY(m_engine->queryOnce(refid));
        QTest::qWait(200);
        QCOMPARE(m_sim->topupRequestCount(refid), 1);
        QCOMPARE(started, 1);

        // Wait for the Accepted answer, then race two re-queries against the poll timer.
        PaymentEngine::Timing t = fastTiming();
        t.pollIntervalMs = 400;
        t.jitterMs = 0;
        m_engine->setTiming(t);
        QTRY_VERIFY_WITH_TIMEOUT(m_journal->sale(refid)->state == SaleState::Accepted, 5000);
        QTest::qWait(20);
        const int before = m_sim->topupRequestCount(refid);
        QVERIFY(m_engine->requery(refid));
        QVERIFY(m_engine->requery(refid));
        QTest::qWait(100);
        QCOMPARE(m_sim->topupRequestCount(refid), before + 1);
        QVERIFY(waitSettled(refid));
        QCOMPARE(maxInFlight, 1);
        QCOMPARE(m_sim->topupRequestCount(refid), started);
        QCOMPARE(m_sim->transactionCount(), 1);
        verifyBodies(refid);
    }

    void doubleSubmitIsRefused()
    {
        m_sim->setNextFaults(Simulator::Fault::LongDelay, 1);
        const QString first = submitOk(reload(u"0123456789"_s));
        QVERIFY(!first.isEmpty());
        SubmitError error;
        QVERIFY(!m_engine->submit(reload(u"0123456789"_s), &error));
        QCOMPARE(error.field, u"duplicate"_s);
        QVERIFY(waitSettled(first));
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(m_journal->history(10).size(), 1);
    }

    void unauthorizedOnceIsRequeried()
    {
        QSignalSpy auth(m_engine.get(), &PaymentEngine::authenticationProblem);
        m_sim->setNextFaults(Simulator::Fault::Unauthorized401Once, 1);
        const QString refid = submitOk(reload(u"0123456789"_s));
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Succesful);
        QCOMPARE(auth.count(), 0);
        QCOMPARE(m_sim->transactionCount(), 1);
        verifyBodies(refid);
    }

    void unauthorizedTwiceIsAnAuthProblemAndStaysPending()
    {
        QSignalSpy auth(m_engine.get(), &PaymentEngine::authenticationProblem);
        m_sim->setNextFaults(Simulator::Fault::Unauthorized401Once, 2);
        const QString refid = submitOk(reload(u"0123456789"_s));
        QVERIFY(waitSettled(refid));
        const SaleRecord s = m_settled.value(refid);
        QCOMPARE(s.state, SaleState::Unknown);   // pending, never Failed
        QCOMPARE(s.httpStatus.value_or(0), 401);
        QCOMPARE(auth.count(), 1);
        QCOMPARE(m_sim->topupRequestCount(refid), 2);
        QCOMPARE(m_journal->nonFinalCount(), 1);
        m_settled.clear();
        m_engine->recoverAll();
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Succesful);
        QCOMPARE(m_sim->transactionCount(), 1);
        verifyBodies(refid);
    }

    void forbiddenIsAnAuthProblemAndStaysPending()
    {
        FakeTopupServer fake;
        fake.respond = [](const QByteArray &) {
            return FakeTopupServer::http(403, R"({"message":"Forbidden"})");
        };
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        build(m_systemClock, fastSim(), QUrl(u"http://127.0.0.1:%1"_s.arg(fake.serverPort())));
        QSignalSpy auth(m_engine.get(), &PaymentEngine::authenticationProblem);
        const QString refid = submitOk(reload(u"0123456789"_s));
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Unknown);
        QCOMPARE(auth.count(), 1);
        QCOMPARE(fake.requests, 1);
        QCOMPARE(m_journal->nonFinalCount(), 1);
    }

    // A final answer about another sale is not accepted: pending, flagged, settled at the
    // deadline rather than looping forever.
    void echoMismatchIsFlaggedNotAccepted()
    {
        FakeTopupServer fake;
        fake.respond = [](const QByteArray &body) {
            QJsonObject data{{u"statusCode"_s, 20}, {u"status"_s, u"Succesful"_s},
                             {u"refid"_s, refidOf(body)}, {u"product"_s, u"D"_s},
                             {u"account"_s, u"0199999999"_s}, {u"amount"_s, 10},
                             {u"sn"_s, u"SN1"_s}, {u"pin"_s, u"1234"_s}};
            return FakeTopupServer::http(
                200, QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson(QJsonDocument::Compact));
        };
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        build(m_systemClock, fastSim(), QUrl(u"http://127.0.0.1:%1"_s.arg(fake.serverPort())));
        PaymentEngine::Timing t = fastTiming();
        t.deadlineMs = 800;
        m_engine->setTiming(t);
        const QString refid = submitOk(reload(u"0123456789"_s));
        QVERIFY(waitSettled(refid));
        const SaleRecord s = m_settled.value(refid);
        QCOMPARE(s.state, SaleState::Unknown);
        QVERIFY(s.needsReview);
        QVERIFY(!s.sn && !s.pin);    // nothing of the foreign answer is kept
        QVERIFY(fake.requests >= 2);  // re-queried...
        QVERIFY(fake.requests < 20);  // ...with backoff, not in a tight loop
        QVERIFY(m_journal->sale(refid)->needsReview);
    }

    // Once the refid is known to have a transaction, a 400 cannot mean "none was created":
    // never Rejected (which would allow re-sending other details under the refid).
    void http400AfterAcceptedIsNotRejected()
    {
        FakeTopupServer fake;
        int answered = 0;
        fake.respond = [&answered](const QByteArray &body) {
            const QJsonObject req = QJsonDocument::fromJson(body).object();
            QJsonObject data{{u"refid"_s, req.value(u"refid"_s)}, {u"product"_s, req.value(u"product"_s)},
                             {u"account"_s, req.value(u"account"_s)}, {u"amount"_s, 10}};
            if (answered++ == 0) {
                data.insert(u"statusCode"_s, 0);
                data.insert(u"status"_s, u"Accepted"_s);
                return FakeTopupServer::http(200, QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson());
            }
            data.insert(u"statusCode"_s, 44);
            data.insert(u"status"_s, u"Failed"_s);
            data.insert(u"remarks"_s, u"Invalid product"_s);
            return FakeTopupServer::http(400, QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson());
        };
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        build(m_systemClock, fastSim(), QUrl(u"http://127.0.0.1:%1"_s.arg(fake.serverPort())));
        PaymentEngine::Timing t = fastTiming();
        t.deadlineMs = 600;
        m_engine->setTiming(t);
        const QString refid = submitOk(reload(u"0123456789"_s));
        QVERIFY(waitSettled(refid));
        const SaleRecord s = m_settled.value(refid);
        QCOMPARE(s.state, SaleState::Accepted);   // still pending, transaction exists
        QVERIFY(s.needsReview);
        QVERIFY(fake.requests >= 2);
        SaleRequest other = reload(u"0123456789"_s, u"5"_s);
        other.correctsRefid = refid;
        SubmitError error;
        QVERIFY(!m_engine->submit(other, &error));
        QCOMPARE(error.field, u"refid"_s);
    }

    void deadlineLeavesPendingThenRecoverAllFinishes()
    {
        m_sim->setTiming(1500, 200);
        PaymentEngine::Timing t = fastTiming();
        t.deadlineMs = 400;
        m_engine->setTiming(t);
        const QString refid = submitOk(reload(u"0123456789"_s));
        QVERIFY(waitSettled(refid));
        const SaleRecord s = m_settled.value(refid);
        QCOMPARE(s.state, SaleState::Accepted);   // pending, journaled
        QVERIFY(!m_engine->isActive(refid));
        QCOMPARE(m_journal->nonFinalCount(), 1);

        m_settled.clear();
        m_engine->setTiming(fastTiming());
        QSignalSpy pending(m_engine.get(), &PaymentEngine::pendingCountChanged);
        m_engine->recoverAll();
        QVERIFY(m_engine->isActive(refid));
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Succesful);
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(m_journal->nonFinalCount(), 0);
        QVERIFY(!pending.isEmpty());
        QCOMPARE(pending.constLast().at(0).toInt(), 0);
        verifyBodies(refid);
    }

    void deadlineIncludesTheRequestInFlight()
    {
        Simulator::Options o = fastSim();
        o.longDelayMs = 6000;
        build(m_systemClock, o);
        m_sim->setNextFaults(Simulator::Fault::LongDelay, 1);
        PaymentEngine::Timing t = fastTiming();
        t.deadlineMs = 500;
        m_engine->setTiming(t);
        const QString refid = submitOk(reload(u"0123456789"_s));
        // Settles at its deadline, long before the delayed answer.
        QVERIFY(waitSettled(refid, 4000));
        const SaleRecord s = m_settled.value(refid);
        QCOMPARE(s.state, SaleState::Unknown);
        QCOMPARE(m_sim->topupRequestCount(refid), 1);
        QCOMPARE(m_journal->nonFinalCount(), 1);
        // The transaction was committed by the server: recovery finds it, no second one.
        m_settled.clear();
        m_engine->setTiming(fastTiming());
        m_engine->recoverAll();
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Succesful);
        QCOMPARE(m_sim->transactionCount(), 1);
        verifyBodies(refid);
    }

    // Wall-clock time going backwards must not stall, shorten or break a sale: deadlines run
    // on the monotonic clock; signatures and journal times use the (wrong) wall clock.
    void clockGoingBackwards()
    {
        m_manualClock.set(QDateTime::currentDateTimeUtc());
        build(m_manualClock);
        QList<SaleState> seen;
        connect(m_engine.get(), &PaymentEngine::saleUpdated, this, [&](const SaleRecord &s) {
            seen.append(s.state);
            // Every update the wall clock jumps back, staying inside the server's +/-300 s
            // signature window (outside it a 401 would be the right answer).
            if (seen.size() <= 10)
                m_manualClock.advanceSecs(-25);
        });
        const QString refid = submitOk(reload(u"0123456789"_s));
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Succesful);
        QVERIFY(seen.size() >= 3);
        QCOMPARE(m_sim->transactionCount(), 1);
        verifyBodies(refid);
    }

    void journalWriteFailureSendsNothing()
    {
        build(m_systemClock, fastSim(), {}, 100);
        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        locker.setDatabaseName(m_journal->filePath());
        QVERIFY(locker.open());
        {
            QSqlQuery q(locker);
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));   // hold the write lock
        }
        SubmitError error;
        QVERIFY(!m_engine->submit(reload(u"0123456789"_s), &error));
        QCOMPARE(error.field, u"journal"_s);
        QVERIFY(!error.message.isEmpty());
        QTest::qWait(50);
        QCOMPARE(m_sim->transactionCount(), 0);
        QCOMPARE(m_engine->activeCount(), 0);
        {
            QSqlQuery q(locker);
            QVERIFY(q.exec(u"ROLLBACK"_s));
        }
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"locker"_s);
        QCOMPARE(m_journal->history(10).size(), 0);
    }

    void journalFailureMidwayStopsSending()
    {
        build(m_systemClock, fastSim(), {}, 100);
        m_sim->setTiming(300, 100);
        PaymentEngine::Timing t = fastTiming();
        t.pollIntervalMs = 300;
        t.jitterMs = 0;
        m_engine->setTiming(t);
        QSignalSpy problem(m_engine.get(), &PaymentEngine::journalProblem);
        const QString refid = submitOk(reload(u"0123456789"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_journal->sale(refid)->state == SaleState::Accepted, 5000);
        const int requests = m_sim->topupRequestCount(refid);

        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker2"_s);
        locker.setDatabaseName(m_journal->filePath());
        QVERIFY(locker.open());
        {
            QSqlQuery q(locker);
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
        }
        QVERIFY(waitSettled(refid));
        QCOMPARE(problem.count(), 1);
        QVERIFY(!m_settled.value(refid).isFinal());
        // At most the one re-query whose answer could not be stored went out (same refid,
        // same body: it cannot create anything); after that the engine stops sending.
        const int atSettle = m_sim->topupRequestCount(refid);
        QVERIFY(atSettle <= requests + 1);
        QTest::qWait(400);
        QCOMPARE(m_sim->topupRequestCount(refid), atSettle);
        QCOMPARE(m_sim->transactionCount(), 1);
        {
            QSqlQuery q(locker);
            QVERIFY(q.exec(u"ROLLBACK"_s));
        }
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"locker2"_s);

        m_settled.clear();
        m_engine->recoverAll();
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Succesful);
        QCOMPARE(m_sim->transactionCount(), 1);
        verifyBodies(refid);
    }

    void queryOnceSendsExactlyOneRequest()
    {
        m_sim->setTiming(2000, 2000);
        PaymentEngine::Timing t = fastTiming();
        t.deadlineMs = 200;
        m_engine->setTiming(t);
        const QString refid = submitOk(reload(u"0123456789"_s));
        QVERIFY(waitSettled(refid));
        const int before = m_sim->topupRequestCount(refid);
        m_settled.clear();
        m_engine->setTiming(fastTiming());
        QVERIFY(m_engine->queryOnce(refid));
        QVERIFY(waitSettled(refid));
        QCOMPARE(m_settled.value(refid).state, SaleState::Accepted);
        QCOMPARE(m_sim->topupRequestCount(refid), before + 1);
        QVERIFY(!m_engine->queryOnce(u"NOT-IN-JOURNAL"_s));
    }

    void badConfigurationSendsNothing()
    {
        ApiConfig config;
        config.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
        config.apiKey = "k";
        config.secretBase64 = "%%%not base64";
        m_client->setConfig(config);
        SubmitError error;
        QVERIFY(!m_engine->submit(reload(u"0123456789"_s), &error));
        QCOMPARE(error.field, u"config"_s);
        QCOMPARE(m_journal->history(10).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPaymentEngine)
#include "tst_paymentengine.moc"

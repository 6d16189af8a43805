#include "api/IimmpactClient.h"
#include "api/ReplyClassifier.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QScopedPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#endif
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;


// The client end to end against the in-process simulator on loopback: every TopupOutcomeKind,
// every simulator fault, configuration errors that must not send anything, and the reads.
class TestIimmpactClient : public QObject
{
    Q_OBJECT

private:
    struct TopupRun
    {
        TopupOutcome outcome;
        int finishedCount = 0;
        int sentCount = 0;
        int sentAtFinish = 0;       // requestSent emissions seen when finished arrived
        int sendCount = 0;          // TopupCall::sendCount(): times Qt put the request on the wire
        qint64 elapsedMs = 0;
    };

    SystemClock m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<IimmpactClient> m_client;
    int m_seq = 0;

    static constexpr int StepMs = 150;      // simulator Accepted / Processing durations
    static constexpr int LongDelayMs = 2000;

    ApiConfig simConfig() const
    {
        ApiConfig c;
        c.baseUrl = m_sim->baseUrl();
        c.apiKey = Simulator::demoApiKey();
        c.secretBase64 = Simulator::demoSecretBase64();
        c.transferTimeoutMs = 5000;
        c.readTimeoutMs = 5000;
        return c;
    }

    QString newRefid()
    {
        return u"TST%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_seq);
    }

    // Exact bytes with deliberately unusual spacing: they must arrive unchanged.
    static QByteArray topupBody(const QString &refid, const QString &product, const QString &account,
                                const QString &amountJson)
    {
        return u"{\"refid\":\"%1\",  \"product\":\"%2\", \"account\":\"%3\",\"amount\": %4}"_s
            .arg(refid, product, account, amountJson)
            .toUtf8();
    }

    static QString kindName(TopupOutcomeKind kind)
    {
        switch (kind) {
        case TopupOutcomeKind::Final: return u"Final"_s;
        case TopupOutcomeKind::Pending: return u"Pending"_s;
        case TopupOutcomeKind::Rejected: return u"Rejected"_s;
        case TopupOutcomeKind::AuthError: return u"AuthError"_s;
        case TopupOutcomeKind::RateLimited: return u"RateLimited"_s;
        case TopupOutcomeKind::Unknown: return u"Unknown"_s;
        case TopupOutcomeKind::ConfigError: return u"ConfigError"_s;
        }
        return u"?"_s;
    }

    bool runTopup(const QByteArray &body, TopupRun *run, int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        QScopedPointer<TopupCall, QScopedPointerDeleteLater> call(m_client->topup(body, timeoutMs));
        QSignalSpy finished(call.get(), &TopupCall::finished);
        QSignalSpy sent(call.get(), &TopupCall::requestSent);
        connect(call.get(), &TopupCall::finished, this, [run, &sent] { run->sentAtFinish = int(sent.count()); });
        if (finished.isEmpty() && !finished.wait(timeoutMs + 5000))
            return false;
        run->elapsedMs = timer.elapsed();
        QTest::qWait(20);   // a second finished() would show up here
        run->finishedCount = int(finished.count());
        run->sentCount = int(sent.count());
        run->outcome = finished.at(0).at(0).value<TopupOutcome>();
        run->sendCount = call->sendCount();
        return call->isFinished() && call->body() == body;
    }

    // Re-queries the identical body until a final answer (or `maxMs`).
    bool pollUntilFinal(const QByteArray &body, TopupRun *run, int maxMs = 4000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < maxMs) {
            if (!runTopup(body, run))
                return false;
            if (run->outcome.kind == TopupOutcomeKind::Final)
                return true;
            if (run->outcome.kind != TopupOutcomeKind::Pending)
                return false;
            QTest::qWait(StepMs / 2);
        }
        return false;
    }

    bool runRead(ReadCall *rawCall, ApiReadResult *result)
    {
        QScopedPointer<ReadCall, QScopedPointerDeleteLater> call(rawCall);
        QSignalSpy finished(call.get(), &ReadCall::finished);
        if (finished.isEmpty() && !finished.wait(10000))
            return false;
        QTest::qWait(20);
        if (finished.count() != 1)
            return false;
        *result = finished.at(0).at(0).value<ApiReadResult>();
        return true;
    }

    void checkBodiesUnchanged(const QString &refid, const QByteArray &body)
    {
        const QList<QByteArray> bodies = m_sim->topupBodies(refid);
        QVERIFY(!bodies.isEmpty());
        for (const QByteArray &b : bodies)
            QCOMPARE(b, body);
    }

private slots:
    void init()
    {
        Simulator::Options o;
        o.acceptedMs = StepMs;
        o.processingMs = StepMs;
        o.longDelayMs = LongDelayMs;
        o.billerCount = 50;
        m_sim = std::make_unique<Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<IimmpactClient>(m_nam.get(), m_clock);
        m_client->setConfig(simConfig());
        QVERIFY2(m_client->configError().isEmpty(), qPrintable(m_client->configError()));
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
    }

    void succesfulEndToEnd()
    {
        const QString refid = newRefid();
        const QByteArray body = topupBody(refid, u"D"_s, u"0123456789"_s, u"\"10.00\""_s);

        TopupRun first;
        QVERIFY(runTopup(body, &first));
        QCOMPARE(kindName(first.outcome.kind), u"Pending"_s);
        QCOMPARE(first.outcome.httpStatus, 200);
        QVERIFY(first.outcome.data);
        QCOMPARE(first.outcome.data->status, u"Accepted"_s);
        QCOMPARE(first.outcome.data->statusCode, std::optional<int>(0));
        QCOMPARE(first.outcome.data->refid, refid);
        QCOMPARE(ReplyClassifier::canonicalDecimal(first.outcome.data->amount), u"10"_s);
        QVERIFY(!first.outcome.echoMismatch);
        QCOMPARE(first.finishedCount, 1);
        QCOMPARE(first.sentCount, 1);
        QCOMPARE(first.sentAtFinish, 1);   // requestSent() came before finished()
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(m_sim->topupRequestCount(refid), 1);
        QCOMPARE(m_sim->topupBodies(refid), QList<QByteArray>{body});

        TopupRun last;
        QVERIFY(pollUntilFinal(body, &last));
        QCOMPARE(last.outcome.data->status, u"Succesful"_s);
        QCOMPARE(last.outcome.data->statusCode, std::optional<int>(20));
        QCOMPARE(last.outcome.data->refid, refid);
        QCOMPARE(last.outcome.data->account, u"0123456789"_s);
        QCOMPARE(last.outcome.data->product, u"D"_s);
        QCOMPARE(m_sim->transactionStatus(refid), u"Succesful"_s);
        QCOMPARE(m_sim->transactionCount(), 1);   // re-queries never create a second one
        QVERIFY(m_sim->topupRequestCount(refid) >= 2);
        checkBodiesUnchanged(refid, body);
    }

    void failedTestAccounts_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<int>("statusCode");
        QTest::newRow("48 rejected by provider") << u"60123450048"_s << 48;
        QTest::newRow("52 invalid number") << u"60123450052"_s << 52;
        QTest::newRow("55 timed out") << u"60123450055"_s << 55;
    }

    void failedTestAccounts()
    {
        QFETCH(QString, account);
        QFETCH(int, statusCode);
        const QString refid = newRefid();
        const QByteArray body = topupBody(refid, u"D"_s, account, u"10"_s);
        TopupRun run;
        QVERIFY(pollUntilFinal(body, &run));
        QCOMPARE(run.outcome.httpStatus, 200);
        QCOMPARE(run.outcome.data->status, u"Failed"_s);
        QCOMPARE(run.outcome.data->statusCode, std::optional<int>(statusCode));
        QCOMPARE(run.outcome.data->account, account);
        QVERIFY(run.outcome.data->remarks.has_value());
        QCOMPARE(m_sim->transactionCount(), 1);
        checkBodiesUnchanged(refid, body);
    }

    void rejectedBadDenominationThenSameRefid()
    {
        const QString refid = newRefid();
        const QByteArray bad = topupBody(refid, u"D"_s, u"0123456789"_s, u"7"_s);
        TopupRun run;
        QVERIFY(runTopup(bad, &run));
        QCOMPARE(kindName(run.outcome.kind), u"Rejected"_s);
        QCOMPARE(run.outcome.httpStatus, 400);
        QVERIFY(!run.outcome.message.isEmpty());
        if (run.outcome.data)
            QCOMPARE(run.outcome.data->status, u"Failed"_s);
        QCOMPARE(m_sim->transactionCount(), 0);
        QCOMPARE(m_sim->topupRequestCount(refid), 1);

        // No transaction was created: the same refid, corrected, goes through.
        const QByteArray fixed = topupBody(refid, u"D"_s, u"0123456789"_s, u"10"_s);
        QVERIFY(runTopup(fixed, &run));
        QCOMPARE(kindName(run.outcome.kind), u"Pending"_s);
        QCOMPARE(run.outcome.data->refid, refid);
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(m_sim->topupBodies(refid), (QList<QByteArray>{bad, fixed}));
    }

    void authErrors_data()
    {
        QTest::addColumn<QByteArray>("apiKey");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong secret") << Simulator::demoApiKey()
                                      << QByteArray("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
                                      << u"Signature mismatch"_s;
        // The classic mistake: HMAC keyed with the secret's text instead of its decoded bytes.
        QTest::newRow("undecoded secret") << Simulator::demoApiKey() << Simulator::demoSecretBase64().toBase64()
                                          << u"Signature mismatch"_s;
        QTest::newRow("unknown key") << QByteArray("iimm_prod_not_this_environment")
                                     << Simulator::demoSecretBase64() << u"API key not found"_s;
    }

    void authErrors()
    {
        QFETCH(QByteArray, apiKey);
        QFETCH(QByteArray, secret);
        QFETCH(QString, message);
        ApiConfig c = simConfig();
        c.apiKey = apiKey;
        c.secretBase64 = secret;
        m_client->setConfig(c);
        QVERIFY(m_client->configError().isEmpty());

        const QString refid = newRefid();
        TopupRun run;
        QVERIFY(runTopup(topupBody(refid, u"D"_s, u"0123456789"_s, u"10"_s), &run));
        QCOMPARE(kindName(run.outcome.kind), u"AuthError"_s);
        QCOMPARE(run.outcome.httpStatus, 401);
        QCOMPARE(run.outcome.message, message);
        QCOMPARE(m_sim->transactionCount(), 0);
        QCOMPARE(m_sim->topupRequestCount(refid), 0);
        QCOMPARE(m_sim->topupArrivalCount(refid), 1);

        ApiReadResult read;
        QVERIFY(runRead(m_client->balance(), &read));
        QVERIFY(!read.ok);
        QCOMPARE(kindName(read.errorKind), u"AuthError"_s);
        QCOMPARE(read.httpStatus, 401);
        QCOMPARE(read.errorMessage, message);
    }

    void rateLimited()
    {
        m_sim->setNextFaults(Simulator::Fault::RateLimit429);
        const QString refid = newRefid();
        const QByteArray body = topupBody(refid, u"D"_s, u"0123456789"_s, u"10"_s);
        TopupRun run;
        QVERIFY(runTopup(body, &run));
        QCOMPARE(kindName(run.outcome.kind), u"RateLimited"_s);
        QCOMPARE(run.outcome.httpStatus, 429);
        QCOMPARE(run.outcome.retryAfterSecs, 1);
        QCOMPARE(m_sim->transactionCount(), 0);

        QVERIFY(runTopup(body, &run));
        QCOMPARE(kindName(run.outcome.kind), u"Pending"_s);
        QCOMPARE(m_sim->transactionCount(), 1);
        checkBodiesUnchanged(refid, body);
    }

    void unknownFaults_data()
    {
        QTest::addColumn<Simulator::Fault>("fault");
        QTest::addColumn<bool>("viaMagicAccount");
        QTest::addColumn<bool>("commits");
        QTest::addColumn<int>("httpStatus");    // -1: not checked (transport failure)
        const struct
        {
            Simulator::Fault fault;
            bool commits;
            int http;
        } rows[] = {
            {Simulator::Fault::DropAfterCommit, true, -1},
            {Simulator::Fault::Html500, false, 500},
            {Simulator::Fault::GatewayTimeout504, true, 504},
            {Simulator::Fault::MalformedJson, true, 200},
            {Simulator::Fault::UnknownStatus, true, 200},
            {Simulator::Fault::Redirect, false, 302},
        };
        for (const auto &row : rows) {
            const QByteArray name = Simulator::faultName(row.fault).toLatin1();
            QTest::addRow("%s, control", name.constData()) << row.fault << false << row.commits << row.http;
            QTest::addRow("%s, magic account", name.constData()) << row.fault << true << row.commits << row.http;
        }
    }

    void unknownFaults()
    {
        QFETCH(Simulator::Fault, fault);
        QFETCH(bool, viaMagicAccount);
        QFETCH(bool, commits);
        QFETCH(int, httpStatus);

        const QString account = viaMagicAccount ? Simulator::faultAccount(fault) : u"0123456789"_s;
        QVERIFY(!account.isEmpty());
        if (!viaMagicAccount)
            m_sim->setNextFaults(fault, 1);
        const QString refid = newRefid();
        const QByteArray body = topupBody(refid, u"D"_s, account, u"10"_s);

        TopupRun run;
        QVERIFY(runTopup(body, &run));
        QCOMPARE(kindName(run.outcome.kind), u"Unknown"_s);
        QVERIFY(!run.outcome.message.isEmpty());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY(run.sentCount == 1);
        if (httpStatus >= 0)
            QCOMPARE(run.outcome.httpStatus, httpStatus);
        if (fault == Simulator::Fault::UnknownStatus) {
            QVERIFY(run.outcome.data);
            QCOMPARE(run.outcome.data->status, u"Pending"_s);
        }
        if (fault == Simulator::Fault::Redirect) {
            // Not followed: nothing else arrived anywhere for this refid.
            QCOMPARE(m_sim->topupArrivalCount(refid), 1);
        }
        QCOMPARE(m_sim->transactionCount(), commits ? 1 : 0);

        // Recovery: re-query the identical body; one transaction at most, never a second.
        TopupRun again;
        QVERIFY(runTopup(body, &again));
        QVERIFY2(again.outcome.kind == TopupOutcomeKind::Pending || again.outcome.kind == TopupOutcomeKind::Final,
                 qPrintable(kindName(again.outcome.kind) + u": "_s + again.outcome.message));
        QCOMPARE(again.outcome.data->refid, refid);
        QCOMPARE(m_sim->transactionCount(), 1);
        checkBodiesUnchanged(refid, body);
    }

    // Qt 6.4.2 re-sends a POST once, with the same nonce, when the server closes the connection
    // after reading it (brief, rule 4). The simulator refuses the repeat as a replayed nonce
    // (401); that refusal says nothing about the transaction the first copy committed.
    void silentResendAfterDropIsUnknownNotAuthError()
    {
        m_sim->setNextFaults(Simulator::Fault::DropAfterCommit, 1);
        const QString refid = newRefid();
        const QByteArray body = topupBody(refid, u"D"_s, u"0123456789"_s, u"10"_s);
        TopupRun run;
        QVERIFY(runTopup(body, &run));
        QCOMPARE(run.sendCount, 2);
        QCOMPARE(run.sentCount, 1);                      // requestSent() still only once
        QCOMPARE(m_sim->topupArrivalCount(refid), 2);    // both copies reached the server
        QCOMPARE(m_sim->topupRequestCount(refid), 1);    // the repeat failed authentication
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(kindName(run.outcome.kind), u"Unknown"_s);
        QCOMPARE(run.outcome.httpStatus, 401);
        QVERIFY2(run.outcome.message.contains(u"Nonce"_s), qPrintable(run.outcome.message));
    }

    // The simulator answers after LongDelayMs; the caller's remaining deadline is much shorter.
    void timeoutIsUnknown()
    {
        m_sim->setNextFaults(Simulator::Fault::LongDelay, 1);
        const QString refid = newRefid();
        const QByteArray body = topupBody(refid, u"D"_s, u"0123456789"_s, u"10"_s);
        TopupRun run;
        QVERIFY(runTopup(body, &run, 300));
        QCOMPARE(kindName(run.outcome.kind), u"Unknown"_s);
        QCOMPARE(run.outcome.httpStatus, 0);
        QCOMPARE(run.sentCount, 1);
        QVERIFY2(run.elapsedMs < LongDelayMs - 500, qPrintable(QString::number(run.elapsedMs)));
        QCOMPARE(m_sim->transactionCount(), 1);   // committed before the delay: hence Unknown

        TopupRun again;
        QVERIFY(runTopup(body, &again));
        QVERIFY(again.outcome.kind == TopupOutcomeKind::Pending || again.outcome.kind == TopupOutcomeKind::Final);
        QCOMPARE(m_sim->transactionCount(), 1);
    }

    void connectionRefusedIsUnknown()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiConfig c = simConfig();
        c.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        m_client->setConfig(c);
        TopupRun run;
        QVERIFY(runTopup(topupBody(newRefid(), u"D"_s, u"0123456789"_s, u"10"_s), &run));
        QCOMPARE(kindName(run.outcome.kind), u"Unknown"_s);
        QCOMPARE(run.sentCount, 0);           // nothing reached a socket
        QVERIFY2(run.outcome.message.contains(u"ConnectionRefused"_s), qPrintable(run.outcome.message));
    }

    void configErrors_data()
    {
        QTest::addColumn<QString>("baseUrl");    // "" = the simulator
        QTest::addColumn<QByteArray>("apiKey");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("setting");
        const QByteArray key = Simulator::demoApiKey();
        const QByteArray secret = Simulator::demoSecretBase64();
        QTest::newRow("malformed URL") << u"http//missing-colon"_s << key << secret << u"KAUNTER_API_BASE"_s;
        QTest::newRow("not http") << u"ftp://127.0.0.1/"_s << key << secret << u"KAUNTER_API_BASE"_s;
        QTest::newRow("ends in /v2") << u"http://127.0.0.1:1/v2"_s << key << secret << u"KAUNTER_API_BASE"_s;
        QTest::newRow("secret not Base64") << QString() << key << QByteArray("not*base64!") << u"KAUNTER_API_SECRET"_s;
        QTest::newRow("empty secret") << QString() << key << QByteArray() << u"KAUNTER_API_SECRET"_s;
        QTest::newRow("empty key") << QString() << QByteArray("  ") << secret << u"KAUNTER_API_KEY"_s;
    }

    void configErrors()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QByteArray, apiKey);
        QFETCH(QByteArray, secret);
        QFETCH(QString, setting);
        ApiConfig c = simConfig();
        if (!baseUrl.isEmpty())
            c.baseUrl = QUrl(baseUrl);
        c.apiKey = apiKey;
        c.secretBase64 = secret;
        m_client->setConfig(c);
        QVERIFY(m_client->configError().contains(setting));

        const QString refid = newRefid();
        QScopedPointer<TopupCall, QScopedPointerDeleteLater> call(
            m_client->topup(topupBody(refid, u"D"_s, u"0123456789"_s, u"10"_s), 5000));
        QSignalSpy finished(call.get(), &TopupCall::finished);
        QSignalSpy sent(call.get(), &TopupCall::requestSent);
        QCOMPARE(finished.count(), 0);   // queued, never inside topup()
        QVERIFY(finished.wait(2000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(sent.count(), 0);
        const auto outcome = finished.at(0).at(0).value<TopupOutcome>();
        QCOMPARE(kindName(outcome.kind), u"ConfigError"_s);
        QVERIFY2(outcome.message.contains(setting), qPrintable(outcome.message));
        QCOMPARE(m_sim->topupArrivalCount(refid), 0);
        QCOMPARE(m_sim->transactionCount(), 0);

        ApiReadResult read;
        QVERIFY(runRead(m_client->balance(), &read));
        QVERIFY(!read.ok);
        QCOMPARE(kindName(read.errorKind), u"ConfigError"_s);
        QVERIFY(read.errorMessage.contains(setting));
    }

#if QT_CONFIG(ssl)
    void caBundle()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QVERIFY(!system.isEmpty());
        QFile pem(dir.filePath(u"bundle.pem"_s));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(system.first().toPem());
        pem.close();
        QFile junk(dir.filePath(u"junk.pem"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a certificate\n");
        junk.close();

        ApiConfig c = simConfig();
        c.caBundlePath = pem.fileName();
        m_client->setConfig(c);
        QVERIFY2(m_client->configError().isEmpty(), qPrintable(m_client->configError()));
        ApiReadResult r;
        QVERIFY(runRead(m_client->balance(), &r));   // plain http to the simulator still works
        QVERIFY2(r.ok, qPrintable(r.errorMessage));

        c.caBundlePath = junk.fileName();
        m_client->setConfig(c);
        QVERIFY(m_client->configError().contains(u"KAUNTER_CA_BUNDLE"_s));
        c.caBundlePath = dir.filePath(u"missing.pem"_s);
        m_client->setConfig(c);
        QVERIFY(m_client->configError().contains(u"KAUNTER_CA_BUNDLE"_s));
        QVERIFY(runRead(m_client->balance(), &r));
        QCOMPARE(kindName(r.errorKind), u"ConfigError"_s);
    }
#endif

    void abortFinishesOnceAsUnknown()
    {
        m_sim->setNextFaults(Simulator::Fault::LongDelay, 1);
        QScopedPointer<TopupCall, QScopedPointerDeleteLater> call(
            m_client->topup(topupBody(newRefid(), u"D"_s, u"0123456789"_s, u"10"_s), 5000));
        QSignalSpy finished(call.get(), &TopupCall::finished);
        QSignalSpy sent(call.get(), &TopupCall::requestSent);
        QVERIFY(sent.wait(2000));
        QVERIFY(call->wasSent());
        call->abort();
        QCOMPARE(finished.count(), 1);   // synchronously
        QTest::qWait(100);
        call->abort();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(kindName(finished.at(0).at(0).value<TopupOutcome>().kind), u"Unknown"_s);
    }

    void deletingACallEmitsNothing()
    {
        m_sim->setNextFaults(Simulator::Fault::LongDelay, 1);
        auto *call = m_client->topup(topupBody(newRefid(), u"D"_s, u"0123456789"_s, u"10"_s), 5000);
        QSignalSpy finished(call, &TopupCall::finished);
        QSignalSpy sent(call, &TopupCall::requestSent);
        QVERIFY(sent.wait(2000));
        delete call;
        QCOMPARE(finished.count(), 0);
        QTest::qWait(100);   // the aborted reply is cleaned up without touching the dead call
        QCOMPARE(m_sim->transactionCount(), 1);
    }

    void reads()
    {
        ApiReadResult r;
        QVERIFY(runRead(m_client->balance(), &r));
        QVERIFY2(r.ok, qPrintable(r.errorMessage));
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.json.value(u"data"_s).toObject().value(u"balance"_s).isDouble());

        QVERIFY(runRead(m_client->productList(), &r));
        QVERIFY2(r.ok, qPrintable(r.errorMessage));
        const QJsonArray products = r.json.value(u"data"_s).toArray();
        QCOMPARE(products.size(), qsizetype(m_sim->productCount()));
        bool hasDigi = false;
        for (const QJsonValue &p : products)
            hasDigi = hasDigi || p.toObject().value(u"product_code"_s).toString() == u"D"_s;
        QVERIFY(hasDigi);

        QVERIFY(runRead(m_client->networkStatus(Simulator::interruptedProduct()), &r));
        QVERIFY2(r.ok, qPrintable(r.errorMessage));
        QCOMPARE(r.json.value(u"data"_s).toObject().value(u"network_status"_s).toString(), u"Interruption"_s);
        QVERIFY(runRead(m_client->networkStatus(u"TNB"_s), &r));
        QVERIFY2(r.ok, qPrintable(r.errorMessage));
        QCOMPARE(r.json.value(u"data"_s).toObject().value(u"network_status"_s).toString(), u"Healthy"_s);

        QVERIFY(runRead(m_client->billPresentment(u"TNB"_s, u"220012345678"_s), &r));
        QVERIFY2(r.ok, qPrintable(r.errorMessage));
        QCOMPARE(r.json.value(u"data"_s).toObject().value(u"message"_s).toString(), u"Account no is valid"_s);

        QVERIFY(runRead(m_client->billPresentment(u"TNB"_s, Simulator::invalidBillAccount()), &r));
        QCOMPARE(r.json.value(u"data"_s).toObject().value(u"message"_s).toString(), u"Invalid account no"_s);

        QVERIFY(runRead(m_client->catalog(), &r));
        QVERIFY2(r.ok, qPrintable(r.errorMessage));
        QVERIFY(r.json.value(u"products"_s).isObject());
    }

    // Decoded query values with reserved characters: what the client signs must be what the
    // simulator decodes, or it answers 401 Signature mismatch.
    void queryWithReservedCharactersIsSignedAsDecoded_data()
    {
        QTest::addColumn<RequestSigner::QueryItems>("query");
        QTest::newRow("date range, repeated status")
            << RequestSigner::QueryItems{{u"limit"_s, u"50"_s}, {u"date"_s, u"2025-05-01 - 2025-05-31"_s},
                                         {u"status"_s, u"SUCCESSFUL"_s}, {u"status"_s, u"FAILED"_s}};
        QTest::newRow("plus, ampersand, equals, percent")
            << RequestSigner::QueryItems{{u"limit"_s, u"5"_s}, {u"date"_s, u"2025-05-01"_s},
                                         {u"account"_s, u"A+B&C=D %41 50%"_s}};
    }

    void queryWithReservedCharactersIsSignedAsDecoded()
    {
        QFETCH(RequestSigner::QueryItems, query);
        ApiReadResult r;
        QVERIFY(runRead(m_client->transactions(query), &r));
        QVERIFY2(r.ok, qPrintable(r.errorMessage));
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.json.value(u"data"_s).isArray());
    }
};

QTEST_GUILESS_MAIN(TestIimmpactClient)
#include "tst_iimmpactclient.moc"

#include "TestSupport.h"
#include "api/ApiConfig.h"
#include "api/IimmpactClient.h"
#include "api/RequestSigner.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "sim/Simulator.h"
#include "util/Clock.h"
#include "util/Log.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

double median(const QList<double> &v)
{
    return TestSupport::median(v, 0.0);
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

void figure(const char *what, double value, const char *unit)
{
    std::printf("BENCH %-58s %10.3f %s\n", what, value, unit);
    std::fflush(stdout);
}

} // namespace

// Figures for the payment path; nothing here asserts a timing (label bench). Goals:
// (1) submit() -> first request byte on the wire <= 2x one durable SQLite commit;
// (2) engine sales/s to final >= 0.8x a bare QNetworkAccessManager loop doing the same
//     requests to the same simulator without a journal.
class BenchEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    // The simulator answers from its own thread, as IIMMPACT answers from another machine: on
    // the client's thread its request handling would run before the client hears that its
    // request left (Qt reports requestSent through the same event loop), and every "first
    // byte" would include the server's work.
    QThread m_simThread;
    QObject *m_simContext = nullptr;   // lives in m_simThread
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<IimmpactClient> m_client;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PaymentEngine> m_engine;
    std::unique_ptr<LogSink> m_log;
    double m_firstByteMs = 0;
    double m_commitMs = 0;

    // A database the floor loops commit to the way the journal does (WAL, synchronous=FULL,
    // autocommit): the durable writes a sale cannot do without.
    static bool openFloorDb(const QString &connection, const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery q(db);
        return q.exec(u"PRAGMA journal_mode=WAL"_s) && q.exec(u"PRAGMA synchronous=FULL"_s)
            && q.exec(u"CREATE TABLE IF NOT EXISTS sale (refid TEXT PRIMARY KEY, body BLOB, state TEXT, "
                      "answer BLOB)"_s);
    }

    static QNetworkRequest signedRequest(const QUrl &url, RequestSigner &signer, const QByteArray &body)
    {
        const RequestSigner::Headers h = signer.sign("POST", {}, body);
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("X-Api-Key", h.apiKey);
        req.setRawHeader("X-Timestamp", h.timestamp);
        req.setRawHeader("X-Nonce", h.nonce);
        req.setRawHeader("X-Signature", h.signature);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        return req;
    }

    ApiConfig config() const
    {
        ApiConfig c;
        c.baseUrl = m_sim->baseUrl();
        c.apiKey = Simulator::demoApiKey();
        c.secretBase64 = Simulator::demoSecretBase64();
        return c;
    }

    static SaleRequest sale(int i)
    {
        static const QStringList amounts{u"5"_s, u"10"_s, u"20"_s, u"30"_s, u"50"_s};
        SaleRequest r;
        r.product = u"D"_s;
        r.account = u"01%1"_s.arg(20000000 + i, 8, 10, QLatin1Char('0'));
        r.amount = amounts.at(i % amounts.size());
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The engine logs every state change; here, as in the product, to the rotating file
        // in the data folder (not QTest's console handler, which the product never uses).
        LogSink::Options logOptions;
        logOptions.folder = m_dir.filePath(u"logs"_s);
        m_log = std::make_unique<LogSink>(logOptions);
        QVERIFY(m_log->install());
        Simulator::Options o;
        o.acceptedMs = 0;     // immediate: measure the client side, not the provider
        o.processingMs = 0;
        o.billerCount = 50;
        o.startingBalance = 1e9;
        m_simThread.start();
        m_simContext = new QObject;
        m_simContext->moveToThread(&m_simThread);
        bool started = false;
        QMetaObject::invokeMethod(m_simContext, [&] {
            m_sim = std::make_unique<Simulator>(o);
            started = m_sim->start();
        }, Qt::BlockingQueuedConnection);
        QVERIFY(started);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<IimmpactClient>(m_nam.get(), m_clock);
        m_client->setConfig(config());
        m_journal = std::make_unique<Journal>(m_clock);
        QVERIFY(m_journal->open(m_dir.filePath(u"engine"_s)));
        m_engine = std::make_unique<PaymentEngine>(*m_journal, *m_client, m_clock);
        PaymentEngine::Timing t;
        t.pollIntervalMs = 0;
        t.jitterMs = 0;
        t.maxBackoffMs = 0;
        t.deadlineMs = 30000;
        m_engine->setTiming(t);
        m_engine->setDuplicateGuardMs(0);
        std::printf("BENCH data directory: %s\n", qPrintable(m_dir.path()));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_journal.reset();
        m_client.reset();
        m_nam.reset();
        // The simulator goes in the thread it lives in.
        QMetaObject::invokeMethod(m_simContext, [this] { m_sim.reset(); }, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(m_simContext, &QObject::deleteLater);
        m_simThread.quit();
        m_simThread.wait();
        m_log.reset();
    }

    // (1) submit() -> bytes handed to the socket, versus one durable commit.
    void firstByteVersusDurableCommit()
    {
        constexpr int Samples = 40;

        // One durable commit: INSERT in autocommit mode, WAL + synchronous=FULL, same disk.
        QList<double> commitMs;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-commit"_s);
            db.setDatabaseName(m_dir.filePath(u"commit.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode=WAL"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString().toLower(), u"wal"_s);
            QVERIFY(q.exec(u"PRAGMA synchronous=FULL"_s));
            QVERIFY(q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, refid TEXT UNIQUE, body BLOB)"_s));
            QVERIFY(q.prepare(u"INSERT INTO t (refid, body) VALUES (?, ?)"_s));
            const QByteArray body(120, 'x');
            for (int i = 0; i < Samples + 5; ++i) {
                q.addBindValue(u"R-%1"_s.arg(i));
                q.addBindValue(body);
                QElapsedTimer t;
                t.start();
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                if (i >= 5)   // warm-up
                    commitMs.append(double(t.nsecsElapsed()) / 1e6);
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bench-commit"_s);

        QList<double> sentMs;
        QList<double> receivedMs;
        QElapsedTimer clock;
        QString current;
        bool sent = false;
        bool received = false;
        int succesful = 0;
        int done = 0;
        QEventLoop loop;
        // Event-driven (no qWait: it sleeps between event batches and would add latency).
        const auto onSent = connect(m_engine.get(), &PaymentEngine::requestSent, this,
                                    [&](const QString &refid) {
                                        if (refid == current && !sent) {
                                            sent = true;
                                            sentMs.append(double(clock.nsecsElapsed()) / 1e6);
                                        }
                                    });
        const auto onReceived = connect(m_sim.get(), &Simulator::topupReceived, this,
                                        [&](const QString &refid) {
                                            if (refid == current && !received) {
                                                received = true;
                                                receivedMs.append(double(clock.nsecsElapsed()) / 1e6);
                                            }
                                        });
        std::function<void()> next = [&] {
            if (done == Samples + 5) {
                loop.quit();
                return;
            }
            if (done == 5) {   // warm-up: connection set-up, first queries
                sentMs.clear();
                receivedMs.clear();
            }
            sent = received = false;
            current.clear();
            clock.start();
            const std::optional<QString> refid = m_engine->submit(sale(done));
            if (!refid) {
                loop.quit();
                return;
            }
            current = *refid;
        };
        const auto onSettled = connect(m_engine.get(), &PaymentEngine::saleSettled, this,
                                       [&](const SaleRecord &s) {
                                           if (s.refid != current)
                                               return;
                                           if (s.state == SaleState::Succesful)
                                               ++succesful;
                                           ++done;
                                           QTimer::singleShot(0, this, next);
                                       });
        QTimer::singleShot(0, this, next);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        disconnect(onSettled);
        disconnect(onSent);
        disconnect(onReceived);
        QCOMPARE(succesful, Samples + 5);
        QCOMPARE(sentMs.size(), Samples);

        const double commit = median(commitMs);
        const double first = median(sentMs);
        m_firstByteMs = first;
        m_commitMs = commit;
        figure("one durable SQLite commit (WAL, FULL), median", commit, "ms");
        figure("one durable SQLite commit, p90", percentile(commitMs, 0.9), "ms");
        figure("submit() -> request on the wire (requestSent), median", first, "ms");
        figure("submit() -> request on the wire, p90", percentile(sentMs, 0.9), "ms");
        figure("submit() -> simulator received the topup, median", median(receivedMs), "ms");
        figure("ratio first byte / durable commit (goal <= 2)", commit > 0 ? first / commit : 0, "x");
    }

    // The floor without any journal: a bare signed QNetworkAccessManager POST, post() ->
    // requestSent. submit() -> first byte is this plus the one durable commit.
    void bareQnamFirstByte()
    {
        RequestSigner signer(Simulator::demoApiKey(), Simulator::demoSecretBase64(), m_clock);
        QNetworkAccessManager nam;
        QUrl url = m_sim->baseUrl();
        url.setPath(u"/v2/topup"_s);
        QList<double> sentMs;
        for (int i = 0; i < 45; ++i) {
            SaleRequest n = sale(9000 + i);
            n.amount += u".00"_s;
            const QByteArray body = PaymentEngine::buildRequestBody(u"FLOOR-%1"_s.arg(i), n);
            const RequestSigner::Headers h = signer.sign("POST", {}, body);
            QNetworkRequest req(url);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            req.setRawHeader("X-Api-Key", h.apiKey);
            req.setRawHeader("X-Timestamp", h.timestamp);
            req.setRawHeader("X-Nonce", h.nonce);
            req.setRawHeader("X-Signature", h.signature);
            req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            QElapsedTimer t;
            t.start();
            QNetworkReply *reply = nam.post(req, body);
            QEventLoop loop;
            double sent = -1;
            connect(reply, &QNetworkReply::requestSent, &loop, [&] { sent = double(t.nsecsElapsed()) / 1e6; });
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec();
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            reply->deleteLater();
            QVERIFY(sent >= 0);
            if (i >= 5)   // warm-up: connection set-up
                sentMs.append(sent);
        }
        const double floor = median(sentMs);
        figure("bare signed QNAM post() -> request on the wire, median", floor, "ms");
        figure("submit() -> first byte minus that floor", m_firstByteMs - floor, "ms");
        // What a sale must do before its first byte: one durable insert of the sale row, then
        // one signed post. Goal: submit() -> first byte at 1.5x of that or less.
        const double required = m_commitMs + floor;
        figure("floor: one durable insert + one bare signed post, median sum", required, "ms");
        figure("ratio first byte / (insert + bare post) (goal <= 1.5)",
               required > 0 ? m_firstByteMs / required : 0, "x");
    }

    // Where the time before the first byte goes: the journal writes submit() makes.
    void journalStepsBeforeFirstByte()
    {
        Journal journal(m_clock);
        QVERIFY(journal.open(m_dir.filePath(u"steps"_s)));
        QList<double> refidMs, insertMs, attemptMs;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer t;
            t.start();
            const QString refid = journal.nextRefid();
            refidMs.append(double(t.nsecsElapsed()) / 1e6);
            QVERIFY(!refid.isEmpty());
            SaleRecord rec;
            rec.refid = refid;
            rec.product = u"D"_s;
            rec.account = u"0123456789"_s;
            rec.amount = u"10.00"_s;
            rec.requestBody = PaymentEngine::buildRequestBody(refid, sale(i));
            t.start();
            QVERIFY(journal.insertSale(rec));
            insertMs.append(double(t.nsecsElapsed()) / 1e6);
            t.start();
            QVERIFY(journal.recordAttempt(refid));
            attemptMs.append(double(t.nsecsElapsed()) / 1e6);
        }
        figure("journal nextRefid(), median", median(refidMs), "ms");
        figure("journal insertSale(), median", median(insertMs), "ms");
        figure("journal recordAttempt(), median", median(attemptMs), "ms");
        // submit() makes one durable commit before sending: the sale row with its first attempt
        // (re-query attempts are stored with their answers).
        const double insert = median(insertMs);
        figure("ratio first byte / journal insertSale() commit", insert > 0 ? m_firstByteMs / insert : 0, "x");
    }

    // (2) Sales per second to a final status: the engine (journal included) versus a bare
    // QNetworkAccessManager loop sending the same signed requests, re-querying until final.
    void throughputVersusBareQnam()
    {
        constexpr int Sales = 150;

        // Engine: the next sale starts when the previous one settled.
        const Journal::CommitCounts commitsBefore = m_journal->commitCounts();
        int enginePosts = 0;
        const auto countPosts = connect(m_sim.get(), &Simulator::topupReceived, this,
                                        [&](const QString &) { ++enginePosts; });
        int engineFinal = 0;
        int started = 0;
        QEventLoop loop;
        QString current;
        std::function<void()> nextSale = [&] {
            if (started == Sales) {
                loop.quit();
                return;
            }
            const std::optional<QString> refid = m_engine->submit(sale(1000 + started++));
            if (!refid) {
                loop.quit();
                return;
            }
            current = *refid;
        };
        const auto onSettled = connect(m_engine.get(), &PaymentEngine::saleSettled, this,
                                       [&](const SaleRecord &s) {
                                           if (s.refid != current)
                                               return;
                                           if (s.isFinal())
                                               ++engineFinal;
                                           QTimer::singleShot(0, this, nextSale);
                                       });
        QElapsedTimer t;
        t.start();
        QTimer::singleShot(0, this, nextSale);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        const double engineSecs = double(t.nsecsElapsed()) / 1e9;
        disconnect(onSettled);
        disconnect(countPosts);
        const Journal::CommitCounts commitsAfter = m_journal->commitCounts();
        QCOMPARE(engineFinal, Sales);

        // Bare loop: same body shape, same signing, same re-query rule, no journal.
        RequestSigner signer(Simulator::demoApiKey(), Simulator::demoSecretBase64(), m_clock);
        QNetworkAccessManager nam;
        QUrl url = m_sim->baseUrl();
        url.setPath(u"/v2/topup"_s);
        int bareFinal = 0;
        int bareStarted = 0;
        QString bad;
        QEventLoop bareLoop;
        std::function<void(const QByteArray &)> post;
        std::function<void()> nextBare = [&] {
            if (bareStarted == Sales) {
                bareLoop.quit();
                return;
            }
            SaleRequest n = sale(5000 + bareStarted);
            n.amount += u".00"_s;
            post(PaymentEngine::buildRequestBody(u"BARE-%1"_s.arg(bareStarted++), n));
        };
        post = [&](const QByteArray &body) {
            const RequestSigner::Headers h = signer.sign("POST", {}, body);
            QNetworkRequest req(url);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            req.setRawHeader("X-Api-Key", h.apiKey);
            req.setRawHeader("X-Timestamp", h.timestamp);
            req.setRawHeader("X-Nonce", h.nonce);
            req.setRawHeader("X-Signature", h.signature);
            req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            QNetworkReply *reply = nam.post(req, body);
            connect(reply, &QNetworkReply::finished, this, [&, reply, body] {
                reply->deleteLater();
                const QString status = QJsonDocument::fromJson(reply->readAll())
                                           .object().value(u"data"_s).toObject()
                                           .value(u"status"_s).toString();
                if (status == u"Succesful"_s || status == u"Failed"_s || status == u"Refund"_s) {
                    ++bareFinal;
                    nextBare();
                } else if (status == u"Accepted"_s || status == u"Processing"_s) {
                    post(body);   // re-query, same body
                } else {
                    bad = status;
                    bareLoop.quit();
                }
            });
        };
        t.start();
        QTimer::singleShot(0, this, nextBare);
        QTimer::singleShot(120000, &bareLoop, &QEventLoop::quit);
        bareLoop.exec();
        const double bareSecs = double(t.nsecsElapsed()) / 1e9;
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        QCOMPARE(bareFinal, Sales);

        // Floor loop: the bare loop plus the durable commits a sale cannot do without: the sale
        // row before its first byte, and its final answer. Same signing, same re-query rule.
        QVERIFY(openFloorDb(u"bench-floor"_s, m_dir.filePath(u"floor.sqlite"_s)));
        int floorFinal = 0;
        int floorStarted = 0;
        QString floorBad;
        QEventLoop floorLoop;
        std::function<void(const QString &, const QByteArray &)> floorPost;
        std::function<void()> nextFloor = [&] {
            if (floorStarted == Sales) {
                floorLoop.quit();
                return;
            }
            SaleRequest n = sale(7000 + floorStarted);
            n.amount += u".00"_s;
            const QString refid = u"FLOOR-T-%1"_s.arg(floorStarted++);
            const QByteArray body = PaymentEngine::buildRequestBody(refid, n);
            QSqlQuery q(QSqlDatabase::database(u"bench-floor"_s));
            q.prepare(u"INSERT INTO sale (refid, body, state) VALUES (?, ?, 'New')"_s);
            q.addBindValue(refid);
            q.addBindValue(body);
            if (!q.exec()) {
                floorBad = q.lastError().text();
                floorLoop.quit();
                return;
            }
            floorPost(refid, body);
        };
        floorPost = [&](const QString &refid, const QByteArray &body) {
            QNetworkReply *reply = nam.post(signedRequest(url, signer, body), body);
            connect(reply, &QNetworkReply::finished, this, [&, reply, refid, body] {
                reply->deleteLater();
                const QByteArray answer = reply->readAll();
                const QString status = QJsonDocument::fromJson(answer)
                                           .object().value(u"data"_s).toObject()
                                           .value(u"status"_s).toString();
                if (status == u"Succesful"_s || status == u"Failed"_s || status == u"Refund"_s) {
                    QSqlQuery q(QSqlDatabase::database(u"bench-floor"_s));
                    q.prepare(u"UPDATE sale SET state = ?, answer = ? WHERE refid = ?"_s);
                    q.addBindValue(status);
                    q.addBindValue(answer);
                    q.addBindValue(refid);
                    if (!q.exec()) {
                        floorBad = q.lastError().text();
                        floorLoop.quit();
                        return;
                    }
                    ++floorFinal;
                    nextFloor();
                } else if (status == u"Accepted"_s || status == u"Processing"_s) {
                    floorPost(refid, body);   // re-query, same body
                } else {
                    floorBad = status;
                    floorLoop.quit();
                }
            });
        };
        t.start();
        QTimer::singleShot(0, this, nextFloor);
        QTimer::singleShot(120000, &floorLoop, &QEventLoop::quit);
        floorLoop.exec();
        const double floorSecs = double(t.nsecsElapsed()) / 1e9;
        QSqlDatabase::database(u"bench-floor"_s).close();
        QSqlDatabase::removeDatabase(u"bench-floor"_s);
        QVERIFY2(floorBad.isEmpty(), qPrintable(floorBad));
        QCOMPARE(floorFinal, Sales);

        const double engineRate = Sales / engineSecs;
        const double bareRate = Sales / bareSecs;
        const double floorRate = Sales / floorSecs;
        figure("floor loop (sale row + final answer committed): sales/s", floorRate, "sales/s");
        figure("ratio engine / floor loop (goal >= 0.8)", floorRate > 0 ? engineRate / floorRate : 0, "x");
        figure("floor: ms per sale", 1000.0 * floorSecs / Sales, "ms");
        figure("engine: sales/s to final (journal, sequential)", engineRate, "sales/s");
        figure("bare QNetworkAccessManager loop: sales/s to final", bareRate, "sales/s");
        figure("ratio engine / bare (goal >= 0.8)", bareRate > 0 ? engineRate / bareRate : 0, "x");
        figure("engine: ms per sale", 1000.0 * engineSecs / Sales, "ms");
        // What the engine did per sale: the floor loop makes 2 fsynced commits per sale.
        figure("engine: fsynced journal commits per sale (floor: 2)",
               double(commitsAfter.powerLoss - commitsBefore.powerLoss) / Sales, "commits");
        figure("engine: crash-safe (not fsynced) commits per sale",
               double(commitsAfter.crash - commitsBefore.crash) / Sales, "commits");
        figure("engine: topup requests per sale", double(enginePosts) / Sales, "requests");
        figure("bare: ms per sale", 1000.0 * bareSecs / Sales, "ms");
    }
};

QTEST_GUILESS_MAIN(BenchEngine)
#include "bench_engine.moc"

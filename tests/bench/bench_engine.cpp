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
#include <QMutex>
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

// Figures for the payment path; nothing here asserts a timing (label bench). Goals (issue 9):
// (1) submit() -> first request byte on the wire <= 1.5x one durable insert of the sale row
//     plus one bare signed QNetworkAccessManager post;
// (2) engine sales/s to final >= 0.8x a floor loop doing the durable commits a sale cannot do
//     without (the sale row, the final answer) and the same signed posts, on the same simulator.
// Both sides run interleaved in one process, and the build is the one shipped (preset bench).
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
    // The floor loops' own client: a bare QNetworkAccessManager signing with the same key.
    std::unique_ptr<QNetworkAccessManager> m_bareNam;
    std::unique_ptr<RequestSigner> m_signer;

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
        m_bareNam = std::make_unique<QNetworkAccessManager>();
        m_signer = std::make_unique<RequestSigner>(Simulator::demoApiKey(), Simulator::demoSecretBase64(), m_clock);
        QVERIFY(openFloorDb(u"bench-floor"_s, m_dir.filePath(u"floor.sqlite"_s)));
        std::printf("BENCH data directory: %s\n", qPrintable(m_dir.path()));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_journal.reset();
        QSqlDatabase::database(u"bench-floor"_s).close();
        QSqlDatabase::removeDatabase(u"bench-floor"_s);
        m_bareNam.reset();
        m_client.reset();
        m_nam.reset();
        // The simulator goes in the thread it lives in.
        QMetaObject::invokeMethod(m_simContext, [this] { m_sim.reset(); }, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(m_simContext, &QObject::deleteLater);
        m_simThread.quit();
        m_simThread.wait();
        m_log.reset();
    }

private:
    // --- Samples. The test functions interleave them (engine, then its floor, round after
    // round), so that a burst of load from elsewhere on the machine falls on both sides
    // instead of on whichever loop happened to run during it.

    QNetworkRequest topupRequest(const QByteArray &body)
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(u"/v2/topup"_s);
        return signedRequest(url, *m_signer, body);
    }

    static QByteArray floorBody(const QString &refid, int i)
    {
        SaleRequest n = sale(i);
        n.amount += u".00"_s;
        return PaymentEngine::buildRequestBody(refid, n);
    }

    // One durable commit of a sale row (INSERT in autocommit, WAL + FULL). -1 on error.
    double durableInsertMs(const QString &refid, const QByteArray &body)
    {
        QSqlQuery q(QSqlDatabase::database(u"bench-floor"_s));
        q.prepare(u"INSERT INTO sale (refid, body, state) VALUES (?, ?, 'New')"_s);
        q.addBindValue(refid);
        q.addBindValue(body);
        QElapsedTimer t;
        t.start();
        return q.exec() ? double(t.nsecsElapsed()) / 1e6 : -1;
    }

    // post() -> requestSent of one bare signed POST; returns once it is answered. -1 on error.
    double barePostFirstByteMs(const QByteArray &body)
    {
        QElapsedTimer t;
        t.start();
        QNetworkReply *reply = m_bareNam->post(topupRequest(body), body);
        QEventLoop loop;
        double sent = -1;
        connect(reply, &QNetworkReply::requestSent, &loop, [&] { sent = double(t.nsecsElapsed()) / 1e6; });
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const bool ok = reply->isFinished() && reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return ok ? sent : -1;
    }

    // submit() -> requestSent (and -> the simulator received it); returns once the sale
    // settled Succesful. False on error.
    bool engineFirstByte(int i, double *sentMs, double *receivedMs)
    {
        QElapsedTimer clock;
        QString current;
        *sentMs = *receivedMs = -1;
        bool succesful = false;
        QEventLoop loop;
        // Event-driven (no qWait: it sleeps between event batches and would add latency).
        const auto onSent = connect(m_engine.get(), &PaymentEngine::requestSent, this, [&](const QString &refid) {
            if (refid == current && *sentMs < 0)
                *sentMs = double(clock.nsecsElapsed()) / 1e6;
        });
        const auto onReceived = connect(m_sim.get(), &Simulator::topupReceived, this, [&](const QString &refid) {
            if (refid == current && *receivedMs < 0)
                *receivedMs = double(clock.nsecsElapsed()) / 1e6;
        });
        const auto onSettled = connect(m_engine.get(), &PaymentEngine::saleSettled, this, [&](const SaleRecord &s) {
            if (s.refid != current)
                return;
            succesful = s.state == SaleState::Succesful;
            loop.quit();
        });
        QTimer::singleShot(0, this, [&] {
            clock.start();
            const std::optional<QString> refid = m_engine->submit(sale(i));
            if (refid)
                current = *refid;
            else
                loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        disconnect(onSettled);
        disconnect(onSent);
        disconnect(onReceived);
        return succesful && *sentMs >= 0;
    }

    // `count` engine sales one after the other, each started when the previous one settled.
    // Seconds, or -1 when a sale did not reach a final state.
    double engineSales(int first, int count)
    {
        int started = 0;
        int final = 0;
        QString current;
        QEventLoop loop;
        std::function<void()> next = [&] {
            if (started == count) {
                loop.quit();
                return;
            }
            const std::optional<QString> refid = m_engine->submit(sale(first + started++));
            if (!refid) {
                loop.quit();
                return;
            }
            current = *refid;
        };
        const auto onSettled = connect(m_engine.get(), &PaymentEngine::saleSettled, this, [&](const SaleRecord &s) {
            if (s.refid != current)
                return;
            if (s.isFinal())
                ++final;
            // Not from inside the engine's signal: the next submit() starts from the event loop,
            // as a cashier's next click would.
            QTimer::singleShot(0, this, next);
        });
        QElapsedTimer t;
        t.start();
        QTimer::singleShot(0, this, next);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        const double secs = double(t.nsecsElapsed()) / 1e9;
        disconnect(onSettled);
        return final == count ? secs : -1;
    }

    // `count` sales posted and re-queried (same body) until final, with the same signing and
    // re-query rule as the engine. With `journal`, the floor loop: each sale also commits its
    // row before the first byte and its final answer, durably; without, no journal at all.
    double bareSales(const QString &prefix, int first, int count, bool journal)
    {
        int started = 0;
        int final = 0;
        bool failed = false;
        QEventLoop loop;
        std::function<void(const QString &, const QByteArray &)> post;
        std::function<void()> next = [&] {
            if (started == count) {
                loop.quit();
                return;
            }
            const QString refid = prefix + QString::number(first + started);
            const QByteArray body = floorBody(refid, first + started++);
            if (journal && durableInsertMs(refid, body) < 0) {
                failed = true;
                loop.quit();
                return;
            }
            post(refid, body);
        };
        post = [&](const QString &refid, const QByteArray &body) {
            QNetworkReply *reply = m_bareNam->post(topupRequest(body), body);
            connect(reply, &QNetworkReply::finished, this, [&, reply, refid, body] {
                reply->deleteLater();
                const QByteArray answer = reply->readAll();
                const QString status = QJsonDocument::fromJson(answer).object().value(u"data"_s)
                                           .toObject().value(u"status"_s).toString();
                if (status == u"Accepted"_s || status == u"Processing"_s) {
                    post(refid, body);   // re-query, same body
                    return;
                }
                if (status != u"Succesful"_s && status != u"Failed"_s && status != u"Refund"_s) {
                    failed = true;
                    loop.quit();
                    return;
                }
                if (journal) {
                    QSqlQuery q(QSqlDatabase::database(u"bench-floor"_s));
                    q.prepare(u"UPDATE sale SET state = ?, answer = ? WHERE refid = ?"_s);
                    q.addBindValue(status);
                    q.addBindValue(answer);
                    q.addBindValue(refid);
                    if (!q.exec()) {
                        failed = true;
                        loop.quit();
                        return;
                    }
                }
                ++final;
                next();
            });
        };
        QElapsedTimer t;
        t.start();
        QTimer::singleShot(0, this, next);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        const double secs = double(t.nsecsElapsed()) / 1e9;
        return !failed && final == count ? secs : -1;
    }

private slots:
    // (1) submit() -> first byte against what must happen before it: one durable insert of
    // the sale row plus one bare signed post (goal: 1.5x or less). Samples interleaved.
    void firstByteVersusFloor()
    {
        constexpr int Samples = 60;
        constexpr int WarmUp = 5;   // connection set-up, first queries, statement compilation
        QList<double> commitMs, bareMs, sentMs, receivedMs;
        for (int i = 0; i < Samples + WarmUp; ++i) {
            const QString refid = u"FB-%1"_s.arg(i);
            const double commit = durableInsertMs(refid, floorBody(refid, 3000 + i));
            const double bare = barePostFirstByteMs(floorBody(u"FBP-%1"_s.arg(i), 3500 + i));
            double sent = -1;
            double received = -1;
            QVERIFY(engineFirstByte(i, &sent, &received));
            QVERIFY(commit >= 0 && bare >= 0);
            if (i < WarmUp)
                continue;
            commitMs.append(commit);
            bareMs.append(bare);
            sentMs.append(sent);
            receivedMs.append(received);
        }
        const double commit = median(commitMs);
        const double bare = median(bareMs);
        const double first = median(sentMs);
        const double required = commit + bare;
        figure("one durable SQLite commit of a sale row (WAL, FULL), median", commit, "ms");
        figure("one durable SQLite commit, p90", percentile(commitMs, 0.9), "ms");
        figure("bare signed QNAM post() -> request on the wire, median", bare, "ms");
        figure("submit() -> request on the wire (requestSent), median", first, "ms");
        figure("submit() -> request on the wire, p90", percentile(sentMs, 0.9), "ms");
        figure("submit() -> simulator received the topup, median", median(receivedMs), "ms");
        figure("floor: one durable insert + one bare signed post, median sum", required, "ms");
        figure("submit() -> first byte minus that floor", first - required, "ms");
        figure("ratio first byte / (insert + bare post) (goal <= 1.5)", required > 0 ? first / required : 0, "x");
        figure("ratio first byte / durable commit", commit > 0 ? first / commit : 0, "x");
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
    }

    // Where one engine sale's time goes, step by step (medians over sequential sales): the
    // profile behind the two ratios.
    void engineTimeline()
    {
        constexpr int Sales = 60;
        QElapsedTimer clock;
        clock.start();
        QMutex mutex;   // the simulator's signal arrives on its own thread
        struct Marks
        {
            qint64 at[9] = {};
            int sent = 0;
            int received = 0;
        };
        enum Step { Submit, Submitted, Sent1, Received1, Answer1, Started2, Sent2, Received2, Settled };
        QHash<QString, Marks> marks;
        const auto stamp = [&](const QString &refid, int step) {
            QMutexLocker lock(&mutex);
            marks[refid].at[step] = clock.nsecsElapsed();
        };
        const auto c1 = connect(m_engine.get(), &PaymentEngine::requestSent, this, [&](const QString &r) {
            int n;
            {
                QMutexLocker lock(&mutex);
                n = marks[r].sent++;
            }
            stamp(r, n == 0 ? Sent1 : Sent2);
        });
        const auto c2 = connect(m_sim.get(), &Simulator::topupReceived, m_sim.get(), [&](const QString &r) {
            int n;
            {
                QMutexLocker lock(&mutex);
                n = marks[r].received++;
            }
            stamp(r, n == 0 ? Received1 : Received2);
        }, Qt::DirectConnection);
        const auto c3 = connect(m_engine.get(), &PaymentEngine::saleUpdated, this, [&](const SaleRecord &s) {
            QMutexLocker lock(&mutex);
            Marks &m = marks[s.refid];
            if (s.state == SaleState::Accepted && !m.at[Answer1])
                m.at[Answer1] = clock.nsecsElapsed();
        });
        const auto c4 = connect(m_engine.get(), &PaymentEngine::requestStarted, this, [&](const QString &r, int attempt) {
            if (attempt == 2)
                stamp(r, Started2);
        });
        QString current;
        int started = 0;
        QEventLoop loop;
        std::function<void()> next = [&] {
            if (started == Sales) {
                loop.quit();
                return;
            }
            const qint64 t0 = clock.nsecsElapsed();
            const std::optional<QString> refid = m_engine->submit(sale(9000 + started++));
            if (!refid) {
                loop.quit();
                return;
            }
            stamp(*refid, Submitted);
            QMutexLocker lock(&mutex);
            marks[*refid].at[Submit] = t0;
            current = *refid;
        };
        const auto c5 = connect(m_engine.get(), &PaymentEngine::saleSettled, this, [&](const SaleRecord &s) {
            stamp(s.refid, Settled);
            if (s.refid == current)
                QTimer::singleShot(0, this, next);
        });
        QTimer::singleShot(0, this, next);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        for (const auto &c : {c1, c2, c3, c4, c5})
            disconnect(c);
        QCOMPARE(started, Sales);
        QList<double> step[Settled];
        for (const Marks &m : std::as_const(marks)) {
            if (m.sent != 2 || m.received != 2 || !m.at[Settled])
                continue;   // this profile follows the usual path: Accepted, then one re-query
            for (int i = 0; i < Settled; ++i)
                step[i].append(double(m.at[i + 1] - m.at[i]) / 1e6);
        }
        QVERIFY(step[0].size() >= Sales / 2);
        static const char *const names[Settled] = {
            "timeline: submit() returns (row committed, request handed to QNAM)",
            "timeline: -> requestSent #1 heard on the engine's thread",
            "timeline: -> the simulator has #1 (measured from requestSent #1)",
            "timeline: -> answer #1 (Accepted) journaled and announced",
            "timeline: -> re-query #2 started (attempt counted)",
            "timeline: -> requestSent #2",
            "timeline: -> the simulator has #2",
            "timeline: -> final answer journaled (fsync), sale settled",
        };
        for (int i = 0; i < Settled; ++i)
            figure(names[i], median(step[i]), "ms");
    }

    // (2) Sales per second to a final status: the engine (journal included) against a floor
    // loop doing what a sale cannot do without (the durable sale row, the same signed posts and
    // re-queries, the durable final answer), and against a bare loop with no journal at all.
    // Rounds interleave the three; the ratio is the median of the rounds' ratios.
    void throughputVersusFloor()
    {
        constexpr int Rounds = 11;
        constexpr int PerRound = 25;
        const Journal::CommitCounts commitsBefore = m_journal->commitCounts();
        int enginePosts = 0;
        const auto countPosts = connect(m_sim.get(), &Simulator::topupReceived, this,
                                        [&](const QString &refid) {
                                            if (refid.startsWith(m_journal->terminalId()))
                                                ++enginePosts;
                                        });
        QList<double> engineMs, floorMs, bareMs, ratios;
        for (int r = 0; r < Rounds; ++r) {
            const int first = 10000 + r * PerRound;
            const double engine = engineSales(first, PerRound);
            const double floor = bareSales(u"FLOOR-%1-"_s.arg(r), first, PerRound, true);
            const double bare = bareSales(u"BARE-%1-"_s.arg(r), first, PerRound, false);
            QVERIFY2(engine > 0 && floor > 0 && bare > 0, "a loop did not finish its sales");
            engineMs.append(1000.0 * engine / PerRound);
            floorMs.append(1000.0 * floor / PerRound);
            bareMs.append(1000.0 * bare / PerRound);
            ratios.append(floor / engine);   // engine sales/s over floor sales/s
        }
        disconnect(countPosts);
        const Journal::CommitCounts commitsAfter = m_journal->commitCounts();
        const int sales = Rounds * PerRound;
        figure("floor: ms per sale (sale row + final answer committed), median of rounds", median(floorMs), "ms");
        figure("engine: ms per sale (journal, sequential), median of rounds", median(engineMs), "ms");
        figure("bare: ms per sale (no journal), median of rounds", median(bareMs), "ms");
        figure("floor loop: sales/s", 1000.0 / median(floorMs), "sales/s");
        figure("engine: sales/s to final", 1000.0 / median(engineMs), "sales/s");
        figure("ratio engine / floor loop, median of rounds (goal >= 0.8)", median(ratios), "x");
        figure("ratio engine / floor loop, worst round", *std::min_element(ratios.cbegin(), ratios.cend()), "x");
        figure("ratio engine / bare (no journal at all)", median(bareMs) / median(engineMs), "x");
        figure("engine: fsynced journal commits per sale (floor: 2)",
               double(commitsAfter.powerLoss - commitsBefore.powerLoss) / sales, "commits");
        figure("engine: crash-safe (not fsynced) commits per sale",
               double(commitsAfter.crash - commitsBefore.crash) / sales, "commits");
        figure("engine: topup requests per sale", double(enginePosts) / sales, "requests");
    }
};

QTEST_GUILESS_MAIN(BenchEngine)
#include "bench_engine.moc"

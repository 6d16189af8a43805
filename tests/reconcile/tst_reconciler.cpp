#include "SaleFixtures.h"

#include "api/ApiConfig.h"
#include "api/IimmpactClient.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "reconcile/ReconcileReportFile.h"
#include "reconcile/Reconciler.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// Reconciler against the simulator (issue 10): real sales made through the payment engine,
// then IIMMPACT's records made to differ on each side (a hidden row, a changed status, a
// changed amount, transactions the till never sent), more than one page of rows, and a list
// that cannot be read, which must never "agree".
class TestReconciler : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<IimmpactClient> m_client;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PaymentEngine> m_engine;

    QDate today() const { return Reconciliation::malaysianDay(m_clock.now()); }

    void configure(const QByteArray &secret)
    {
        ApiConfig config;
        config.baseUrl = m_sim->baseUrl();
        config.apiKey = Simulator::demoApiKey();
        config.secretBase64 = secret;
        m_client->setConfig(config);
    }

    // A sale through the engine, driven until it settles (or its short deadline passes).
    QString sell(const QString &account, const QString &amount)
    {
        SaleRequest request;
        request.product = u"D"_s;
        request.account = account;
        request.amount = amount;
        SubmitError error;
        const std::optional<QString> refid = m_engine->submit(request, &error);
        [&] { QVERIFY2(refid, qPrintable(error.message)); }();
        if (!refid)
            return {};
        SaleFixtures::waitSettled(*m_engine, *refid, 10000);
        return *refid;
    }

    SaleState stateOf(const QString &refid) const { return m_journal->sale(refid).value().state; }

    ReconcileResult reconcile(int pageLimit = Reconciler::DefaultPageLimit)
    {
        Reconciler reconciler(*m_client, *m_journal, m_clock);
        reconciler.setPageLimit(pageLimit);
        QSignalSpy finished(&reconciler, &Reconciler::finished);
        reconciler.startDay(today());
        [&] {
            QVERIFY(finished.isEmpty());   // never from inside start()
            QVERIFY(finished.wait(30000));
            QCOMPARE(finished.size(), 1);
        }();
        return reconciler.result();
    }

    static QStringList describe(const ReconcileResult &r)
    {
        QStringList out;
        for (const ReconcileDiff &d : r.differences)
            out << u"%1 %2 %3"_s.arg(ReconcileDiff::kindName(d.kind), d.refid, ReconcileDiff::actionName(d.action));
        return out;
    }

    // Points the client at `server`, which answers the n-th request with the n-th (head, body)
    // pair of `answers` (the last pair again once they run out) and counts the requests in its
    // "requests" property.
    void answerWith(QTcpServer &server, const QList<QByteArray> &answers)
    {
        [&] { QVERIFY(server.listen(QHostAddress::LocalHost)); }();
        server.setProperty("requests", 0);
        connect(&server, &QTcpServer::newConnection, &server, [&server, answers] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [&server, socket, answers] {
                    if (!socket->peek(1 << 16).contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    const int n = server.property("requests").toInt();
                    server.setProperty("requests", n + 1);
                    const qsizetype pair = std::min<qsizetype>(n, answers.size() / 2 - 1) * 2;
                    const QByteArray &body = answers.at(pair + 1);
                    socket->write(answers.at(pair) + "Connection: close\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
        ApiConfig config;
        config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
        config.apiKey = Simulator::demoApiKey();
        config.secretBase64 = Simulator::demoSecretBase64();
        m_client->setConfig(config);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Simulator::Options o;
        o.acceptedMs = 30;
        o.processingMs = 30;
        o.billerCount = 50;
        m_sim = std::make_unique<Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<IimmpactClient>(m_nam.get(), m_clock);
        configure(Simulator::demoSecretBase64());
        m_journal = std::make_unique<Journal>(m_clock);
        QVERIFY2(m_journal->open(m_dir->path()), qPrintable(m_journal->errorString()));
        m_engine = std::make_unique<PaymentEngine>(*m_journal, *m_client, m_clock);
        m_engine->setTiming({100, 10, 200, 2500});
        m_engine->setDuplicateGuardMs(0);
    }

    void cleanup()
    {
        m_engine.reset();
        m_journal.reset();
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
        m_dir.reset();
    }

    void realSalesAgree()
    {
        const QString ok = sell(u"0123456789"_s, u"10"_s);
        const QString failed = sell(u"60123450048"_s, u"5"_s);   // the staging account that fails (48)
        QCOMPARE(stateOf(ok), SaleState::Succesful);
        QCOMPARE(stateOf(failed), SaleState::Failed);
        QString error;
        const SaleRecord unanswered = SaleFixtures::journalUnanswered(*m_journal, u"0199999999"_s, u"3"_s, &error);
        QVERIFY2(!unanswered.refid.isEmpty(), qPrintable(error));
        const SaleRecord rejected =
            SaleFixtures::journalInState(*m_journal, u"0188888888"_s, u"4"_s, SaleState::Rejected, &error);
        QVERIFY2(!rejected.refid.isEmpty(), qPrintable(error));

        const ReconcileResult r = reconcile();
        QVERIFY2(r.ok(), qPrintable(r.failureMessage));
        QCOMPARE(describe(r), QStringList{});
        QVERIFY(r.agrees());
        QCOMPARE(r.journalSales, 4);
        QCOMPARE(r.iimmpactRows, 2);
        QCOMPARE(r.matched, 2);
        QCOMPARE(r.notSent, 1);   // the Rejected one: IIMMPACT never had it
        QCOMPARE(r.openSales.size(), 1);
        QCOMPARE(r.openSales.constFirst().refid, unanswered.refid);
        QCOMPARE(r.pagesRead, 1);
        QCOMPARE(m_sim->topupRequestCount(unanswered.refid), 0);   // reconciling sends nothing
    }

    void differencesOnEachSide()
    {
        const QString agreeing = sell(u"0123456789"_s, u"10"_s);
        const QString refunded = sell(u"0123456780"_s, u"15"_s);
        const QString reAmounted = sell(u"0123456781"_s, u"20"_s);
        const QString hidden = sell(u"0123456782"_s, u"25"_s);
        const QString stuck = sell(Simulator::stuckAccount(), u"30"_s);   // Processing for ever
        for (const QString &refid : {agreeing, refunded, reAmounted, hidden})
            QCOMPARE(stateOf(refid), SaleState::Succesful);
        QCOMPARE(stateOf(stuck), SaleState::Processing);

        // IIMMPACT's side now differs from what the till was told.
        QVERIFY(m_sim->setTransactionStatus(refunded, u"Refund"_s));
        QVERIFY(m_sim->setTransactionAmount(reAmounted, 21));
        QVERIFY(m_sim->hideFromTransactionList(hidden));
        QVERIFY(m_sim->setTransactionStatus(stuck, u"Succesful"_s));
        // This till's refid (sorts after the sales above), not journaled.
        const QString lost = m_journal->terminalId() + today().toString(u"-yyyyMMdd-999999"_s);
        m_sim->addListedTransaction(lost, u"D"_s, u"0123456783"_s, 15);
        m_sim->addListedTransaction(QString(), u"D"_s, u"0123456784"_s, 16);   // no refid, no such sale
        // 60 transactions of another till of the same account: more than one page, not compared.
        for (int i = 0; i < 60; ++i)
            m_sim->addListedTransaction(u"OTHER123-20200101-%1"_s.arg(i, 6, 10, QChar(u'0')), u"D"_s,
                                        u"0170000000"_s, 1);

        const ReconcileResult r = reconcile();
        QVERIFY2(r.ok(), qPrintable(r.failureMessage));
        QVERIFY(!r.agrees());
        QCOMPARE(describe(r), (QStringList{
                                  u"MissingInJournal  check-portal"_s,
                                  u"StatusDiffers %1 check-status"_s.arg(refunded),
                                  u"AmountDiffers %1 contact-support"_s.arg(reAmounted),
                                  u"MissingAtIimmpact %1 contact-support"_s.arg(hidden),
                                  u"StatusDiffers %1 check-status"_s.arg(stuck),
                                  u"MissingInJournal %1 contact-support"_s.arg(lost),
                              }));
        QCOMPARE(r.otherTerminalRows, 60);
        QCOMPARE(r.journalSales, 5);
        QCOMPARE(r.matched, 4);
        QVERIFY2(r.pagesRead >= 2, qPrintable(QString::number(r.pagesRead)));
        const ReconcileDiff &amount = r.differences.at(2);
        QCOMPARE(amount.journalAmount, u"20.00"_s);
        QCOMPARE(amount.iimmpactAmount, u"21.00"_s);
        const ReconcileDiff &status = r.differences.at(1);
        QCOMPARE(status.journalState, std::optional<SaleState>(SaleState::Succesful));
        QCOMPARE(status.iimmpactStatus, u"Refund"_s);
        QCOMPARE(r.differences.at(4).iimmpactStatus, u"Successful"_s);   // the list's spelling

        // Small pages give the same answer: every page is read, none twice.
        const ReconcileResult paged = reconcile(7);
        QCOMPARE(describe(paged), describe(r));
        QCOMPARE(paged.otherTerminalRows, 60);
        QVERIFY(paged.pagesRead >= 10);

        // Kept for support, whole, as JSON.
        QString error;
        const QString path = ReconcileReportFile::save(m_dir->path(), r, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QCOMPARE(path, m_dir->filePath(u"reports/reconcile-%1.json"_s.arg(today().toString(Qt::ISODate))));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value("agree"_L1).toBool(true), false);
        QCOMPARE(json.value("differences"_L1).toArray().size(), 6);
    }

    // A shift is any period: its sales agree; a period before them has none.
    void shiftPeriod()
    {
        const QString refid = sell(u"0123456789"_s, u"10"_s);
        const QDateTime now = m_clock.now();
        {
            Reconciler reconciler(*m_client, *m_journal, m_clock);
            QSignalSpy finished(&reconciler, &Reconciler::finished);
            reconciler.start(now.addSecs(-3600), now.addSecs(3600));
            QVERIFY(finished.wait(30000));
            const ReconcileResult r = reconciler.result();
            QVERIFY2(r.agrees(), qPrintable(r.failureMessage));
            QCOMPARE(r.journalSales, 1);
            QCOMPARE(r.matched, 1);
        }
        {
            Reconciler reconciler(*m_client, *m_journal, m_clock);
            QSignalSpy finished(&reconciler, &Reconciler::finished);
            reconciler.start(now.addSecs(-7200), now.addSecs(-3600));
            QVERIFY(finished.wait(30000));
            const ReconcileResult r = reconciler.result();
            QVERIFY(r.agrees());
            QCOMPARE(r.journalSales, 0);
            QCOMPARE(r.iimmpactRows, 0);
        }
        QVERIFY(!refid.isEmpty());
    }

    // A sale at 23:59:30 that IIMMPACT dated after midnight is not in the day's list: it is
    // looked up by its own dates, product and account before being called missing.
    void saleDatedNextDayIsLookedUp()
    {
        const QDateTime created = QDateTime(QDate(2025, 5, 20), QTime(23, 59, 30), QTimeZone(8 * 3600)).toUTC();
        ManualClock journalClock(created);
        QTemporaryDir dir;
        Journal journal(journalClock);
        QVERIFY(journal.open(dir.path()));
        QString error;
        const SaleRecord sale =
            SaleFixtures::journalInState(journal, u"0123456789"_s, u"10"_s, SaleState::Succesful, &error);
        QVERIFY2(!sale.refid.isEmpty(), qPrintable(error));
        m_sim->addListedTransaction(sale.refid, u"D"_s, u"0123456789"_s, 10, created.addSecs(40));

        Reconciler reconciler(*m_client, journal, m_clock);
        QSignalSpy finished(&reconciler, &Reconciler::finished);
        const int before = m_sim->transactionListRequestCount();
        reconciler.startDay(QDate(2025, 5, 20));
        QVERIFY(finished.wait(30000));
        const ReconcileResult r = reconciler.result();
        QVERIFY2(r.ok(), qPrintable(r.failureMessage));
        QCOMPARE(describe(r), QStringList{});
        QCOMPARE(r.matched, 1);
        QCOMPARE(m_sim->transactionListRequestCount(), before + 2);   // the day, then the sale's own dates

        // Hidden, it is missing after both reads.
        QVERIFY(m_sim->hideFromTransactionList(sale.refid));
        Reconciler again(*m_client, journal, m_clock);
        QSignalSpy done(&again, &Reconciler::finished);
        again.startDay(QDate(2025, 5, 20));
        QVERIFY(done.wait(30000));
        QCOMPARE(describe(again.result()), QStringList{u"MissingAtIimmpact %1 contact-support"_s.arg(sale.refid)});
    }

    void unreadableListNeverAgrees_data()
    {
        QTest::addColumn<int>("failure");
        QTest::newRow("503 from IIMMPACT") << int(ReconcileResult::Failure::Server);
        QTest::newRow("401: wrong secret") << int(ReconcileResult::Failure::Auth);
        QTest::newRow("no server") << int(ReconcileResult::Failure::Network);
        QTest::newRow("no configuration") << int(ReconcileResult::Failure::Config);
    }

    void unreadableListNeverAgrees()
    {
        QFETCH(int, failure);
        sell(u"0123456789"_s, u"10"_s);
        switch (ReconcileResult::Failure(failure)) {
        case ReconcileResult::Failure::Server:
            m_sim->setTransactionListUnavailable(1);
            break;
        case ReconcileResult::Failure::Auth:
            configure(QByteArrayLiteral("d3Jvbmctc2VjcmV0LXdyb25nLXNlY3JldA=="));
            break;
        case ReconcileResult::Failure::Network:
            m_sim.reset();   // the port closes
            break;
        default:
            m_client->setConfig(ApiConfig());
            break;
        }
        const ReconcileResult r = reconcile();
        QCOMPARE(int(r.failure), failure);
        QVERIFY(!r.ok());
        QVERIFY(!r.agrees());
        QVERIFY(r.differences.isEmpty());
        QVERIFY(!r.failureMessage.isEmpty());
        QCOMPARE(r.toJson().value("agree"_L1).toBool(true), false);
    }

    // A 200 that is not a list: a tiny server answers every request with `body`.
    void malformedListNeverAgrees_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("data is not a list") << QByteArray("{\"data\": 5}");
        QTest::newRow("no data") << QByteArray("{\"message\": \"ok\"}");
        QTest::newRow("HTML") << QByteArray("<html><body>Maintenance</body></html>");
        QTest::newRow("truncated JSON") << QByteArray("{\"data\": [{\"refid\": \"T");
    }

    void malformedListNeverAgrees()
    {
        QFETCH(QByteArray, body);
        QTcpServer server;
        answerWith(server, {"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n", body});
        const ReconcileResult r = reconcile();
        QCOMPARE(r.failure, ReconcileResult::Failure::Malformed);
        QVERIFY(!r.agrees());
        QVERIFY(!r.failureMessage.isEmpty());
    }

    // 429: the same page is asked again after Retry-After; more than three times is a failure.
    void rateLimitedPageIsAskedAgain()
    {
        const QByteArray limited("HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nRetry-After: 1\r\n");
        const QByteArray ok("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
        {
            QTcpServer server;
            answerWith(server, {limited, "{\"message\": \"Too Many Attempts.\"}", ok, "{\"data\": []}"});
            const ReconcileResult r = reconcile();
            QVERIFY2(r.agrees(), qPrintable(r.failureMessage));
            QCOMPARE(r.pagesRead, 1);
            QCOMPARE(server.property("requests").toInt(), 2);
        }
        {
            QTcpServer server;
            answerWith(server, {limited, "{\"message\": \"Too Many Attempts.\"}"});
            const ReconcileResult r = reconcile();
            QCOMPARE(r.failure, ReconcileResult::Failure::RateLimited);
            QVERIFY(!r.agrees());
            QCOMPARE(server.property("requests").toInt(), 1 + Reconciler::MaxRateLimitWaits);
        }
    }

    // A list that fails on its second page is no half answer either.
    void failureOnALaterPage()
    {
        sell(u"0123456789"_s, u"10"_s);
        for (int i = 0; i < 12; ++i)
            m_sim->addListedTransaction(u"OTHER123-20200101-%1"_s.arg(i), u"D"_s, u"0170000000"_s, 1);
        m_sim->setTransactionListUnavailable(1, 1);   // page 1 answered, page 2 fails
        const int before = m_sim->transactionListRequestCount();
        const ReconcileResult r = reconcile(5);
        QCOMPARE(m_sim->transactionListRequestCount(), before + 2);
        QCOMPARE(r.failure, ReconcileResult::Failure::Server);
        QVERIFY(!r.agrees());
        QCOMPARE(r.pagesRead, 1);
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"

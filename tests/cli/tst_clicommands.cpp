#include "KaunterRunner.h"
#include "SimulatedKaunter.h"

#include "journal/Journal.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Accepts connections and counts them: proof that nothing at all was sent.
class CountingServer : public QTcpServer
{
public:
    int connections = 0;
    CountingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                ++connections;
                s->close();
                s->deleteLater();
            }
        });
    }
};

QStringList fast(const QString &deadline = u"15"_s)
{
    return {u"--poll-interval"_s, u"0.1"_s, u"--deadline"_s, deadline};
}

QStringList pay(const QString &account, const QString &amount, const QString &product = u"D"_s,
                const QString &deadline = u"15"_s)
{
    return QStringList{u"pay"_s, u"--product"_s, product, u"--account"_s, account, u"--amount"_s, amount}
        + fast(deadline);
}

} // namespace

// The `kaunter` binary's headless contract: exit codes, --json shape, status / recover /
// history, refusals that send nothing.
class TestCliCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatedKaunter> m_till;

    QString dataDir() const { return m_till->dataDir(); }

    KaunterRunner::Result run(const QStringList &args, int timeoutMs = 30000)
    {
        return m_till->kaunter().run(args, timeoutMs);
    }

    // Journaled sales, read by the test after the child has exited.
    QList<SaleRecord> journalHistory()
    {
        SystemClock clock;
        Journal journal(clock);
        if (!journal.open(dataDir()))
            return {};
        return journal.history(100);
    }
    std::optional<SaleRecord> journalSale(const QString &refid)
    {
        SystemClock clock;
        Journal journal(clock);
        if (!journal.open(dataDir()))
            return std::nullopt;
        return journal.sale(refid);
    }

private slots:
    void init()
    {
        Simulator::Options o;
        o.acceptedMs = 100;
        o.processingMs = 100;
        o.longDelayMs = 600;
        o.billerCount = 50;
        m_till = std::make_unique<SimulatedKaunter>(o);
        QString error;
        QVERIFY2(m_till->start(&error), qPrintable(error));
    }
    void cleanup()
    {
        m_till.reset();
    }

    void payExitCodes_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<int>("simAcceptedMs");
        QTest::addColumn<QString>("deadline");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("statusCode");     // -1: absent
        QTest::addColumn<int>("transactions");
        QTest::addColumn<bool>("hasRefid");

        QTest::newRow("0 Succesful") << u"0123456789"_s << u"10"_s << 100 << u"15"_s << 0
                                     << u"Succesful"_s << 20 << 1 << true;
        QTest::newRow("10 Failed (final, provider)") << u"60123450048"_s << u"10"_s << 100 << u"15"_s
                                                     << 10 << u"Failed"_s << 48 << 1 << true;
        QTest::newRow("20 Rejected by HTTP 400") << u"0123456789"_s << u"12"_s << 100 << u"15"_s << 20
                                                 << u"Rejected"_s << 61 << 0 << true;
        QTest::newRow("20 Rejected locally (no refid)") << u"0123456789"_s << u"0"_s << 100 << u"15"_s
                                                        << 20 << u"Rejected"_s << -1 << 0 << false;
        QTest::newRow("30 pending at the deadline") << u"0123456789"_s << u"10"_s << 5000 << u"0.5"_s
                                                    << 30 << u"Accepted"_s << 0 << 1 << true;
    }
    void payExitCodes()
    {
        QFETCH(QString, account);
        QFETCH(QString, amount);
        QFETCH(int, simAcceptedMs);
        QFETCH(QString, deadline);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        QFETCH(int, statusCode);
        QFETCH(int, transactions);
        QFETCH(bool, hasRefid);

        m_till->simulator().setTiming(simAcceptedMs, 100);
        const auto r = run({u"pay"_s, u"--product"_s, u"D"_s, u"--account"_s, account, u"--amount"_s,
                            amount, u"--poll-interval"_s, u"0.1"_s, u"--deadline"_s, deadline, u"--json"_s});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        const QJsonDocument doc = r.json();
        QVERIFY2(doc.isObject(), qPrintable(r.describe()));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(u"status"_s).toString(), status);
        QCOMPARE(o.contains(u"refid"_s), hasRefid);
        QCOMPARE(o.contains(u"statusCode"_s), statusCode >= 0);
        if (statusCode >= 0)
            QCOMPARE(o.value(u"statusCode"_s).toInt(), statusCode);
        QCOMPARE(o.value(u"product"_s).toString(), u"D"_s);
        QCOMPARE(o.value(u"account"_s).toString(), account);
        QCOMPARE(m_till->simulator().transactionCount(), transactions);
        QCOMPARE(journalHistory().size(), hasRefid ? 1 : 0);
        if (hasRefid) {
            const QString refid = o.value(u"refid"_s).toString();
            QCOMPARE(o.value(u"amount"_s).toString(), amount + u".00"_s);
            const std::optional<SaleRecord> rec = journalSale(refid);
            QVERIFY(rec);
            for (const QByteArray &b : m_till->simulator().topupBodies(refid))
                QCOMPARE(b, rec->requestBody);
        }
    }

    void refundExitCode()
    {
        const auto paid = run(pay(u"0123456789"_s, u"10"_s) << u"--json"_s);
        QCOMPARE(paid.exitCode, 0);
        const QString refid = paid.json().object().value(u"refid"_s).toString();
        m_till->simulator().refund(refid);
        const auto r = run({u"status"_s, refid, u"--json"_s});
        QVERIFY2(r.exitCode == 11, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(u"status"_s).toString(), u"Refund"_s);
        QCOMPARE(r.json().object().value(u"statusCode"_s).toInt(), 53);
        QCOMPARE(m_till->simulator().transactionCount(), 1);
    }

    // Exactly one object; fields the API did not return (or returned empty) are absent.
    void jsonObjectShape_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("voucher with PIN") << u"GC"_s
            << QStringList{u"refid"_s, u"status"_s, u"statusCode"_s, u"product"_s, u"account"_s,
                           u"amount"_s, u"sn"_s, u"pin"_s, u"expiry"_s}
            << QStringList{u"remarks"_s, u"error"_s, u"needsReview"_s};
        QTest::newRow("reload") << u"D"_s
            << QStringList{u"refid"_s, u"status"_s, u"statusCode"_s, u"product"_s, u"account"_s, u"amount"_s}
            << QStringList{u"pin"_s, u"expiry"_s, u"voucherlink"_s, u"remarks"_s, u"error"_s};
    }
    void jsonObjectShape()
    {
        QFETCH(QString, product);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const auto r = run(pay(u"0123456789"_s, u"10"_s, product) << u"--json"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
        QCOMPARE(pe.error, QJsonParseError::NoError);   // nothing but the one object on stdout
        QVERIFY(doc.isObject());
        const QJsonObject o = doc.object();
        for (const QString &key : present)
            QVERIFY2(o.contains(key) && !o.value(key).toVariant().toString().isEmpty(), qPrintable(key));
        for (const QString &key : absent)
            QVERIFY2(!o.contains(key), qPrintable(key));
        const std::optional<SaleRecord> rec = journalSale(o.value(u"refid"_s).toString());
        QVERIFY(rec);
        if (rec->pin) {
            QCOMPARE(o.value(u"pin"_s).toString(), *rec->pin);   // the API's exact value
            QVERIFY(!r.err.contains(rec->pin->toUtf8()));          // never in diagnostics
        }
        if (rec->sn)
            QCOMPARE(o.value(u"sn"_s).toString(), *rec->sn);
    }

    void humanSummaryShowsPinOnlyOnStdout()
    {
        const auto r = run(pay(u"0123456789"_s, u"10"_s, u"GC"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<SaleRecord> sales = journalHistory();
        QCOMPARE(sales.size(), 1);
        QVERIFY(sales.first().pin);
        const QByteArray pin = sales.first().pin->toUtf8();
        QVERIFY(r.out.contains(pin));
        QVERIFY(r.out.contains("Successful"));
        QVERIFY(!r.err.contains(pin));
        QVERIFY(!r.json().isObject());
    }

    void icNumbersNeverPrinted()
    {
        const QStringList args{u"pay"_s, u"--product"_s, u"JOMPAY"_s, u"--account"_s, u"220012345678"_s,
                               u"--amount"_s, u"50"_s, u"--biller"_s, u"5454"_s, u"--ic"_s,
                               u"900101-14-5678"_s};
        for (const QStringList &extra : {QStringList{u"--json"_s}, QStringList{}}) {
            const auto r = run(args + fast() + extra);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            for (const QByteArray &ic : {QByteArray("900101145678"), QByteArray("900101-14-5678")}) {
                QVERIFY(!r.out.contains(ic));
                QVERIFY(!r.err.contains(ic));
            }
            if (extra.isEmpty())
                QVERIFY(r.out.contains("XXXXXX-XX-5678"));   // masked on the cashier's screen
            else
                QVERIFY(!r.json().object().contains(u"ic_number"_s));
        }
        for (const QStringList &h : {QStringList{u"history"_s}, QStringList{u"history"_s, u"--json"_s}}) {
            const auto r = run(h);
            QCOMPARE(r.exitCode, 0);
            QVERIFY(!r.out.contains("900101145678"));
        }
        // The IC did go to IIMMPACT (AMLA), in the journaled body.
        QVERIFY(journalHistory().first().requestBody.contains("\"ic_number\":\"900101145678\""));
    }

    void statusOfUnknownRefidSendsNothing()
    {
        QSignalSpy received(&m_till->simulator(), &Simulator::topupReceived);
        run(pay(u"0123456789"_s, u"10"_s));   // the journal exists and holds another sale
        received.clear();
        const auto r = run({u"status"_s, u"NOT-A-REFID-1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.json().object().contains(u"error"_s));
        QCOMPARE(received.count(), 0);
        QCOMPARE(m_till->simulator().topupRequestCount(u"NOT-A-REFID-1"_s), 0);
        QCOMPARE(m_till->simulator().transactionCount(), 1);
    }

    void statusOfRejectedSendsNothing()
    {
        const auto paid = run(pay(u"0123456789"_s, u"12"_s) << u"--json"_s);
        QCOMPARE(paid.exitCode, 20);
        const QString refid = paid.json().object().value(u"refid"_s).toString();
        QCOMPARE(m_till->simulator().topupRequestCount(refid), 1);
        const auto r = run({u"status"_s, refid, u"--json"_s});
        QVERIFY2(r.exitCode == 20, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(u"status"_s).toString(), u"Rejected"_s);
        QCOMPARE(m_till->simulator().topupRequestCount(refid), 1);
        QCOMPARE(m_till->simulator().transactionCount(), 0);
    }

    void statusRequeriesWithTheStoredBody()
    {
        // Accepted for 3 s; the pay command gives up at 1.5 s (a deadline that leaves the first
        // answer time to arrive in a sanitizer build too) and leaves the sale Accepted.
        m_till->simulator().setTiming(3000, 100);
        const auto paid = run(pay(u"0123456789"_s, u"10"_s, u"D"_s, u"1.5"_s) << u"--json"_s);
        QVERIFY2(paid.exitCode == 30, qPrintable(paid.describe()));
        const QString refid = paid.json().object().value(u"refid"_s).toString();
        const int before = m_till->simulator().topupRequestCount(refid);

        auto r = run({u"status"_s, refid, u"--json"_s});
        QVERIFY2(r.exitCode == 30, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(u"status"_s).toString(), u"Accepted"_s);
        QCOMPARE(m_till->simulator().topupRequestCount(refid), before + 1);   // exactly one query

        QTest::qWait(3000);
        r = run({u"status"_s, refid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("Successful"));
        QCOMPARE(m_till->simulator().topupRequestCount(refid), before + 2);
        QCOMPARE(m_till->simulator().transactionCount(), 1);
        const std::optional<SaleRecord> rec = journalSale(refid);
        for (const QByteArray &b : m_till->simulator().topupBodies(refid))
            QCOMPARE(b, rec->requestBody);
    }

    void recoverContracts()
    {
        // Nothing pending: exit 0, empty array.
        auto r = run({u"recover"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.json().isArray());
        QCOMPARE(r.json().array().size(), 0);

        m_till->simulator().setTiming(800, 100);
        QStringList refids;
        for (int i = 0; i < 2; ++i) {
            const auto p = run(pay(u"0123456789"_s, i == 0 ? u"10"_s : u"5"_s, u"D"_s, u"0.2"_s)
                               << u"--json"_s);
            QVERIFY2(p.exitCode == 30, qPrintable(p.describe()));
            refids << p.json().object().value(u"refid"_s).toString();
        }
        // Still pending at recover's own deadline: 30.
        r = run({u"recover"_s, u"--deadline"_s, u"0.2"_s, u"--poll-interval"_s, u"0.1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 30, qPrintable(r.describe()));
        QCOMPARE(r.json().array().size(), 2);

        // The recover that timed out may still have recorded a late answer before it exited
        // (slow builds, ASan): the next one reports exactly the sales still pending then.
        int stillPending = 0;
        for (const QString &refid : refids)
            stillPending += journalSale(refid)->isFinal() ? 0 : 1;
        QVERIFY(stillPending >= 1);
        r = run({u"recover"_s, u"--deadline"_s, u"15"_s, u"--poll-interval"_s, u"0.1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray a = r.json().array();
        QCOMPARE(a.size(), stillPending);
        for (const QJsonValue &v : a) {
            QVERIFY(refids.contains(v.toObject().value(u"refid"_s).toString()));
            QCOMPARE(v.toObject().value(u"status"_s).toString(), u"Succesful"_s);
        }
        for (const QString &refid : refids)
            QCOMPARE(journalSale(refid)->state, SaleState::Succesful);
        QCOMPARE(m_till->simulator().transactionCount(), 2);

        r = run({u"recover"_s});
        QCOMPARE(r.exitCode, 0);
    }

    void historyNewestFirst()
    {
        QStringList refids;
        for (const QString &amount : {u"5"_s, u"10"_s, u"12"_s}) {
            const auto p = run(pay(u"0123456789"_s, amount) << u"--json"_s);
            refids.prepend(p.json().object().value(u"refid"_s).toString());
        }
        auto r = run({u"history"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = r.json().array();
        QCOMPARE(a.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(a.at(i).toObject().value(u"refid"_s).toString(), refids.at(i));
        QCOMPARE(a.at(0).toObject().value(u"status"_s).toString(), u"Rejected"_s);
        QCOMPARE(a.at(2).toObject().value(u"status"_s).toString(), u"Succesful"_s);

        r = run({u"history"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).contains(refids.at(0).toUtf8()));
        QVERIFY(lines.at(2).contains(refids.at(2).toUtf8()));
    }

    void payRefidOnlyCorrectsRejected()
    {
        // Not in the journal: usage error, nothing sent.
        QSignalSpy received(&m_till->simulator(), &Simulator::topupReceived);
        auto r = run(pay(u"0123456789"_s, u"10"_s) << u"--refid"_s << u"NOPE-1"_s);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QCOMPARE(received.count(), 0);

        // A sale with a transaction: refused, never re-sent with another body.
        const auto paid = run(pay(u"0123456789"_s, u"10"_s) << u"--json"_s);
        QCOMPARE(paid.exitCode, 0);
        const QString done = paid.json().object().value(u"refid"_s).toString();
        const int requests = m_till->simulator().topupRequestCount(done);
        r = run(pay(u"0123456789"_s, u"5"_s) << u"--refid"_s << done << u"--json"_s);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QCOMPARE(m_till->simulator().topupRequestCount(done), requests);

        // A Rejected sale: corrected under the same refid.
        const auto rejected = run(pay(u"0123456789"_s, u"12"_s) << u"--json"_s);
        QCOMPARE(rejected.exitCode, 20);
        const QString refid = rejected.json().object().value(u"refid"_s).toString();
        r = run(pay(u"0123456789"_s, u"10"_s) << u"--refid"_s << refid << u"--json"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(u"refid"_s).toString(), refid);
        QCOMPARE(m_till->simulator().transactionCount(), 2);
        QCOMPARE(journalHistory().size(), 2);

        // A local validation error while correcting keeps the refid and sends nothing.
        const auto again = run(pay(u"0123456789"_s, u"12"_s) << u"--json"_s);
        const QString other = again.json().object().value(u"refid"_s).toString();
        const int before = m_till->simulator().topupRequestCount(other);
        r = run(pay(u"0123456789"_s, u"-1"_s) << u"--refid"_s << other << u"--json"_s);
        QCOMPARE(r.exitCode, 20);
        QCOMPARE(r.json().object().value(u"refid"_s).toString(), other);
        QCOMPARE(m_till->simulator().topupRequestCount(other), before);
    }

    void configurationErrors_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");     // "<unset>" removes it
        QTest::newRow("base unset") << u"KAUNTER_API_BASE"_s << u"<unset>"_s;
        QTest::newRow("base not a URL") << u"KAUNTER_API_BASE"_s << u"ftp:/nope"_s;
        QTest::newRow("base ends in /v2") << u"KAUNTER_API_BASE"_s << u"<counting>/v2"_s;
        QTest::newRow("key unset") << u"KAUNTER_API_KEY"_s << u"<unset>"_s;
        QTest::newRow("secret unset") << u"KAUNTER_API_SECRET"_s << u"<unset>"_s;
        QTest::newRow("secret not Base64") << u"KAUNTER_API_SECRET"_s << u"not base64 !!"_s;
    }
    void configurationErrors()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        CountingServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString counting = u"http://127.0.0.1:%1"_s.arg(server.serverPort());
        QProcessEnvironment env = m_till->kaunter().environment();
        env.insert(u"KAUNTER_API_BASE"_s, counting);
        if (value == u"<unset>"_s)
            env.remove(variable);
        else
            env.insert(variable, QString(value).replace(u"<counting>"_s, counting));

        const QList<QStringList> commands{pay(u"0123456789"_s, u"10"_s) << u"--json"_s,
                                          {u"recover"_s, u"--json"_s}};
        for (const QStringList &args : commands) {
            const auto r = m_till->kaunter().run(args, env);
            QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
            QVERIFY2(r.err.contains(variable.toUtf8()), qPrintable(r.describe()));   // names the setting
            QVERIFY(r.json().object().contains(u"error"_s));
        }
        QTest::qWait(50);
        QCOMPARE(server.connections, 0);
        QVERIFY(!QFileInfo::exists(dataDir() + u"/journal.sqlite"_s));
    }

    void secretsAreNotAcceptedAsArguments_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("--api-key") << QStringList{u"--api-key"_s, u"iimm_x"_s};
        QTest::newRow("--api-secret=") << QStringList{u"--api-secret=MDEy"_s};
        QTest::newRow("--secret") << QStringList{u"--secret"_s, u"MDEy"_s};
        QTest::newRow("--key") << QStringList{u"--key"_s, u"k"_s};
    }
    void secretsAreNotAcceptedAsArguments()
    {
        QFETCH(QStringList, extra);
        QSignalSpy received(&m_till->simulator(), &Simulator::topupReceived);
        const auto r = run(pay(u"0123456789"_s, u"10"_s) + extra);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.err.contains("environment"));
        QCOMPARE(received.count(), 0);
        QCOMPARE(m_till->simulator().transactionCount(), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("missing --amount") << QStringList{u"pay"_s, u"--product"_s, u"D"_s, u"--account"_s, u"0123456789"_s};
        QTest::newRow("unknown option") << (pay(u"0123456789"_s, u"10"_s) << u"--colour"_s);
        QTest::newRow("bad --deadline") << QStringList{u"pay"_s, u"--product"_s, u"D"_s, u"--account"_s,
                                                       u"0123456789"_s, u"--amount"_s, u"10"_s,
                                                       u"--deadline"_s, u"soon"_s};
        QTest::newRow("zero --deadline") << QStringList{u"recover"_s, u"--deadline"_s, u"0"_s};
        QTest::newRow("option twice") << (pay(u"0123456789"_s, u"10"_s) << u"--amount"_s << u"5"_s);
        QTest::newRow("negative --poll-interval") << QStringList{u"recover"_s, u"--poll-interval"_s, u"-1"_s};
        QTest::newRow("status without refid") << QStringList{u"status"_s};
        QTest::newRow("history with junk") << QStringList{u"history"_s, u"junk"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QSignalSpy received(&m_till->simulator(), &Simulator::topupReceived);
        const auto r = run(args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(received.count(), 0);
    }

    void journalOpenFailure_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("data dir is a file") << u"file"_s;
        QTest::newRow("corrupt journal") << u"corrupt"_s;
    }
    void journalOpenFailure()
    {
        QFETCH(QString, kind);
        if (kind == u"file"_s) {
            QFile f(dataDir());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a folder");
        } else {
            QVERIFY(QDir().mkpath(dataDir()));
            QFile f(dataDir() + u"/journal.sqlite"_s);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        QSignalSpy received(&m_till->simulator(), &Simulator::topupReceived);
        for (const QStringList &args : {pay(u"0123456789"_s, u"10"_s), QStringList{u"history"_s},
                                        QStringList{u"recover"_s}, QStringList{u"status"_s, u"X-1"_s}}) {
            const auto r = run(args);
            QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
            QVERIFY(r.err.contains("journal"));
        }
        QCOMPARE(received.count(), 0);
    }

    // A sale left pending is exit 30 whatever else went wrong: a wrapper that retries on 2
    // (a usage or configuration error) would otherwise make a second sale.
    void authenticationErrorWithASalePendingIsExit30()
    {
        QProcessEnvironment env = m_till->kaunter().environment();
        // Valid Base64, wrong key material: every request is refused with 401.
        env.insert(u"KAUNTER_API_SECRET"_s, u"d3JvbmctYnV0LXZhbGlkLWJhc2U2NC1zZWNyZXQ="_s);
        const auto r = m_till->kaunter().run(pay(u"0123456789"_s, u"10"_s) << u"--json"_s, env);
        QVERIFY2(r.exitCode == 30, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(u"status"_s).toString(), u"Unknown"_s);
        QVERIFY(!r.json().object().value(u"refid"_s).toString().isEmpty());
        QVERIFY(r.err.contains("uthentication"));
        QCOMPARE(m_till->simulator().transactionCount(), 0);
        // recover with the same wrong secret: still pending, still 30.
        const auto still = m_till->kaunter().run({u"recover"_s, u"--poll-interval"_s, u"0.1"_s,
                                           u"--deadline"_s, u"3"_s, u"--json"_s}, env);
        QVERIFY2(still.exitCode == 30, qPrintable(still.describe()));
        QVERIFY(still.err.contains("uthentication"));
        // Pending, recoverable with the right secret.
        const auto rec = run({u"recover"_s, u"--poll-interval"_s, u"0.1"_s, u"--json"_s});
        QVERIFY2(rec.exitCode == 0, qPrintable(rec.describe()));
        QCOMPARE(rec.json().array().first().toObject().value(u"status"_s).toString(), u"Succesful"_s);
    }

    // The sale row is committed, then its read-back fails: the refid is reported with exit 30
    // (pending), never exit 2 "nothing was sent"; recovery makes exactly one transaction.
    void readBackFailureAfterCommitIsPendingWithItsRefid()
    {
        QProcessEnvironment env = m_till->kaunter().environment();
        env.insert(u"KAUNTER_FAILPOINT"_s, u"read-after-commit"_s);
        const auto r = m_till->kaunter().run(pay(u"0123456789"_s, u"10"_s) << u"--json"_s, env);
        QVERIFY2(r.exitCode == 30, qPrintable(r.describe()));
        const QString refid = r.json().object().value(u"refid"_s).toString();
        QVERIFY2(!refid.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(u"status"_s).toString(), u"Unknown"_s);
        QVERIFY(!r.err.contains("Nothing was sent"));
        QVERIFY(r.err.contains(refid.toUtf8()));
        QCOMPARE(journalHistory().size(), 1);
        QCOMPARE(journalSale(refid)->state, SaleState::New);

        const auto rec = run({u"recover"_s, u"--poll-interval"_s, u"0.1"_s, u"--json"_s});
        QVERIFY2(rec.exitCode == 0, qPrintable(rec.describe()));
        QCOMPARE(rec.json().array().size(), 1);
        QCOMPARE(rec.json().array().first().toObject().value(u"refid"_s).toString(), refid);
        QCOMPARE(m_till->simulator().transactionCount(), 1);
        QCOMPARE(journalHistory().size(), 1);
    }

    // status asks IIMMPACT about final sales too (support compares journal and provider), and
    // the journal keeps the final state.
    void statusAsksAboutFinalSales_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<bool>("refundFirst");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("Failed") << u"60123450048"_s << false << 10;
        QTest::newRow("Refund") << u"0123456789"_s << true << 11;
        QTest::newRow("Succesful") << u"0123456789"_s << false << 0;
    }
    void statusAsksAboutFinalSales()
    {
        QFETCH(QString, account);
        QFETCH(bool, refundFirst);
        QFETCH(int, exitCode);
        const auto paid = run(pay(account, u"10"_s) << u"--json"_s);
        const QString refid = paid.json().object().value(u"refid"_s).toString();
        QVERIFY2(!refid.isEmpty(), qPrintable(paid.describe()));
        if (refundFirst) {
            m_till->simulator().refund(refid);
            QCOMPARE(run({u"status"_s, refid}).exitCode, 11);
        }
        const int before = m_till->simulator().topupRequestCount(refid);
        const auto r = run({u"status"_s, refid, u"--json"_s});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QCOMPARE(m_till->simulator().topupRequestCount(refid), before + 1);
        QVERIFY(!r.json().object().contains(u"needsReview"_s));
        QCOMPARE(m_till->simulator().transactionCount(), 1);
        const std::optional<SaleRecord> rec = journalSale(refid);
        for (const QByteArray &b : m_till->simulator().topupBodies(refid))
            QCOMPARE(b, rec->requestBody);
    }

    // A sale IIMMPACT never answered has no transaction to ask about: a query would be a POST
    // that creates one. status shows the journal's view and says why; nothing is sent.
    void statusNeverSendsANeverAnsweredSale()
    {
        m_till->simulator().setNextFaults(Simulator::Fault::Html500, 1000);   // no answer, no transaction
        const auto paid = run(pay(u"0123456789"_s, u"10"_s, u"D"_s, u"0.5"_s) << u"--json"_s);
        QVERIFY2(paid.exitCode == 30, qPrintable(paid.describe()));
        const QString refid = paid.json().object().value(u"refid"_s).toString();
        QVERIFY(!journalSale(refid)->transactionSeen);
        m_till->simulator().setNextFaults(Simulator::Fault::None, 0);
        QSignalSpy received(&m_till->simulator(), &Simulator::topupReceived);
        const auto r = run({u"status"_s, refid, u"--json"_s});
        QVERIFY2(r.exitCode == 30, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(u"refid"_s).toString(), refid);
        QVERIFY(r.err.contains("never sends"));
        QCOMPARE(received.count(), 0);
        QCOMPARE(m_till->simulator().transactionCount(), 0);
    }

    void deadlineBoundsTheRequestInFlight()
    {
        Simulator::Options o;
        o.longDelayMs = 20000;
        o.billerCount = 50;
        m_till = std::make_unique<SimulatedKaunter>(o);   // a new data dir too: nothing was in it yet
        QString error;
        QVERIFY2(m_till->start(&error), qPrintable(error));
        m_till->simulator().setNextFaults(Simulator::Fault::LongDelay, 1);
        const auto r = run({u"pay"_s, u"--product"_s, u"D"_s, u"--account"_s, u"0123456789"_s,
                            u"--amount"_s, u"10"_s, u"--deadline"_s, u"1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 30, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(u"status"_s).toString(), u"Unknown"_s);
        QVERIFY2(r.elapsedMs >= 1000, qPrintable(QString::number(r.elapsedMs)));   // not earlier
        QVERIFY2(r.elapsedMs < 15000, qPrintable(QString::number(r.elapsedMs)));   // long before the answer
    }

    void retryAfterIsHonoured()
    {
        m_till->simulator().setNextFaults(Simulator::Fault::RateLimit429, 1);   // Retry-After: 1
        const auto r = run(pay(u"0123456789"_s, u"10"_s) << u"--json"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.elapsedMs >= 1000, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(m_till->simulator().transactionCount(), 1);
    }

    void dataDirOption()
    {
        QProcessEnvironment env = m_till->kaunter().environment();
        env.remove(u"KAUNTER_DATA_DIR"_s);
        const QString other = m_till->path(u"other"_s);
        const auto r = m_till->kaunter().run(pay(u"0123456789"_s, u"10"_s) << u"--data-dir"_s << other, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(QFileInfo::exists(other + u"/journal.sqlite"_s));
        const auto h = m_till->kaunter().run({u"history"_s, u"--json"_s, u"--data-dir"_s, other}, env);
        QCOMPARE(h.json().array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"

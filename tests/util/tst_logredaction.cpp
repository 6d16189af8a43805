#include "api/ApiConfig.h"
#include "api/IimmpactClient.h"
#include "catalogue/CatalogueService.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "services/KaunterServices.h"
#include "sim/Simulator.h"
#include "util/Clock.h"
#include "util/Log.h"
#include "util/Settings.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// The log a support engineer reads (issue 9, "Logs"): sales run through every outcome and
// fault of the simulator with the sink at debug, then the whole log is searched for what must
// never be in it (API key and secret, PINs, full IC and passport numbers, voucher links and
// tokens) and for what must be (every sale's state changes with its refid).
class TestLogRedaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<LogSink> m_sink;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<IimmpactClient> m_client;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PaymentEngine> m_engine;
    QHash<QString, SaleRecord> m_settled;
    bool m_hadRules = false;
    QByteArray m_savedRules;

    // What the sales used or got back; none of it may reach the log.
    QStringList m_identities;     // full IC / passport numbers sent
    QStringList m_pins;
    QStringList m_links;          // voucher links and their tokens
    QStringList m_refids;

    QString logFolder() const { return m_dir.filePath(u"logs"_s); }

    QString submit(const SaleRequest &r)
    {
        SubmitError error;
        const std::optional<QString> refid = m_engine->submit(r, &error);
        if (!refid)
            qWarning("submit refused: %s: %s", qPrintable(error.field), qPrintable(error.message));
        if (refid)
            m_refids << *refid;
        return refid.value_or(QString());
    }

    bool waitSettled(const QString &refid, int timeoutMs = 15000)
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

    // Runs one sale to its end; returns the journal's copy.
    SaleRecord sell(const SaleRequest &r)
    {
        const QString refid = submit(r);
        if (refid.isEmpty() || !waitSettled(refid))
            return {};
        const SaleRecord rec = m_journal->sale(refid).value_or(SaleRecord{});
        remember(rec);
        return rec;
    }

    void remember(const SaleRecord &rec)
    {
        if (rec.pin)
            m_pins << *rec.pin;
        if (rec.voucherlink) {
            m_links << *rec.voucherlink;
            m_links << rec.voucherlink->section(u'/', -1);   // the token alone
        }
    }

    static SaleRequest request(const QString &product, const QString &account, const QString &amount)
    {
        SaleRequest r;
        r.product = product;
        r.account = account;
        r.amount = amount;
        return r;
    }

    SaleRequest ptptn(const QString &account, const QString &ic, const QString &type)
    {
        SaleRequest r = request(u"PTPTN"_s, account, u"50"_s);
        r.family = ProductFamily::Ptptn;
        r.subproduct = type;
        r.icNumber = ic;
        m_identities << ic << MyKadDashes(ic);
        return r;
    }

    static QString MyKadDashes(const QString &ic)
    {
        return ic.left(6) + u'-' + ic.mid(6, 2) + u'-' + ic.mid(8);
    }

    static QString readLogs(const QString &folder, int *files = nullptr)
    {
        QString all;
        const QStringList names = QDir(folder).entryList({u"kaunter.log*"_s}, QDir::Files);
        for (const QString &name : names) {
            QFile f(QDir(folder).filePath(name));
            if (f.open(QIODevice::ReadOnly))
                all += QString::fromUtf8(f.readAll());
        }
        if (files)
            *files = int(names.size());
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The environment must not decide the level of this test.
        m_hadRules = qEnvironmentVariableIsSet("QT_LOGGING_RULES");
        m_savedRules = qgetenv("QT_LOGGING_RULES");
        qunsetenv("QT_LOGGING_RULES");
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_client.reset();
        m_nam.reset();
        m_journal.reset();
        m_sim.reset();
        m_sink.reset();
        LogSink::applyLevel(Settings::defaultValue(Settings::Key::LogLevel).toString());
        if (m_hadRules)
            qputenv("QT_LOGGING_RULES", m_savedRules);
    }

    // ---- the formatter, row by row ----

    void redactBody_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        QTest::newRow("pin removed, sn kept") << QByteArray("{\"sn\":\"123456789\",\"pin\":\"ABCD2345EF\"}")
                                              << QString::fromLatin1("{\"pin\":\"<redacted>\",\"sn\":\"123456789\"}");
        QTest::newRow("empty pin stays empty") << QByteArray("{\"pin\":\"\",\"sn\":\"\"}")
                                               << QString::fromLatin1("{\"pin\":\"\",\"sn\":\"\"}");
        QTest::newRow("numeric pin") << QByteArray("{\"pin\":123456}") << QString::fromLatin1("{\"pin\":\"<redacted>\"}");
        QTest::newRow("eSIM activation code") << QByteArray("{\"pin\":\"LPA:1$smdp.example$ABC\"}")
                                              << QString::fromLatin1("{\"pin\":\"<redacted>\"}");
        QTest::newRow("voucherlink") << QByteArray("{\"voucherlink\":\"http://h/voucher/0badc0de\"}")
                                     << QString::fromLatin1("{\"voucherlink\":\"<link>\"}");
        QTest::newRow("voucher_link") << QByteArray("{\"voucher_link\":\"http://h/v/1\"}")
                                      << QString::fromLatin1("{\"voucher_link\":\"<link>\"}");
        QTest::newRow("url") << QByteArray("{\"url\":\"https://h/x?t=1\"}") << QString::fromLatin1("{\"url\":\"<link>\"}");
        QTest::newRow("extras ic_number MyKad")
            << QByteArray("{\"refid\":\"R1\",\"extras\":{\"ic_number\":\"900101145678\",\"subproduct_code\":\"K\"}}")
            << QString::fromLatin1("{\"extras\":{\"ic_number\":\"XXXXXX-XX-5678\",\"subproduct_code\":\"K\"},\"refid\":\"R1\"}");
        QTest::newRow("ic with dashes") << QByteArray("{\"ic\":\"900101-14-5678\"}")
                                        << QString::fromLatin1("{\"ic\":\"XXXXXX-XX-5678\"}");
        QTest::newRow("passport") << QByteArray("{\"ic_number\":\"A12345678\"}")
                                  << QString::fromLatin1("{\"ic_number\":\"XXXXX5678\"}");
        QTest::newRow("id_number") << QByteArray("{\"id_number\":\"850505105553\"}")
                                   << QString::fromLatin1("{\"id_number\":\"XXXXXX-XX-5553\"}");
        QTest::newRow("nric") << QByteArray("{\"NRIC\":\"850505105553\"}") << QString::fromLatin1("{\"NRIC\":\"XXXXXX-XX-5553\"}");
        QTest::newRow("secrets by name")
            << QByteArray("{\"api_key\":\"k1\",\"apiKey\":\"k2\",\"X-Signature\":\"s\",\"client_secret\":\"c\",\"Authorization\":\"Bearer t\",\"note\":\"n\"}")
            << QString::fromLatin1("{\"Authorization\":\"<redacted>\",\"X-Signature\":\"<redacted>\",\"apiKey\":\"<redacted>\",\"api_key\":\"<redacted>\",\"client_secret\":\"<redacted>\",\"note\":\"n\"}");
        QTest::newRow("account MyKad masked") << QByteArray("{\"account\":\"900101145678\"}")
                                              << QString::fromLatin1("{\"account\":\"XXXXXX-XX-5678\"}");
        QTest::newRow("account_number MyKad masked") << QByteArray("{\"account_number\":\"900101145678\"}")
                                                     << QString::fromLatin1("{\"account_number\":\"XXXXXX-XX-5678\"}");
        QTest::newRow("phone account kept") << QByteArray("{\"account\":\"60123456789\"}")
                                            << QString::fromLatin1("{\"account\":\"60123456789\"}");
        QTest::newRow("12 digits, no date: kept") << QByteArray("{\"account\":\"123456789012\"}")
                                                  << QString::fromLatin1("{\"account\":\"123456789012\"}");
        QTest::newRow("nested in arrays") << QByteArray("{\"data\":[{\"pin\":\"X1\",\"sn\":\"S1\"},{\"pin\":\"X2\"}]}")
                                          << QString::fromLatin1("{\"data\":[{\"pin\":\"<redacted>\",\"sn\":\"S1\"},{\"pin\":\"<redacted>\"}]}");
        QTest::newRow("top-level array") << QByteArray("[{\"voucherlink\":\"http://h/v/t\"}]")
                                         << QString::fromLatin1("[{\"voucherlink\":\"<link>\"}]");
        QTest::newRow("html page") << QByteArray("<html>500</html>") << u"<16 bytes, not JSON>"_s;
        QTest::newRow("cut JSON holding a PIN") << QByteArray("{\"data\":{\"pin\":\"ABCD2345")
                                                << u"<24 bytes, not JSON>"_s;
        QTest::newRow("empty") << QByteArray() << u"<empty>"_s;
    }
    void redactBody()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QCOMPARE(Redact::body(json), expected);
    }

    void redactLongBodyIsCutAfterRedaction()
    {
        QByteArray json = "{\"pin\":\"SECRETPIN99\",\"list\":[";
        for (int i = 0; i < 500; ++i)
            json += (i ? "," : "") + QByteArray::number(i);
        json += "]}";
        const QString out = Redact::body(json, 100);
        QVERIFY(out.startsWith(QString::fromLatin1("{\"list\":[0,1,2")));
        QVERIFY(out.contains(u"more characters"_s));
        QVERIFY(!out.contains(u"SECRETPIN99"_s));
    }

    void redactHeadersAndQuery()
    {
        const QString h = Redact::headers({{"X-Api-Key", "iimm_key"}, {"X-Timestamp", "1704067200"},
                                           {"X-Signature", "v1=abc"}, {"Authorization", "Bearer x"},
                                           {"Content-Type", "application/json"}});
        QCOMPARE(h, u"X-Timestamp: 1704067200; Content-Type: application/json"_s);
        QCOMPARE(Redact::query({{u"product_code"_s, u"PTPTN"_s}, {u"account_number"_s, u"900101145678"_s}}),
                 u"product_code=PTPTN&account_number=XXXXXX-XX-5678"_s);
        QCOMPARE(Redact::value(u"ic_number"_s, u"A12345678"_s), u"XXXXX5678"_s);
        QCOMPARE(Redact::account(u"0123456789"_s), u"0123456789"_s);
    }

    // ---- the level: a setting, overridden by QT_LOGGING_RULES ----

    void levelSetting()
    {
        QCOMPARE(Settings::keyName(Settings::Key::LogLevel), u"log/level"_s);
        QCOMPARE(Settings::defaultValue(Settings::Key::LogLevel).toString(), u"info"_s);
        QCOMPARE(LogSink::filterRules(u"info"_s),
                 u"kaunter.*.debug=false\nkaunter.*.info=true\nkaunter.*.warning=true\nkaunter.*.critical=true"_s);
        QCOMPARE(LogSink::filterRules(u"WARNING"_s),
                 u"kaunter.*.debug=false\nkaunter.*.info=false\nkaunter.*.warning=true\nkaunter.*.critical=true"_s);
        QCOMPARE(LogSink::filterRules(u"off"_s),
                 u"kaunter.*.debug=false\nkaunter.*.info=false\nkaunter.*.warning=false\nkaunter.*.critical=false"_s);
        QCOMPARE(LogSink::filterRules(u"nonsense"_s), LogSink::filterRules(u"info"_s));

        QVERIFY(LogSink::applyLevel(u"warning"_s));
        QVERIFY(!lcEngine().isInfoEnabled());
        QVERIFY(lcEngine().isWarningEnabled());
        QVERIFY(LogSink::applyLevel(u"debug"_s));
        QVERIFY(lcApi().isDebugEnabled());
        // A support engineer's QT_LOGGING_RULES wins: the setting is then not applied.
        qputenv("QT_LOGGING_RULES", "kaunter.api.debug=false");
        QVERIFY(!LogSink::applyLevel(u"debug"_s));
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY(LogSink::applyLevel(u"info"_s));
        QVERIFY(!lcApi().isDebugEnabled());
    }

    // ---- the file: one line per message, rotated by size, owner-only ----

    void rotation()
    {
        const QString folder = m_dir.filePath(u"rotation"_s);
        LogSink::Options o;
        o.folder = folder;
        o.maxFileBytes = 2048;
        o.maxFiles = 3;
        LogSink sink(o);   // not installed: written to directly
        for (int i = 0; i < 200; ++i)
            sink.write(QtInfoMsg, "kaunter.engine", u"line %1 of the rotation test\nsecond part"_s.arg(i));
        const QStringList files = QDir(folder).entryList({u"kaunter.log*"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{u"kaunter.log"_s, u"kaunter.log.1"_s, u"kaunter.log.2"_s}));
        for (const QString &name : files)
            QVERIFY(QFileInfo(QDir(folder).filePath(name)).size() <= 2048);
        QFile current(sink.filePath());
        QVERIFY(current.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = current.readAll().trimmed().split('\n');
        QVERIFY(lines.constLast().endsWith("line 199 of the rotation test\\nsecond part"));
        static const QRegularExpression shape(
            u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\S* info kaunter\\.engine: line \\d+"_s);
        for (const QByteArray &line : lines)
            QVERIFY2(shape.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        QFile older(sink.filePath() + u".2"_s);
        QVERIFY(older.open(QIODevice::ReadOnly));
        QVERIFY(!older.readAll().contains("line 199 "));
#ifndef Q_OS_WIN
        QCOMPARE(QFileInfo(sink.filePath()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
#endif
    }

    // ---- the whole log of real sales ----

    void salesLogNothingSecret()
    {
        LogSink::Options o;
        o.folder = logFolder();
        o.maxFileBytes = 256 * 1024;
        o.maxFiles = 20;
        m_sink = std::make_unique<LogSink>(o);
        QVERIFY(m_sink->install());
        QVERIFY(LogSink::applyLevel(u"debug"_s));

        Simulator::Options so;
        so.acceptedMs = 100;
        so.processingMs = 100;
        so.longDelayMs = 600;
        so.billerCount = 50;
        m_sim = std::make_unique<Simulator>(so);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<IimmpactClient>(m_nam.get(), m_clock);
        ApiConfig config;
        config.baseUrl = m_sim->baseUrl();
        config.apiKey = Simulator::demoApiKey();
        config.secretBase64 = Simulator::demoSecretBase64();
        m_client->setConfig(config);
        QVERIFY2(m_client->configError().isEmpty(), qPrintable(m_client->configError()));
        m_journal = std::make_unique<Journal>(m_clock);
        QVERIFY2(m_journal->open(m_dir.filePath(u"journal"_s)), qPrintable(m_journal->errorString()));
        m_engine = std::make_unique<PaymentEngine>(*m_journal, *m_client, m_clock);
        PaymentEngine::Timing t;
        t.pollIntervalMs = 50;
        t.jitterMs = 10;
        t.maxBackoffMs = 200;
        t.deadlineMs = 10000;
        m_engine->setTiming(t);
        m_engine->setDuplicateGuardMs(0);
        connect(m_engine.get(), &PaymentEngine::saleSettled, this,
                [this](const SaleRecord &s) { m_settled.insert(s.refid, s); });

        // Succesful with sn, PIN and voucher link.
        const SaleRecord gift = sell(request(u"GC"_s, u"0123456789"_s, u"10"_s));
        QCOMPARE(gift.state, SaleState::Succesful);
        QVERIFY(gift.pin && gift.voucherlink && gift.sn);
        QVERIFY(m_sim->transactionCount() >= 1);

        // Refund: voided by IIMMPACT after success, and Succesful-then-Refund on a re-query.
        const SaleRecord voided = sell(request(u"STEAM"_s, u"0123456789"_s, u"30"_s));
        QCOMPARE(voided.state, SaleState::Succesful);
        m_sim->refund(voided.refid);
        m_settled.remove(voided.refid);
        QVERIFY(m_engine->requery(voided.refid));
        QVERIFY(waitSettled(voided.refid));
        QCOMPARE(m_journal->sale(voided.refid)->state, SaleState::Refund);
        const SaleRecord later = sell(request(u"GC"_s, Simulator::refundLaterAccount(), u"20"_s));
        QCOMPARE(later.state, SaleState::Succesful);
        m_settled.remove(later.refid);
        QVERIFY(m_engine->queryOnce(later.refid));
        QVERIFY(waitSettled(later.refid));
        QCOMPARE(m_journal->sale(later.refid)->state, SaleState::Refund);
        remember(*m_journal->sale(later.refid));

        // Failed at the provider, and a 400 rejection.
        QCOMPARE(sell(request(u"D"_s, u"60123450048"_s, u"10"_s)).state, SaleState::Failed);
        const SaleRecord rejected = sell(request(u"D"_s, u"0123456789"_s, u"12"_s));
        QCOMPARE(rejected.state, SaleState::Rejected);

        // IC extras: PTPTN (loan account, and SSPN whose account is the IC itself), a PTPTN
        // rejected with its IC in the body, JomPAY with a passport.
        QCOMPARE(sell(ptptn(u"11145678"_s, u"900101145678"_s, u"K"_s)).state, SaleState::Succesful);
        QCOMPARE(sell(ptptn(u"900101145678"_s, u"900101145678"_s, u"S"_s)).state, SaleState::Succesful);
        QCOMPARE(sell(ptptn(u"19999999"_s, u"850505105553"_s, u"K"_s)).state, SaleState::Rejected);
        SaleRequest jompay = request(u"JOMPAY"_s, u"1234567890"_s, u"20"_s);
        jompay.family = ProductFamily::JomPay;
        jompay.billerCode = u"5454"_s;
        jompay.icNumber = u"A12345678"_s;
        jompay.icIsPassport = true;
        m_identities << jompay.icNumber;
        QCOMPARE(sell(jompay).state, SaleState::Succesful);

        // Faults on PIN products: the answers that are lost, broken or strange still carry
        // nothing secret into the log.
        for (Simulator::Fault f : {Simulator::Fault::DropAfterCommit, Simulator::Fault::Html500,
                                   Simulator::Fault::MalformedJson, Simulator::Fault::UnknownStatus,
                                   Simulator::Fault::Unauthorized401Once}) {
            const SaleRecord s = sell(request(u"GC"_s, Simulator::faultAccount(f), u"50"_s));
            QVERIFY2(s.state == SaleState::Succesful, qPrintable(Simulator::faultName(f)));
        }
        // A control fault: 500 on the next request of an ordinary sale.
        m_sim->setNextFaults(Simulator::Fault::Html500, 1);
        QCOMPARE(sell(request(u"RAZER"_s, u"0123456789"_s, u"10"_s)).state, SaleState::Succesful);

        // Catalogue refreshes and a PTPTN look-up that sends the IC as account_number.
        CatalogueService catalogue(*m_client);
        QSignalSpy products(&catalogue, &CatalogueService::catalogueUpdated);
        QSignalSpy billers(&catalogue, &CatalogueService::billersUpdated);
        QSignalSpy options(&catalogue, &CatalogueService::optionsReady);
        catalogue.refreshProducts();
        catalogue.refreshBillers();
        catalogue.lookupOptions(u"PTPTN"_s, u"900101145678"_s);
        QTRY_COMPARE_WITH_TIMEOUT(products.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(billers.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(options.count(), 1, 10000);
        QVERIFY(options.first().at(2).toString().isEmpty());

        m_engine.reset();
        m_journal.reset();
        m_sink->uninstall();

        int files = 0;
        const QString log = readLogs(logFolder(), &files);
        QVERIFY(files >= 1);
        QVERIFY(!log.isEmpty());

        // Never: credentials, PINs, voucher links and tokens, full identity numbers.
        QStringList never{QString::fromLatin1(Simulator::demoApiKey()),
                          QString::fromLatin1(Simulator::demoSecretBase64()),
                          QString::fromLatin1(QByteArray::fromBase64(Simulator::demoSecretBase64()))};
        QVERIFY(m_pins.size() >= 10);
        QVERIFY(m_links.size() >= 20);
        never << m_pins << m_links << m_identities;
        for (const QString &secret : std::as_const(never)) {
            QVERIFY(secret.size() >= 8);
            QVERIFY2(!log.contains(secret), qPrintable(u"the log holds "_s + secret));
        }

        // Always: every sale's state changes with its refid, its settlement, the redacted
        // exchanges with IIMMPACT.
        QVERIFY(m_refids.size() >= 14);
        for (const QString &refid : std::as_const(m_refids)) {
            QVERIFY2(log.contains(u"sale "_s + refid + u" -> New"_s), qPrintable(refid));
            QVERIFY2(log.contains(u"sale "_s + refid + u" settled "_s), qPrintable(refid));
        }
        QVERIFY(log.contains(u"sale "_s + gift.refid + u" New -> Accepted, attempt 1, HTTP 200"_s));
        QVERIFY(log.contains(u"sale "_s + gift.refid + u" Processing -> Succesful"_s));
        QVERIFY(log.contains(u"sale "_s + rejected.refid + u" New -> Rejected, attempt 1, HTTP 400"_s));
        QVERIFY(log.contains(u"sale "_s + voided.refid + u" Succesful -> Refund"_s));
        QVERIFY(log.contains(u"kaunter.api: POST /v2/topup sent"_s));
        QVERIFY(log.contains(u"kaunter.api: POST /v2/topup answer: HTTP 200"_s));
        QVERIFY(log.contains(u"\"pin\":\"<redacted>\""_s));
        QVERIFY(log.contains(u"\"voucherlink\":\"<link>\""_s));
        QVERIFY(log.contains(u"\"ic_number\":\"XXXXXX-XX-5678\""_s));
        QVERIFY(log.contains(u"account_number=XXXXXX-XX-5678"_s));
        QVERIFY(log.contains(u"bytes, not JSON>"_s));          // the cut answer, by length only
        QVERIFY(log.contains(u"info kaunter.journal: opened"_s));
        QVERIFY(log.contains(u"kaunter.catalogue: product list refreshed"_s));
        QVERIFY(!log.contains(u"X-Signature"_s));
        QVERIFY(!log.contains(u"X-Api-Key"_s));
    }

    // ---- the wiring: the services install the sink once the data folder is known ----

    void servicesInstallTheSinkInTheDataFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            Settings stored(QDir(dir.path()).filePath(u"kaunter.ini"_s));
            stored.setValue(Settings::Key::LogLevel, u"warning"_s);
            QVERIFY(stored.sync());
        }
        KaunterServices::Options o;
        o.dataFolder = dir.path();
        o.driving = false;
        o.log = KaunterServices::Options::Log::File;
        {
            KaunterServices services(m_clock, o);
            QVERIFY(services.resolveDataFolder());
            QVERIFY(services.logSink() && services.logSink()->isInstalled());
            QCOMPARE(QDir::cleanPath(services.logSink()->filePath()),
                     QDir::cleanPath(dir.path() + u"/logs/kaunter.log"_s));
            QVERIFY(lcEngine().isInfoEnabled());    // the table's level until the file is read
            QVERIFY(services.loadSettings());
            QVERIFY(!lcEngine().isInfoEnabled());   // the stored one
            qCInfo(lcEngine) << "not at warning level";
            qCWarning(lcJournal) << "a warning for the file";
            // One sink per process: a second set of services leaves it alone.
            KaunterServices second(m_clock, o);
            QVERIFY(second.resolveDataFolder());
            QCOMPARE(second.logSink(), nullptr);
        }
        LogSink::applyLevel(u"info"_s);
        const QString log = readLogs(QDir(dir.path()).filePath(u"logs"_s));
        QVERIFY(log.contains(u" info kaunter.engine: Kaunter"_s));
        QVERIFY(log.contains(u" warning kaunter.journal: a warning for the file"_s));
        QVERIFY(!log.contains(u"not at warning level"_s));

        // Services built without a log (tests, tools) write no file anywhere.
        QTemporaryDir quiet;
        KaunterServices::Options q;
        q.dataFolder = quiet.path();
        q.driving = false;
        KaunterServices services(m_clock, q);
        QVERIFY(services.resolveDataFolder() && services.loadSettings());
        QCOMPARE(services.logSink(), nullptr);
        qCWarning(lcJournal) << "to the test's own handler";
        QVERIFY(!QFileInfo::exists(QDir(quiet.path()).filePath(u"logs"_s)));
    }
};

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"

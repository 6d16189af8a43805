#include "api/RequestSigner.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTimeZone>
#include <QUrlQuery>
#include <QtTest>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;


// The simulator seen from the wire: a tiny signing client (QNetworkAccessManager +
// RequestSigner, configured like the payment client: HTTP/1.1, no redirects), so these tests
// do not depend on IimmpactClient.
class TestSimulator : public QObject
{
    Q_OBJECT

private:
    struct Reply
    {
        int status = 0;                           // 0 = no HTTP response
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QByteArray contentType;
        QByteArray retryAfter;
        QByteArray location;
        qint64 elapsedMs = 0;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QJsonObject data() const { return json().value(u"data"_s).toObject(); }
    };
    using Mutator = std::function<void(RequestSigner::Headers &)>;

    static constexpr int kAcceptedMs = 50;
    static constexpr int kProcessingMs = 100;

    SystemClock m_clock;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    int m_refidCounter = 0;

    Simulator::Options options() const
    {
        Simulator::Options o;
        o.acceptedMs = kAcceptedMs;
        o.processingMs = kProcessingMs;
        o.longDelayMs = 400;
        o.billerCount = 500;   // billersPaged asks for the full 20,000
        return o;
    }

    void restart(const Simulator::Options &o)
    {
        m_sim = std::make_unique<Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    // IIMMPACT's dates are Malaysian (GMT+8).
    static QString malaysianDay(const QDateTime &utc)
    {
        return utc.toTimeZone(QTimeZone(8 * 3600)).toString(u"yyyy-MM-dd"_s);
    }

    QString newRefid() { return u"SIMT-%1"_s.arg(++m_refidCounter, 4, 10, QChar(u'0')); }

    Reply send(const QByteArray &method, const QString &path, const RequestSigner::QueryItems &query = {},
               const QByteArray &body = QByteArray(), const Mutator &mutate = {},
               const RequestSigner *signer = nullptr, int timeoutMs = 5000)
    {
        RequestSigner defaultSigner(Simulator::demoApiKey(), Simulator::demoSecretBase64(), m_clock);
        RequestSigner::Headers h = (signer ? signer : &defaultSigner)->sign(method, query, body);
        if (mutate)
            mutate(h);
        QUrl url = m_sim->baseUrl();
        url.setPath(path);
        if (!query.isEmpty()) {
            QUrlQuery q;
            for (const auto &item : query)
                q.addQueryItem(item.first, QString::fromUtf8(QUrl::toPercentEncoding(item.second)));
            url.setQuery(q);
        }
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!h.apiKey.isNull())
            request.setRawHeader("X-Api-Key", h.apiKey);
        if (!h.timestamp.isNull())
            request.setRawHeader("X-Timestamp", h.timestamp);
        if (!h.nonce.isNull())
            request.setRawHeader("X-Nonce", h.nonce);
        if (!h.signature.isNull())
            request.setRawHeader("X-Signature", h.signature);
        return run(method, request, body, timeoutMs);
    }

    Reply run(const QByteArray &method, const QNetworkRequest &request, const QByteArray &body, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = method == "POST" ? m_nam->post(request, body) : m_nam->get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(timeoutMs))
            reply->abort();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        if (reply->isOpen())
            r.body = reply->readAll();
        r.contentType = reply->rawHeader("Content-Type");
        r.retryAfter = reply->rawHeader("Retry-After");
        r.location = reply->rawHeader("Location");
        r.elapsedMs = timer.elapsed();
        reply->deleteLater();
        return r;
    }

    Reply get(const QString &path, const RequestSigner::QueryItems &query = {})
    {
        return send("GET", path, query);
    }

    static QByteArray topupBody(const QString &refid, const QString &product, const QString &account,
                                const QJsonValue &amount, const QJsonObject &extras = {})
    {
        QJsonObject o{{u"refid"_s, refid}, {u"product"_s, product}, {u"account"_s, account},
                      {u"amount"_s, amount}};
        if (!extras.isEmpty())
            o.insert(u"extras"_s, extras);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    Reply topup(const QByteArray &body, int timeoutMs = 5000)
    {
        return send("POST", u"/v2/topup"_s, {}, body, {}, nullptr, timeoutMs);
    }

    // Re-queries until the transaction is final (or 3 s pass); returns the last reply.
    Reply settle(const QByteArray &body)
    {
        Reply r;
        QElapsedTimer timer;
        timer.start();
        do {
            r = topup(body);
            const QString status = r.data().value(u"status"_s).toString();
            if (r.status != 200 || (status != u"Accepted"_s && status != u"Processing"_s))
                return r;
            QTest::qWait(20);
        } while (timer.elapsed() < 3000);
        return r;
    }

private slots:
    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        restart(options());
    }

    void cleanup()
    {
        m_nam.reset();
        m_sim.reset();
    }

    // --- Authentication (API reference §2) -------------------------------------------------

    void publishedVector()
    {
        // Vector A of §2.3, byte for byte, against a simulator whose clock is at 1704067200.
        ManualClock clock;
        Simulator::Options o = options();
        o.secretBase64 = QByteArrayLiteral("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        o.clock = &clock;
        restart(o);
        const Reply r = send("GET", u"/v2/balance"_s, {}, {}, [](RequestSigner::Headers &h) {
            h.timestamp = "1704067200";
            h.nonce = "req-1704067200-a1b2c3d4e5f6a7b8";
            h.signature = "v1=g7zMlM76wUiS66MO6xtzAqmHSlf0gcLnmbV0lLjV4qA=";
        });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value(u"balance"_s).toDouble(), 5000.0);
        QCOMPARE(r.data().value(u"access"_s).toInt(), 0);
    }

    void signature_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("mutation");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("message");

        const QByteArray key = Simulator::demoApiKey();
        const QByteArray secret = Simulator::demoSecretBase64();
        enum { None, Stale, Future, Millis, ShortNonce, LongNonce, NoPrefix, NoKey, NoTimestamp, NoNonce, NoSignature };
        QTest::newRow("valid") << key << secret << int(None) << 200 << QString() << QString();
        QTest::newRow("wrong secret") << key << QByteArray("d3Jvbmctc2VjcmV0LXdyb25nLXNlY3JldC0wMDAwMDA=")
                                      << int(None) << 401 << u"invalid_signature"_s << u"Signature mismatch"_s;
        QTest::newRow("undecoded secret") << key << secret.toBase64() << int(None) << 401
                                          << u"invalid_signature"_s << u"Signature mismatch"_s;
        QTest::newRow("unknown key") << QByteArray("iimm_prod_not_this_environment") << secret << int(None)
                                     << 401 << u"invalid_api_key"_s << u"API key not found"_s;
        QTest::newRow("stale timestamp") << key << secret << int(Stale) << 401 << u"invalid_timestamp"_s
                                         << u"Request timestamp expired or too far in the future"_s;
        QTest::newRow("future timestamp") << key << secret << int(Future) << 401 << u"invalid_timestamp"_s
                                          << u"Request timestamp expired or too far in the future"_s;
        QTest::newRow("milliseconds") << key << secret << int(Millis) << 401 << u"invalid_timestamp"_s
                                      << u"X-Timestamp must be Unix time in seconds"_s;
        QTest::newRow("nonce too short") << key << secret << int(ShortNonce) << 401 << u"invalid_nonce"_s
                                         << u"X-Nonce must be 16 to 128 characters"_s;
        QTest::newRow("nonce too long") << key << secret << int(LongNonce) << 401 << u"invalid_nonce"_s
                                        << u"X-Nonce must be 16 to 128 characters"_s;
        QTest::newRow("no v1= prefix") << key << secret << int(NoPrefix) << 401 << u"invalid_signature"_s
                                       << u"Signature mismatch"_s;
        const QString missing = u"Missing authentication headers: X-Api-Key, X-Timestamp, X-Nonce and X-Signature are required"_s;
        QTest::newRow("missing X-Api-Key") << key << secret << int(NoKey) << 401 << u"missing_headers"_s << missing;
        QTest::newRow("missing X-Timestamp") << key << secret << int(NoTimestamp) << 401 << u"missing_headers"_s << missing;
        QTest::newRow("missing X-Nonce") << key << secret << int(NoNonce) << 401 << u"missing_headers"_s << missing;
        QTest::newRow("missing X-Signature") << key << secret << int(NoSignature) << 401 << u"missing_headers"_s << missing;
    }

    void signature()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, secret);
        QFETCH(int, mutation);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, message);

        const RequestSigner signer(key, secret, m_clock);
        const QByteArray body = topupBody(newRefid(), u"D"_s, u"0123456789"_s, 10);
        const qint64 now = m_clock.secsSinceEpoch();
        // Timestamp mutations are re-signed, so only the window can refuse them.
        const auto resign = [&](RequestSigner::Headers &h, qint64 ts, const QByteArray &nonce) {
            h = signer.signWith("POST", {}, body, QByteArray::number(ts), nonce);
        };
        const Reply r = send("POST", u"/v2/topup"_s, {}, body, [&](RequestSigner::Headers &h) {
            switch (mutation) {
            case 1: resign(h, now - 301, h.nonce); break;
            case 2: resign(h, now + 301, h.nonce); break;
            case 3: resign(h, now * 1000, h.nonce); break;
            case 4: resign(h, now, QByteArray("short-nonce-15c")); break;
            case 5: resign(h, now, QByteArray(129, 'n')); break;
            case 6: h.signature = h.signature.mid(3); break;
            case 7: h.apiKey = QByteArray(); break;
            case 8: h.timestamp = QByteArray(); break;
            case 9: h.nonce = QByteArray(); break;
            case 10: h.signature = QByteArray(); break;
            default: break;
            }
        }, &signer);
        QCOMPARE(r.status, status);
        if (status == 401) {
            QVERIFY(r.contentType.startsWith("application/json"));
            QCOMPARE(r.json().value(u"error"_s).toString(), error);
            QCOMPARE(r.json().value(u"message"_s).toString(), message);
            QCOMPARE(m_sim->transactionCount(), 0);
        } else {
            QCOMPARE(r.data().value(u"status"_s).toString(), u"Accepted"_s);
            QCOMPARE(m_sim->transactionCount(), 1);
        }
    }

    void timestampInsideWindow()
    {
        const RequestSigner signer(Simulator::demoApiKey(), Simulator::demoSecretBase64(), m_clock);
        const qint64 now = m_clock.secsSinceEpoch();
        const Reply r = send("GET", u"/v2/balance"_s, {}, {}, [&](RequestSigner::Headers &h) {
            h = signer.signWith("GET", {}, {}, QByteArray::number(now - 290), RequestSigner::newNonce(now));
        });
        QCOMPARE(r.status, 200);
    }

    void reusedNonce()
    {
        RequestSigner::Headers first;
        const Reply a = send("GET", u"/v2/balance"_s, {}, {}, [&](RequestSigner::Headers &h) { first = h; });
        QCOMPARE(a.status, 200);
        const Reply b = send("GET", u"/v2/balance"_s, {}, {}, [&](RequestSigner::Headers &h) { h = first; });
        QCOMPARE(b.status, 401);
        QCOMPARE(b.json().value(u"error"_s).toString(), u"nonce_reused"_s);
        QCOMPARE(b.json().value(u"message"_s).toString(), u"Nonce has already been used"_s);
    }

    void signedQuery()
    {
        // The canonical query is sorted and decoded; repeated keys are allowed (§2.2, vector C).
        const Reply r = get(u"/v2/transactions"_s, {{u"limit"_s, u"50"_s},
                                                    {u"status"_s, u"SUCCESSFUL"_s},
                                                    {u"status"_s, u"FAILED"_s},
                                                    {u"date"_s, u"2025-05-01 - 2025-05-31"_s}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(u"data"_s).isArray());
    }

    // --- The ledger (§3, seed) -------------------------------------------------------------

    void firstRequestEcho()
    {
        const QString refid = newRefid();
        const Reply r = topup(topupBody(refid, u"D"_s, u"0123456789"_s, u"10.00"_s));
        QCOMPARE(r.status, 200);
        const QJsonObject d = r.data();
        QCOMPARE(d.value(u"status"_s).toString(), u"Accepted"_s);
        QCOMPARE(d.value(u"statusCode"_s).toInt(), 0);
        QCOMPARE(d.value(u"refid"_s).toString(), refid);
        QCOMPARE(d.value(u"product"_s).toString(), u"D"_s);
        QCOMPARE(d.value(u"productName"_s).toString(), u"Digi Prepaid"_s);
        QCOMPARE(d.value(u"account"_s).toString(), u"0123456789"_s);
        QVERIFY(d.value(u"amount"_s).isDouble());   // a number even when sent as a string
        QCOMPARE(d.value(u"amount"_s).toDouble(), 10.0);
        const double cost = d.value(u"cost"_s).toDouble();
        QVERIFY(cost > 0 && cost <= 10.0);
        QCOMPARE(d.value(u"balance"_s).toDouble(), 5000.0 - cost);
        QCOMPARE(m_sim->balance(), 5000.0 - cost);
        QVERIFY(QDateTime::fromString(d.value(u"timestamp"_s).toString(), u"yyyy-MM-dd HH:mm:ss"_s).isValid());
        const QStringList keys{u"statusCode"_s, u"status"_s, u"account"_s, u"product"_s, u"productName"_s,
                               u"amount"_s, u"sn"_s, u"pin"_s, u"expiry"_s, u"cost"_s, u"balance"_s,
                               u"remarks"_s, u"refid"_s, u"timestamp"_s, u"note"_s, u"voucherlink"_s};
        for (const QString &k : keys)
            QVERIFY2(d.contains(k), qPrintable(k));
        QCOMPARE(m_sim->transactionStatus(refid), u"Accepted"_s);
        QCOMPARE(m_sim->topupRequestCount(refid), 1);
    }

    void sameBodyIsIdempotent()
    {
        const QString refid = newRefid();
        const QByteArray body = topupBody(refid, u"M"_s, u"0123456789"_s, 30);
        QCOMPARE(topup(body).status, 200);
        QSignalSpy received(m_sim.get(), &Simulator::topupReceived);
        const Reply again = topup(body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.data().value(u"refid"_s).toString(), refid);
        // Same JSON value with other whitespace and key order is the same request.
        const QByteArray reordered = "{ \"amount\": 30, \"account\": \"0123456789\",\n  \"product\": \"M\", \"refid\": \""
            + refid.toUtf8() + "\" }";
        const Reply third = topup(reordered);
        QCOMPARE(third.status, 200);
        QVERIFY(third.data().value(u"statusCode"_s).toInt() != 54);
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(m_sim->topupRequestCount(refid), 3);
        QCOMPARE(m_sim->topupBodies(refid), (QList<QByteArray>{body, body, reordered}));
        QCOMPARE(received.count(), 2);
        QCOMPARE(received.at(0).at(0).toString(), refid);
    }

    void differentBodyIsDuplicate()
    {
        const QString refid = newRefid();
        const QByteArray original = topupBody(refid, u"D"_s, u"0123456789"_s, 10);
        QCOMPARE(topup(original).status, 200);
        const double balance = m_sim->balance();
        const Reply dup = topup(topupBody(refid, u"D"_s, u"0123456789"_s, 20));
        QCOMPARE(dup.status, 200);
        QCOMPARE(dup.data().value(u"status"_s).toString(), u"Failed"_s);
        QCOMPARE(dup.data().value(u"statusCode"_s).toInt(), 54);
        QCOMPARE(dup.data().value(u"remarks"_s).toString(), u"Duplicate transaction"_s);
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(m_sim->balance(), balance);
        // The original is untouched and still completes.
        const Reply final = settle(original);
        QCOMPARE(final.data().value(u"status"_s).toString(), u"Succesful"_s);
        QCOMPARE(final.data().value(u"amount"_s).toDouble(), 10.0);
    }

    void statusProgression()
    {
        m_sim->setTiming(150, 400);
        const QString refid = newRefid();
        const QByteArray body = topupBody(refid, u"D"_s, u"0123456789"_s, 5);
        QStringList seen{topup(body).data().value(u"status"_s).toString()};
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 3000 && seen.constLast() != u"Succesful"_s) {
            QTest::qWait(25);
            const Reply r = topup(body);
            QCOMPARE(r.status, 200);
            const QString status = r.data().value(u"status"_s).toString();
            const int code = r.data().value(u"statusCode"_s).toInt();
            QCOMPARE(code, status == u"Accepted"_s ? 0 : status == u"Processing"_s ? 1 : 20);
            if (status != seen.constLast())
                seen.append(status);
        }
        QCOMPARE(seen, (QStringList{u"Accepted"_s, u"Processing"_s, u"Succesful"_s}));
        QCOMPARE(m_sim->transactionStatus(refid), u"Succesful"_s);
        QCOMPARE(m_sim->transactionCount(), 1);
    }

    void stagingAccounts_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<int>("code");
        QTest::newRow("40") << u"60123450040"_s << 40;
        QTest::newRow("41") << u"60123450041"_s << 41;
        QTest::newRow("43") << u"60123450043"_s << 43;
        QTest::newRow("44") << u"60123450044"_s << 44;
        QTest::newRow("45") << u"60123450045"_s << 45;
        QTest::newRow("47") << u"60123450047"_s << 47;
        QTest::newRow("48") << u"60123450048"_s << 48;
        QTest::newRow("52") << u"60123450052"_s << 52;
        QTest::newRow("55") << u"60123450055"_s << 55;
        QTest::newRow("56") << u"60123450056"_s << 56;
        QTest::newRow("57") << u"60123450057"_s << 57;
        QTest::newRow("54 (464)") << u"60123450464"_s << 54;
        QTest::newRow("61 (861)") << u"60123450861"_s << 61;
    }

    void stagingAccounts()
    {
        QFETCH(QString, account);
        QFETCH(int, code);
        const QByteArray body = topupBody(newRefid(), u"D"_s, account, 10);
        const Reply first = topup(body);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.data().value(u"status"_s).toString(), u"Accepted"_s);
        QVERIFY(m_sim->balance() < 5000.0);   // debited while pending
        const Reply final = settle(body);
        QCOMPARE(final.status, 200);
        QCOMPARE(final.data().value(u"status"_s).toString(), u"Failed"_s);
        QCOMPARE(final.data().value(u"statusCode"_s).toInt(), code);
        QVERIFY(!final.data().value(u"remarks"_s).toString().isEmpty());
        QCOMPARE(final.data().value(u"sn"_s).toString(), QString());
        QCOMPARE(m_sim->balance(), 5000.0);   // a failed transaction is not charged
        QCOMPARE(final.data().value(u"balance"_s).toDouble(), 5000.0);
        QCOMPARE(m_sim->transactionCount(), 1);
    }

    // --- Faults ----------------------------------------------------------------------------

    void faults_data()
    {
        QTest::addColumn<Simulator::Fault>("fault");
        QTest::addColumn<bool>("viaMagicAccount");
        QTest::addColumn<int>("status");      // 0 = no HTTP answer at all
        QTest::addColumn<bool>("commits");

        struct Row { Simulator::Fault fault; int status; bool commits; };
        const Row rows[] = {
            {Simulator::Fault::DropAfterCommit, 0, true},
            {Simulator::Fault::LongDelay, 200, true},
            {Simulator::Fault::Html500, 500, false},
            {Simulator::Fault::GatewayTimeout504, 504, true},
            {Simulator::Fault::RateLimit429, 429, false},
            {Simulator::Fault::MalformedJson, 200, true},
            {Simulator::Fault::UnknownStatus, 200, true},
            {Simulator::Fault::Redirect, 302, false},
            {Simulator::Fault::Unauthorized401Once, 401, false},
        };
        for (const Row &row : rows) {
            const QByteArray name = Simulator::faultName(row.fault).toLatin1();
            QTest::newRow(QByteArray("magic " + name).constData()) << row.fault << true << row.status << row.commits;
            QTest::newRow(QByteArray("control " + name).constData()) << row.fault << false << row.status << row.commits;
        }
    }

    void faults()
    {
        QFETCH(Simulator::Fault, fault);
        QFETCH(bool, viaMagicAccount);
        QFETCH(int, status);
        QFETCH(bool, commits);

        const QString account = viaMagicAccount ? Simulator::faultAccount(fault) : u"0123456789"_s;
        QVERIFY(account.startsWith(u"6012345900"_s) || !viaMagicAccount);
        if (!viaMagicAccount)
            m_sim->setNextFaults(fault, 1);
        const QString refid = newRefid();
        const QByteArray body = topupBody(refid, u"D"_s, account, 10);

        const Reply r = topup(body);
        QCOMPARE(m_sim->transactionCount(), commits ? 1 : 0);
        QCOMPARE(m_sim->topupRequestCount(refid), 1);
        if (status == 0) {
            // Dropped after commit: QNAM re-sends the identical POST once (same nonce), which
            // is refused as a reused nonce; either way the client learns nothing definite.
            QVERIFY(r.error != QNetworkReply::NoError);
            QVERIFY(r.status == 0 || r.status == 401);
            if (r.status == 401) {   // Qt 6.4: the resend arrived with the used nonce
                QCOMPARE(r.json().value(u"error"_s).toString(), u"nonce_reused"_s);
                QCOMPARE(m_sim->topupArrivalCount(refid), 2);
            } else {
                QCOMPARE(m_sim->topupArrivalCount(refid), 1);
            }
        } else {
            QCOMPARE(r.status, status);
        }
        switch (fault) {
        case Simulator::Fault::LongDelay:
            QVERIFY2(r.elapsedMs >= 350, qPrintable(QString::number(r.elapsedMs)));
            QCOMPARE(r.data().value(u"status"_s).toString(), u"Accepted"_s);
            break;
        case Simulator::Fault::Html500:
        case Simulator::Fault::GatewayTimeout504:
            QVERIFY(r.contentType.startsWith("text/html"));
            QVERIFY(r.body.contains("<html>"));
            break;
        case Simulator::Fault::RateLimit429:
            QCOMPARE(r.retryAfter, QByteArray("1"));
            break;
        case Simulator::Fault::MalformedJson: {
            QJsonParseError e;
            QJsonDocument::fromJson(r.body, &e);
            QVERIFY(e.error != QJsonParseError::NoError);
            QVERIFY(!r.body.isEmpty());
            break;
        }
        case Simulator::Fault::UnknownStatus:
            QCOMPARE(r.data().value(u"status"_s).toString(), u"Pending"_s);
            QCOMPARE(r.data().value(u"refid"_s).toString(), refid);
            break;
        case Simulator::Fault::Redirect:
            QVERIFY(r.location.endsWith("/v2/topup-moved"));
            QCOMPARE(m_sim->topupArrivalCount(refid), 1);   // not followed
            break;
        case Simulator::Fault::Unauthorized401Once:
            QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_signature"_s);
            break;
        default:
            break;
        }

        // Recovery: the re-query of the same refid is answered normally, one transaction only.
        const Reply again = topup(body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.data().value(u"refid"_s).toString(), refid);
        const QString againStatus = again.data().value(u"status"_s).toString();
        QVERIFY2(againStatus == u"Accepted"_s || againStatus == u"Processing"_s || againStatus == u"Succesful"_s,
                 qPrintable(againStatus));
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(settle(body).data().value(u"status"_s).toString(), u"Succesful"_s);
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(m_sim->pendingControlFaults(), 0);
    }

    void clientGivesUpDuringDelay()
    {
        m_sim->setNextFaults(Simulator::Fault::LongDelay, 1);
        const QByteArray body = topupBody(newRefid(), u"D"_s, u"0123456789"_s, 10);
        const Reply gaveUp = topup(body, 100);
        QCOMPARE(gaveUp.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(m_sim->transactionCount(), 1);   // committed before the delay
        QTest::qWait(450);                         // the delayed answer finds its socket gone
        const Reply again = topup(body);
        QCOMPARE(again.status, 200);
        QCOMPARE(m_sim->transactionCount(), 1);
    }

    void controlFaultCount()
    {
        m_sim->setNextFaults(Simulator::Fault::RateLimit429, 2);
        const QByteArray body = topupBody(newRefid(), u"D"_s, u"0123456789"_s, 10);
        QCOMPARE(topup(body).status, 429);
        QCOMPARE(topup(body).status, 429);
        QCOMPARE(topup(body).status, 200);
        m_sim->setNextFaults(Simulator::Fault::Html500, 3);
        m_sim->setNextFaults(Simulator::Fault::None);
        QCOMPARE(m_sim->pendingControlFaults(), 0);
        QCOMPARE(topup(body).status, 200);
    }

    void faultNames()
    {
        const Simulator::Fault all[] = {
            Simulator::Fault::DropAfterCommit, Simulator::Fault::LongDelay, Simulator::Fault::Html500,
            Simulator::Fault::GatewayTimeout504, Simulator::Fault::RateLimit429, Simulator::Fault::MalformedJson,
            Simulator::Fault::UnknownStatus, Simulator::Fault::Redirect, Simulator::Fault::Unauthorized401Once};
        QSet<QString> accounts;
        for (Simulator::Fault f : all) {
            QCOMPARE(Simulator::faultFromName(Simulator::faultName(f)), std::optional<Simulator::Fault>(f));
            accounts.insert(Simulator::faultAccount(f));
        }
        QCOMPARE(accounts.size(), qsizetype(std::size(all)));
        QCOMPARE(Simulator::faultFromName(u"no-such-fault"_s), std::optional<Simulator::Fault>());
        QCOMPARE(Simulator::faultAccount(Simulator::Fault::None), QString());
    }

    // --- Validation (HTTP 400 creates nothing) ---------------------------------------------

    void validation_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QByteArray>("fixed");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("remarks");

        const QJsonObject jompay{{u"biller_code"_s, u"5454"_s}, {u"ic_number"_s, u"900101145678"_s}};
        const QJsonObject ref2Biller{{u"biller_code"_s, u"100001"_s}, {u"ic_number"_s, u"900101145678"_s}};
        QJsonObject ref2Fixed = ref2Biller;
        ref2Fixed.insert(u"ref2"_s, u"INV-2025-0001"_s);
        const auto row = [](const char *name, const QByteArray &bad, const QByteArray &fixed, int code,
                            const QString &remarks) {
            QTest::newRow(name) << bad << fixed << code << remarks;
        };
        const QString r = u"REFID"_s;   // replaced per run
        row("unknown product", topupBody(r, u"NOPE"_s, u"0123456789"_s, 10),
            topupBody(r, u"D"_s, u"0123456789"_s, 10), 44, u"Invalid product"_s);
        row("inactive product", topupBody(r, u"XOX"_s, u"0123456789"_s, 10),
            topupBody(r, u"D"_s, u"0123456789"_s, 10), 45, u"Product is currently unavailable"_s);
        row("bad denomination", topupBody(r, u"D"_s, u"0123456789"_s, 12),
            topupBody(r, u"D"_s, u"0123456789"_s, 10), 61, u"Invalid denomination"_s);
        row("bill below minimum", topupBody(r, u"TNB"_s, u"220012345678"_s, u"0.50"_s),
            topupBody(r, u"TNB"_s, u"220012345678"_s, u"123.45"_s), 58,
            u"Amount must be between RM 1.00 and RM 5000.00"_s);
        row("amount not a number", topupBody(r, u"D"_s, u"0123456789"_s, u"ten"_s),
            topupBody(r, u"D"_s, u"0123456789"_s, u"10"_s), 44, u"Invalid amount"_s);
        row("amount negative", topupBody(r, u"D"_s, u"0123456789"_s, -10),
            topupBody(r, u"D"_s, u"0123456789"_s, 10), 44, u"Invalid amount"_s);
        row("three decimals", topupBody(r, u"TNB"_s, u"220012345678"_s, u"10.505"_s),
            topupBody(r, u"TNB"_s, u"220012345678"_s, u"10.50"_s), 44, u"Invalid amount"_s);
        row("bad mobile number", topupBody(r, u"D"_s, u"03-2345 6789"_s, 10),
            topupBody(r, u"D"_s, u"0123456789"_s, 10), 40, u"Invalid mobile number"_s);
        row("JomPAY without biller", topupBody(r, u"JOMPAY"_s, u"220012345678"_s, 50,
                                               QJsonObject{{u"ic_number"_s, u"900101145678"_s}}),
            topupBody(r, u"JOMPAY"_s, u"220012345678"_s, 50, jompay), 44, u"The biller_code field is required"_s);
        row("JomPAY without IC", topupBody(r, u"JOMPAY"_s, u"220012345678"_s, 50,
                                           QJsonObject{{u"biller_code"_s, u"5454"_s}}),
            topupBody(r, u"JOMPAY"_s, u"220012345678"_s, 50, jompay), 44, u"The ic_number field is required"_s);
        row("JomPAY unknown biller", topupBody(r, u"JOMPAY"_s, u"220012345678"_s, 50,
                                               QJsonObject{{u"biller_code"_s, u"99"_s}, {u"ic_number"_s, u"900101145678"_s}}),
            topupBody(r, u"JOMPAY"_s, u"220012345678"_s, 50, jompay), 44, u"The provided biller code is invalid"_s);
        row("JomPAY Ref-2 missing", topupBody(r, u"JOMPAY"_s, u"220012345678"_s, 50, ref2Biller),
            topupBody(r, u"JOMPAY"_s, u"220012345678"_s, 50, ref2Fixed), 44, u"Ref-2 is required"_s);
        row("PTPTN without subproduct", topupBody(r, u"PTPTN"_s, u"11145678"_s, 100,
                                                  QJsonObject{{u"ic_number"_s, u"900101145678"_s}}),
            topupBody(r, u"PTPTN"_s, u"11145678"_s, 100,
                      QJsonObject{{u"subproduct_code"_s, u"K"_s}, {u"ic_number"_s, u"900101145678"_s}}),
            44, u"The subproduct_code field is required"_s);
        row("PTPTN account not linked to IC", topupBody(r, u"PTPTN"_s, u"87654321"_s, 100,
                                                        QJsonObject{{u"subproduct_code"_s, u"K"_s},
                                                                    {u"ic_number"_s, u"900101145678"_s}}),
            topupBody(r, u"PTPTN"_s, u"11145678"_s, 100,
                      QJsonObject{{u"subproduct_code"_s, u"K"_s}, {u"ic_number"_s, u"900101145678"_s}}),
            40, u"Invalid account no"_s);
        row("data plan missing", topupBody(r, u"HI"_s, u"0178855286"_s, 12),
            topupBody(r, u"HI"_s, u"0178855286"_s, 12,
                      QJsonObject{{u"subproduct_code"_s, u"Everything Unlimited with Unlimited Weekly Pass RM12"_s}}),
            44, u"The subproduct_code field is required"_s);
        row("data plan price mismatch", topupBody(r, u"HI"_s, u"0178855286"_s, 10,
                      QJsonObject{{u"subproduct_code"_s, u"Everything Unlimited with Unlimited Weekly Pass RM12"_s}}),
            topupBody(r, u"HI"_s, u"0178855286"_s, 12,
                      QJsonObject{{u"subproduct_code"_s, u"Everything Unlimited with Unlimited Weekly Pass RM12"_s}}),
            61, u"Invalid denomination"_s);
        row("data plan code altered", topupBody(r, u"HI"_s, u"0178855286"_s, 12,
                      QJsonObject{{u"subproduct_code"_s, u"Everything Unlimited with Unlimited Weekly Pass  RM12"_s}}),
            topupBody(r, u"HI"_s, u"0178855286"_s, 12,
                      QJsonObject{{u"subproduct_code"_s, u"Everything Unlimited with Unlimited Weekly Pass RM12"_s}}),
            44, u"Invalid subproduct code"_s);
        row("not JSON", QByteArray("{\"refid\": \"REFID\", "),
            topupBody(r, u"D"_s, u"0123456789"_s, 10), 44, u"Invalid request body"_s);
    }

    void validation()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QByteArray, fixed);
        QFETCH(int, code);
        QFETCH(QString, remarks);
        const QByteArray refid = newRefid().toUtf8();
        bad.replace("REFID", refid);
        fixed.replace("REFID", refid);

        const Reply r = topup(bad);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.data().value(u"status"_s).toString(), u"Failed"_s);
        QCOMPARE(r.data().value(u"statusCode"_s).toInt(), code);
        QCOMPARE(r.data().value(u"remarks"_s).toString(), remarks);
        QCOMPARE(m_sim->transactionCount(), 0);
        QCOMPARE(m_sim->balance(), 5000.0);
        QCOMPARE(m_sim->transactionStatus(QString::fromUtf8(refid)), QString());

        // Same refid, input fixed: accepted as a new transaction.
        const Reply ok = topup(fixed);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.data().value(u"status"_s).toString(), u"Accepted"_s);
        QCOMPARE(m_sim->transactionCount(), 1);
        // An unparsable body cannot name its refid; it is counted under "".
        const int counted = QJsonDocument::fromJson(bad).isObject() ? 2 : 1;
        QCOMPARE(m_sim->topupRequestCount(QString::fromUtf8(refid)), counted);
    }

    void insufficientBalance()
    {
        m_sim->setBalance(5.0);
        const QString refid = newRefid();
        const Reply r = topup(topupBody(refid, u"D"_s, u"0123456789"_s, 10));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.data().value(u"statusCode"_s).toInt(), 43);
        QCOMPARE(r.data().value(u"refid"_s).toString(), refid);
        QCOMPARE(m_sim->transactionCount(), 0);
        m_sim->setBalance(100.0);
        QCOMPARE(topup(topupBody(refid, u"D"_s, u"0123456789"_s, 10)).status, 200);
        QCOMPARE(m_sim->transactionCount(), 1);
    }

    // --- Money -----------------------------------------------------------------------------

    void refundRestoresBalance()
    {
        m_sim->setTiming(0, 0);
        const QString refid = newRefid();
        const QByteArray body = topupBody(refid, u"GC"_s, u"0123456789"_s, 50);
        const double cost = topup(body).data().value(u"cost"_s).toDouble();
        QCOMPARE(m_sim->balance(), 5000.0 - cost);
        QCOMPARE(settle(body).data().value(u"status"_s).toString(), u"Succesful"_s);
        m_sim->refund(refid);
        QCOMPARE(m_sim->transactionStatus(refid), u"Refund"_s);
        QCOMPARE(m_sim->balance(), 5000.0);
        const Reply r = topup(body);
        QCOMPARE(r.data().value(u"status"_s).toString(), u"Refund"_s);
        QCOMPARE(r.data().value(u"statusCode"_s).toInt(), 53);
        QCOMPARE(r.data().value(u"pin"_s).toString(), QString());   // a voided voucher is not shown
        QCOMPARE(r.data().value(u"balance"_s).toDouble(), 5000.0);
    }

    void refundLaterAccount()
    {
        m_sim->setTiming(0, 0);
        const QByteArray body = topupBody(newRefid(), u"D"_s, Simulator::refundLaterAccount(), 10);
        QCOMPARE(topup(body).data().value(u"status"_s).toString(), u"Accepted"_s);
        const Reply success = topup(body);
        QCOMPARE(success.data().value(u"status"_s).toString(), u"Succesful"_s);
        QVERIFY(m_sim->balance() < 5000.0);
        const Reply refund = topup(body);
        QCOMPARE(refund.data().value(u"status"_s).toString(), u"Refund"_s);
        QCOMPARE(refund.data().value(u"statusCode"_s).toInt(), 53);
        QCOMPARE(m_sim->balance(), 5000.0);
    }

    void stuckAccount()
    {
        const QByteArray body = topupBody(newRefid(), u"D"_s, Simulator::stuckAccount(), 10);
        QCOMPARE(topup(body).status, 200);
        QTest::qWait(kAcceptedMs + kProcessingMs + 50);
        const Reply r = topup(body);
        QCOMPARE(r.data().value(u"status"_s).toString(), u"Processing"_s);
        QCOMPARE(r.data().value(u"statusCode"_s).toInt(), 1);
    }

    void balanceEndpoint()
    {
        m_sim->setTiming(0, 0);
        const Reply before = get(u"/v2/balance"_s);
        QCOMPARE(before.data().value(u"balance"_s).toDouble(), 5000.0);
        QCOMPARE(before.data().value(u"name"_s).toString().isEmpty(), false);
        QCOMPARE(before.data().value(u"level"_s).toString(), u"12"_s);
        const double cost = topup(topupBody(newRefid(), u"TNB"_s, u"220012345678"_s, u"123.45"_s))
                                .data().value(u"cost"_s).toDouble();
        QCOMPARE(cost, 123.45);   // bills: no discount
        QCOMPARE(get(u"/v2/balance"_s).data().value(u"balance"_s).toDouble(), 5000.0 - 123.45);
    }

    // --- Products --------------------------------------------------------------------------

    void successDeliverables_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("serial");
        QTest::addColumn<bool>("pin");
        QTest::addColumn<bool>("voucher");
        const QString r = u"REFID"_s;
        QTest::newRow("gift card") << topupBody(r, u"GC"_s, u"0123456789"_s, 5) << true << true << true;
        QTest::newRow("eSIM") << topupBody(r, u"ESIMJP"_s, u"0123456789"_s, 45) << true << true << true;
        QTest::newRow("reload with serial") << topupBody(r, u"D"_s, u"0123456789"_s, 10) << true << false << false;
        QTest::newRow("reload without serial") << topupBody(r, u"U"_s, u"0123456789"_s, 10) << false << false << false;
        QTest::newRow("bill") << topupBody(r, u"TNB"_s, u"220012345678"_s, u"88.10"_s) << false << false << false;
        QTest::newRow("data plan with spaces")
            << topupBody(r, u"HI"_s, u"0178855286"_s, 12,
                         QJsonObject{{u"subproduct_code"_s, u"Everything Unlimited with Unlimited Weekly Pass RM12"_s}})
            << true << false << false;
        QTest::newRow("JomPAY") << topupBody(r, u"JOMPAY"_s, u"220012345678"_s, u"150.00"_s,
                                             QJsonObject{{u"biller_code"_s, u"5454"_s}, {u"ic_number"_s, u"900101145678"_s}})
                                << true << false << false;
        QTest::newRow("PTPTN") << topupBody(r, u"PTPTN"_s, u"11145678"_s, u"100"_s,
                                            QJsonObject{{u"subproduct_code"_s, u"K"_s}, {u"ic_number"_s, u"900101145678"_s}})
                               << true << false << false;
    }

    void successDeliverables()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, serial);
        QFETCH(bool, pin);
        QFETCH(bool, voucher);
        body.replace("REFID", newRefid().toUtf8());
        m_sim->setTiming(0, 0);
        const Reply accepted = topup(body);
        QCOMPARE(accepted.status, 200);
        QCOMPARE(accepted.data().value(u"pin"_s).toString(), QString());   // nothing before success
        const QJsonObject d = settle(body).data();
        QCOMPARE(d.value(u"status"_s).toString(), u"Succesful"_s);
        QCOMPARE(d.value(u"statusCode"_s).toInt(), 20);
        QCOMPARE(!d.value(u"sn"_s).toString().isEmpty(), serial);
        QCOMPARE(!d.value(u"pin"_s).toString().isEmpty(), pin);
        QCOMPARE(!d.value(u"voucherlink"_s).toString().isEmpty(), voucher);
        QCOMPARE(!d.value(u"note"_s).toString().isEmpty(), voucher);
        if (pin) {
            const QDate expiry = QDate::fromString(d.value(u"expiry"_s).toString(), u"yyyyMMdd"_s);
            QVERIFY(expiry.isValid());
        } else {
            QCOMPARE(d.value(u"expiry"_s).toString(), QString());
        }
    }

    void voucherPage()
    {
        m_sim->setTiming(0, 0);
        const QByteArray body = topupBody(newRefid(), u"STEAM"_s, u"0123456789"_s, 30);
        topup(body);
        const QJsonObject d = settle(body).data();
        const QUrl link(d.value(u"voucherlink"_s).toString());
        QCOMPARE(link.host(), m_sim->baseUrl().host());
        QCOMPARE(link.port(), int(m_sim->port()));
        QVERIFY(link.path().startsWith(u"/voucher/"_s));
        // Opened in a web view: no signature.
        const Reply page = run("GET", QNetworkRequest(link), {}, 5000);
        QCOMPARE(page.status, 200);
        QVERIFY(page.contentType.startsWith("text/html"));
        QVERIFY(page.body.contains(d.value(u"pin"_s).toString().toUtf8()));
        QVERIFY(page.body.contains("Steam Wallet Code"));
        QUrl wrong = link;
        wrong.setPath(u"/voucher/0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(run("GET", QNetworkRequest(wrong), {}, 5000).status, 404);
    }

    void productList()
    {
        const Reply r = get(u"/v2/product-list"_s);
        QCOMPARE(r.status, 200);
        const QJsonArray rows = r.json().value(u"data"_s).toArray();
        QCOMPARE(rows.size(), qsizetype(m_sim->productCount()));
        const QSet<QString> groups{u"Mobile Reload"_s, u"Mobile Data"_s, u"Bills"_s, u"JomPAY"_s,
                                   u"PTPTN"_s, u"Gift Cards & Vouchers"_s, u"eSIM"_s};
        QSet<QString> seenGroups;
        QHash<QString, QJsonObject> byCode;
        for (const QJsonValue &v : rows) {
            const QJsonObject p = v.toObject();
            seenGroups.insert(p.value(u"product_group"_s).toString());
            byCode.insert(p.value(u"product_code"_s).toString(), p);
            for (const QString &k : {u"status"_s, u"has_subproduct"_s, u"product_name"_s, u"account_label"_s,
                                     u"denomination"_s, u"denomination_currency"_s, u"category"_s,
                                     u"image_url"_s, u"account_type"_s, u"is_refundable"_s})
                QVERIFY2(p.contains(k), qPrintable(k));
        }
        QCOMPARE(seenGroups, groups);
        for (const QString &code : {u"D"_s, u"C"_s, u"M"_s, u"U"_s, u"UNI"_s, u"YES"_s, u"TT"_s, u"CEL"_s, u"DI"_s,
                                    u"HI"_s, u"UMI"_s, u"TI"_s, u"OXI"_s, u"YESI"_s, u"TNB"_s, u"AIRSEL"_s,
                                    u"UNIFI"_s, u"ASTRO"_s, u"JOMPAY"_s, u"PTPTN"_s, u"GC"_s, u"STEAM"_s,
                                    u"RAZER"_s, u"GPLAY"_s, u"ESIMJP"_s})
            QVERIFY2(byCode.contains(code), qPrintable(code));
        QCOMPARE(byCode.value(u"D"_s).value(u"denomination"_s).toString(), u"5,10,15,20,25,30,50,100"_s);
        QCOMPARE(byCode.value(u"HI"_s).value(u"has_subproduct"_s).toBool(), true);
        QCOMPARE(byCode.value(u"JOMPAY"_s).value(u"product_group"_s).toString(), u"JomPAY"_s);
        QCOMPARE(byCode.value(u"TNB"_s).value(u"denomination"_s).toString(), QString());
        QCOMPARE(byCode.value(u"TNB"_s).value(u"min_amount"_s).toString(), u"1.00"_s);
        QCOMPARE(byCode.value(u"TNB"_s).value(u"max_amount"_s).toString(), u"5000.00"_s);
        QCOMPARE(byCode.value(u"XOX"_s).value(u"status"_s).toString(), u"Inactive"_s);
    }

    void billersPaged()
    {
        Simulator::Options o = options();
        o.billerCount = Simulator::Options().billerCount;
        restart(o);
        QVERIFY(m_sim->billerCount() >= 20000);
        int total = 0;
        QSet<QString> codes;
        int page = 1;
        int lastPage = 1;
        do {
            const Reply r = get(u"/v2/options"_s, {{u"product_code"_s, u"JOMPAY"_s}, {u"field_id"_s, u"biller"_s},
                                                   {u"limit"_s, u"1000"_s}, {u"page"_s, QString::number(page)}});
            QCOMPARE(r.status, 200);
            const QJsonObject meta = r.json().value(u"meta"_s).toObject();
            total = meta.value(u"total"_s).toInt();
            lastPage = meta.value(u"last_page"_s).toInt();
            QCOMPARE(meta.value(u"current_page"_s).toInt(), page);
            for (const QJsonValue &v : r.json().value(u"items"_s).toArray())
                codes.insert(v.toObject().value(u"code"_s).toString());
        } while (++page <= lastPage);
        QVERIFY(total >= 20000);
        QCOMPARE(codes.size(), qsizetype(total));
        for (const QString &real : {u"5454"_s, u"9639"_s, u"8888"_s, u"2345"_s})
            QVERIFY2(codes.contains(real), qPrintable(real));

        // Legacy /v2/subproducts: limit + links.next.
        const Reply legacy = get(u"/v2/subproducts"_s, {{u"product_code"_s, u"JOMPAY"_s}, {u"limit"_s, u"50"_s}});
        QCOMPARE(legacy.status, 200);
        QCOMPARE(legacy.json().value(u"message"_s).toString(), u"success"_s);
        QCOMPARE(legacy.json().value(u"data"_s).toArray().size(), 50);
        const QString next = legacy.json().value(u"links"_s).toObject().value(u"next"_s).toString();
        QVERIFY(next.contains(u"page=2"_s));
        const Reply one = get(u"/v2/subproducts"_s, {{u"product_code"_s, u"JOMPAY"_s}, {u"biller_code"_s, u"100001"_s}});
        const QJsonObject biller = one.json().value(u"data"_s).toArray().at(0).toObject();
        QCOMPARE(biller.value(u"subproduct_code"_s).toString(), u"100001"_s);
        QCOMPARE(biller.value(u"ref2_required"_s).toBool(), true);
    }

    void subproducts_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("PTPTN even IC") << u"PTPTN"_s << u"loan_account"_s << u"900101145678"_s
                                       << QStringList{u"K"_s, u"S"_s, u"SP"_s};
        QTest::newRow("PTPTN odd IC") << u"PTPTN"_s << u"loan_account"_s << u"900101145677"_s
                                      << QStringList{u"K"_s, u"U"_s, u"S"_s};
        QTest::newRow("PTPTN unknown IC") << u"PTPTN"_s << u"loan_account"_s << u"900101140000"_s << QStringList{};
        QTest::newRow("data plans even number") << u"HI"_s << u"plan"_s << u"0178855286"_s
            << QStringList{u"Hotlink Internet 1GB Daily Pass RM3"_s,
                           u"Everything Unlimited with Unlimited Weekly Pass RM12"_s,
                           u"Hotlink Internet 10GB + Unlimited Social 30 Days RM30"_s,
                           u"Hotlink Unlimited Internet 30 Days (3Mbps) RM40"_s,
                           u"Hotlink Internet 100GB 5G Booster 30 Days RM50"_s};
    }

    void subproducts()
    {
        QFETCH(QString, product);
        QFETCH(QString, field);
        QFETCH(QString, account);
        QFETCH(QStringList, codes);
        const Reply legacy = get(u"/v2/subproducts"_s, {{u"product_code"_s, product}, {u"account_number"_s, account}});
        QCOMPARE(legacy.status, 200);
        QStringList legacyCodes;
        for (const QJsonValue &v : legacy.json().value(u"data"_s).toArray())
            legacyCodes.append(v.toObject().value(u"subproduct_code"_s).toString());
        QCOMPARE(legacyCodes, codes);
        const Reply modern = get(u"/v2/options"_s, {{u"product_code"_s, product}, {u"field_id"_s, field},
                                                    {u"account_number"_s, account}});
        QCOMPARE(modern.status, 200);
        QStringList modernCodes;
        for (const QJsonValue &v : modern.json().value(u"items"_s).toArray())
            modernCodes.append(v.toObject().value(u"code"_s).toString());
        QCOMPARE(modernCodes, codes);
        const Reply noAccount = get(u"/v2/subproducts"_s, {{u"product_code"_s, product}});
        QCOMPARE(noAccount.status, 400);
    }

    void catalog()
    {
        const Reply r = get(u"/v2/catalog"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject products = r.json().value(u"products"_s).toObject();
        QCOMPARE(products.size(), qsizetype(m_sim->productCount()));
        const QJsonArray groups = r.json().value(u"tree"_s).toObject().value(u"groups"_s).toArray();
        QCOMPARE(groups.size(), 7);
        int listed = 0;
        for (const QJsonValue &g : groups) {
            for (const QJsonValue &c : g.toObject().value(u"categories"_s).toArray()) {
                for (const QJsonValue &code : c.toObject().value(u"product_codes"_s).toArray()) {
                    QVERIFY(products.contains(code.toString()));
                    ++listed;
                }
            }
        }
        QCOMPARE(listed, products.size());
        const Reply one = get(u"/v2/catalog"_s, {{u"product_code"_s, u"JOMPAY"_s}});
        QCOMPARE(one.json().value(u"products"_s).toObject().keys(), QStringList{u"JOMPAY"_s});
    }

    void billPresentment_data()
    {
        QTest::addColumn<RequestSigner::QueryItems>("query");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("errorMessage");
        QTest::newRow("TNB valid") << RequestSigner::QueryItems{{u"product"_s, u"TNB"_s}, {u"account"_s, u"220012345678"_s}}
                                   << u"Account no is valid"_s << QString();
        QTest::newRow("TNB invalid") << RequestSigner::QueryItems{{u"product"_s, u"TNB"_s},
                                                                  {u"account"_s, Simulator::invalidBillAccount()}}
                                     << u"Invalid account no"_s << u"Invalid account no"_s;
        QTest::newRow("JomPAY valid") << RequestSigner::QueryItems{{u"product"_s, u"JOMPAY"_s}, {u"account"_s, u"1234567890"_s},
                                                                   {u"biller_code"_s, u"9639"_s}}
                                      << u"Account no is valid"_s << QString();
        QTest::newRow("JomPAY Ref-2 missing") << RequestSigner::QueryItems{{u"product"_s, u"JOMPAY"_s},
                                                                           {u"account"_s, u"1234567890"_s},
                                                                           {u"biller_code"_s, u"100011"_s}}
                                              << u"Invalid account no"_s << u"Ref-2 is required"_s;
        QTest::newRow("JomPAY Ref-2 given") << RequestSigner::QueryItems{{u"product"_s, u"JOMPAY"_s},
                                                                         {u"account"_s, u"1234567890"_s},
                                                                         {u"biller_code"_s, u"100011"_s},
                                                                         {u"ref2"_s, u"INV 2025/0001"_s}}
                                            << u"Account no is valid"_s << QString();
        QTest::newRow("JomPAY unknown biller") << RequestSigner::QueryItems{{u"product"_s, u"JOMPAY"_s},
                                                                            {u"account"_s, u"1234567890"_s},
                                                                            {u"biller_code"_s, u"4"_s}}
                                               << u"Invalid account no"_s << u"The provided biller code is invalid"_s;
        QTest::newRow("JomPAY bad amount") << RequestSigner::QueryItems{{u"product"_s, u"JOMPAY"_s},
                                                                        {u"account"_s, u"1234567890"_s},
                                                                        {u"biller_code"_s, u"5454"_s},
                                                                        {u"amount"_s, u"0.10"_s}}
                                           << u"Invalid account no"_s << u"The provided amount is invalid"_s;
        QTest::newRow("reload") << RequestSigner::QueryItems{{u"product"_s, u"D"_s}, {u"account"_s, u"0123456789"_s}}
                                << u"Bill presentment is unavailable for this product"_s << QString();
        QTest::newRow("service down") << RequestSigner::QueryItems{{u"product"_s, u"ASTRO"_s},
                                                                   {u"account"_s, Simulator::presentmentUnavailableAccount()}}
                                      << u"Service unavailable. Please try again later"_s << QString();
    }

    void billPresentment()
    {
        QFETCH(RequestSigner::QueryItems, query);
        QFETCH(QString, message);
        QFETCH(QString, errorMessage);
        const Reply r = get(u"/v2/bill-presentment"_s, query);
        QCOMPARE(r.status, 200);
        const QJsonObject d = r.data();
        QCOMPARE(d.value(u"message"_s).toString(), message);
        QCOMPARE(d.value(u"error_message"_s).toString(), errorMessage);
        QCOMPARE(r.json().value(u"metadata"_s).toObject().value(u"status_code"_s).toInt(), 200);
        const bool valid = message == u"Account no is valid"_s;
        QCOMPARE(d.contains(u"BillerName"_s), valid);
        QCOMPARE(d.contains(u"CustomerName"_s), valid);
        if (valid)
            QVERIFY(d.value(u"Outstanding"_s).toDouble() > 0);
    }

    void networkStatus_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("health");
        QTest::newRow("interrupted reload") << Simulator::interruptedProduct() << 200 << u"Interruption"_s;
        QTest::newRow("FP (staging)") << u"FP"_s << 200 << u"Interruption"_s;
        QTest::newRow("healthy") << u"D"_s << 200 << u"Healthy"_s;
        QTest::newRow("unknown") << u"NOPE"_s << 404 << QString();
    }

    void networkStatus()
    {
        QFETCH(QString, product);
        QFETCH(int, status);
        QFETCH(QString, health);
        const Reply r = get(u"/v2/networkstatus"_s, {{u"product"_s, product}});
        QCOMPARE(r.status, status);
        QCOMPARE(r.data().value(u"network_status"_s).toString(), health);
        if (status == 200)
            QCOMPARE(r.data().value(u"product_code"_s).toString(), product);
    }

    void transactionsList()
    {
        m_sim->setTiming(0, 0);
        const QByteArray ok = topupBody(newRefid(), u"D"_s, u"0123456789"_s, 10);
        const QByteArray failed = topupBody(newRefid(), u"D"_s, u"60123450048"_s, 10);
        topup(ok);
        topup(failed);
        settle(ok);
        settle(failed);
        const QString today = malaysianDay(m_clock.now());
        const Reply all = get(u"/v2/transactions"_s, {{u"limit"_s, u"10"_s}, {u"date"_s, today}});
        QCOMPARE(all.json().value(u"data"_s).toArray().size(), 2);
        const Reply good = get(u"/v2/transactions"_s, {{u"limit"_s, u"10"_s}, {u"date"_s, today},
                                                       {u"status"_s, u"SUCCESSFUL"_s}});
        const QJsonArray rows = good.json().value(u"data"_s).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(u"status"_s).toString(), u"Successful"_s);
        QCOMPARE(rows.at(0).toObject().value(u"status_code"_s).toInt(), 20);
        QCOMPARE(rows.at(0).toObject().value(u"amount"_s).toString(), u"10.00"_s);
        const Reply bad = get(u"/v2/transactions"_s, {{u"limit"_s, u"10"_s}, {u"date"_s, today},
                                                      {u"status"_s, u"FAILED"_s}});
        QCOMPARE(bad.json().value(u"data"_s).toArray().at(0).toObject().value(u"status_code"_s).toInt(), 48);
        const Reply none = get(u"/v2/transactions"_s, {{u"limit"_s, u"10"_s}, {u"date"_s, u"2001-01-01"_s}});
        QCOMPARE(none.json().value(u"data"_s).toArray().size(), 0);
    }

    // What a stale-sale lookup relies on (§6.5): the documented row fields, the refid, the
    // date/product/account filters, offset paging, the required parameters, and a 503 fault.
    void transactionsFiltersAndPaging()
    {
        m_sim->setTiming(0, 0);
        const QString refidA = newRefid();
        const QString refidB = newRefid();
        const QString refidC = newRefid();
        const QByteArray a = topupBody(refidA, u"D"_s, u"0123456789"_s, 10);
        const QByteArray b = topupBody(refidB, u"D"_s, u"0123456789"_s, 5);
        const QByteArray c = topupBody(refidC, u"D"_s, u"0198765432"_s, 10);
        for (const QByteArray &body : {a, b, c})
            QCOMPARE(settle(body).status, 200);
        const QString today = malaysianDay(m_clock.now());
        const QString tomorrow = malaysianDay(m_clock.now().addDays(1));
        const QString yesterday = malaysianDay(m_clock.now().addDays(-1));

        const auto rows = [&](RequestSigner::QueryItems q) {
            const Reply r = get(u"/v2/transactions"_s, q);
            [&] { QCOMPARE(r.status, 200); }();
            return r.json().value(u"data"_s).toArray();
        };
        // Account filter: only that account's rows, each with the documented fields.
        const QJsonArray mine = rows({{u"limit"_s, u"10"_s}, {u"date"_s, today},
                                      {u"product"_s, u"D"_s}, {u"account"_s, u"0123456789"_s}});
        QCOMPARE(mine.size(), 2);
        QStringList refids;
        for (const QJsonValue &v : mine) {
            const QJsonObject row = v.toObject();
            for (const char *key : {"trxid", "refid", "date", "response_date", "product_code",
                                    "product_name", "biller_code", "amount", "account", "sender",
                                    "member_id", "status_code", "status"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
            QCOMPARE(row.value(u"account"_s).toString(), u"0123456789"_s);
            QVERIFY(row.value(u"amount"_s).isString());
            QVERIFY(QDateTime::fromString(row.value(u"date"_s).toString(), u"yyyy-MM-dd HH:mm:ss.zzz"_s).isValid());
            refids << row.value(u"refid"_s).toString();
        }
        QCOMPARE(refids, (QStringList{refidB, refidA}));   // newest first
        // Product filter.
        QCOMPARE(rows({{u"limit"_s, u"10"_s}, {u"date"_s, today}, {u"product"_s, u"M"_s}}).size(), 0);
        // Date filter: a range that ends before today finds nothing; one that spans it, all.
        QCOMPARE(rows({{u"limit"_s, u"10"_s}, {u"date"_s, yesterday}}).size(), 0);
        QCOMPARE(rows({{u"limit"_s, u"10"_s}, {u"date"_s, yesterday + u" - "_s + tomorrow}}).size(), 3);
        // Paging by offset: pages of 2 cover the three rows once.
        const QJsonArray first = rows({{u"limit"_s, u"2"_s}, {u"date"_s, today}});
        const QJsonArray second = rows({{u"limit"_s, u"2"_s}, {u"date"_s, today}, {u"offset"_s, u"2"_s}});
        QCOMPARE(first.size(), 2);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).toObject().value(u"refid"_s).toString(), refidA);
        // limit and date are required.
        QCOMPARE(get(u"/v2/transactions"_s, {{u"limit"_s, u"10"_s}}).status, 400);
        QCOMPARE(get(u"/v2/transactions"_s, {{u"date"_s, today}}).status, 400);
        QCOMPARE(get(u"/v2/transactions"_s, {{u"limit"_s, u"10"_s}, {u"date"_s, u"May 1"_s}}).status, 400);
        // The list can be made to fail, for lookups that must not send anything.
        const int before = m_sim->transactionListRequestCount();
        m_sim->setTransactionListUnavailable(1);
        QCOMPARE(get(u"/v2/transactions"_s, {{u"limit"_s, u"10"_s}, {u"date"_s, today}}).status, 503);
        QCOMPARE(get(u"/v2/transactions"_s, {{u"limit"_s, u"10"_s}, {u"date"_s, today}}).status, 200);
        QCOMPARE(m_sim->transactionListRequestCount(), before + 2);
        // ... or fail on a later page: one answered, then one 503.
        m_sim->setTransactionListUnavailable(1, 1);
        QCOMPARE(get(u"/v2/transactions"_s, {{u"limit"_s, u"10"_s}, {u"date"_s, today}}).status, 200);
        QCOMPARE(get(u"/v2/transactions"_s, {{u"limit"_s, u"10"_s}, {u"date"_s, today}}).status, 503);
        QCOMPARE(get(u"/v2/transactions"_s, {{u"limit"_s, u"10"_s}, {u"date"_s, today}}).status, 200);
    }

    // The reconciliation controls (issue 10): a transaction no till sent (with and without a
    // refid), a status and an amount that differ from what the till was told, a hidden row;
    // and offset paging that covers every row once.
    void transactionsReconcileControls()
    {
        m_sim->setTiming(0, 0);
        const QString sold = newRefid();
        const QString hidden = newRefid();
        QCOMPARE(settle(topupBody(sold, u"D"_s, u"0123456789"_s, 10)).status, 200);
        QCOMPARE(settle(topupBody(hidden, u"D"_s, u"0123456789"_s, 5)).status, 200);
        const QString today = malaysianDay(m_clock.now());
        const QString foreign = newRefid();
        QVERIFY(!m_sim->addListedTransaction(foreign, u"D"_s, u"0111111111"_s, 20).isEmpty());
        const QString anonymous = m_sim->addListedTransaction(QString(), u"M"_s, u"0122222222"_s, 15);
        QVERIFY(!anonymous.isEmpty());
        QVERIFY(m_sim->setTransactionStatus(sold, u"Refund"_s));
        QVERIFY(m_sim->setTransactionAmount(sold, 12.5));
        QVERIFY(m_sim->hideFromTransactionList(hidden));
        QVERIFY(!m_sim->setTransactionStatus(u"NO-SUCH"_s, u"Failed"_s));
        QVERIFY(!m_sim->setTransactionStatus(sold, u"Successful"_s));   // the list's spelling is not /v2/topup's
        QVERIFY(!m_sim->hideFromTransactionList(u"NO-SUCH"_s));

        const auto rows = [&](RequestSigner::QueryItems q) {
            const Reply r = get(u"/v2/transactions"_s, q);
            [&] { QCOMPARE(r.status, 200); }();
            return r.json().value(u"data"_s).toArray();
        };
        QHash<QString, QJsonObject> byTrx;
        int offset = 0;
        for (int page = 0; page < 10; ++page) {
            const QJsonArray part = rows({{u"limit"_s, u"1"_s}, {u"date"_s, today},
                                          {u"offset"_s, QString::number(offset)}});
            for (const QJsonValue &v : part)
                byTrx.insert(v.toObject().value(u"trxid"_s).toString(), v.toObject());
            offset += int(part.size());
            if (part.size() < 1)
                break;
        }
        QCOMPARE(offset, 3);          // three listed, one hidden
        QCOMPARE(byTrx.size(), 3);    // each once
        QJsonObject soldRow, foreignRow;
        for (const QJsonObject &row : std::as_const(byTrx)) {
            if (row.value(u"refid"_s).toString() == sold)
                soldRow = row;
            if (row.value(u"refid"_s).toString() == foreign)
                foreignRow = row;
            QVERIFY(row.value(u"refid"_s).toString() != hidden);
        }
        QCOMPARE(soldRow.value(u"status"_s).toString(), u"Refund"_s);
        QCOMPARE(soldRow.value(u"status_code"_s).toInt(), 53);
        QCOMPARE(soldRow.value(u"amount"_s).toString(), u"12.50"_s);
        QCOMPARE(foreignRow.value(u"status"_s).toString(), u"Successful"_s);
        QCOMPARE(foreignRow.value(u"amount"_s).toString(), u"20.00"_s);
        QVERIFY(byTrx.contains(anonymous));
        QVERIFY(!byTrx.value(anonymous).contains(u"refid"_s));
        QCOMPARE(byTrx.value(anonymous).value(u"product_code"_s).toString(), u"M"_s);
        // The hidden transaction still answers a re-query, as the overridden one does.
        QCOMPARE(m_sim->transactionStatus(hidden), u"Succesful"_s);
        QCOMPARE(m_sim->transactionStatus(sold), u"Refund"_s);
    }

    void unknownPathAndMethod()
    {
        QCOMPARE(get(u"/v2/nothing-here"_s).status, 404);
        QCOMPARE(get(u"/v2/topup"_s).status, 405);
        QCOMPARE(send("POST", u"/v2/balance"_s, {}, "{}").status, 405);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"

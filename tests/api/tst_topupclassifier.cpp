#include "ReferencePayloads.h"
#include "api/IimmpactClient.h"
#include "api/ReplyClassifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

// Pure classification and parsing of /v2/topup answers (no network): every outcome class of
// TopupOutcomeKind, the echo check, and the §3.2 example payloads of the API reference.
class TestTopupClassifier : public QObject
{
    Q_OBJECT

private:
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

    static QByteArray sent()
    {
        return QByteArrayLiteral(R"({"refid":"POS01-000123","product":"D","account":"0123456789","amount":10})");
    }

    // A /v2/topup answer echoing sent(); `edits` replace fields, `removed` drops them.
    static QByteArray answer(const QString &status, int statusCode, const QJsonObject &edits = {},
                             const QStringList &removed = {})
    {
        QJsonObject data{
            {u"statusCode"_s, statusCode}, {u"status"_s, status},
            {u"account"_s, u"0123456789"_s}, {u"product"_s, u"D"_s},
            {u"productName"_s, u"Digi Prepaid"_s}, {u"amount"_s, 10},
            {u"sn"_s, u""_s}, {u"pin"_s, u""_s}, {u"expiry"_s, u""_s},
            {u"cost"_s, 9.85}, {u"balance"_s, 940.15}, {u"remarks"_s, u""_s},
            {u"refid"_s, u"POS01-000123"_s}, {u"timestamp"_s, u"2025-05-20 13:09:30"_s},
            {u"note"_s, u""_s}, {u"voucherlink"_s, u""_s}};
        for (auto it = edits.begin(); it != edits.end(); ++it)
            data.insert(it.key(), it.value());
        for (const QString &key : removed)
            data.remove(key);
        return QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson(QJsonDocument::Compact);
    }

    static QByteArray html(int code)
    {
        return "<html><head><title>" + QByteArray::number(code)
            + "</title></head><body><center><h1>" + QByteArray::number(code)
            + " Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
    }

private slots:
    void classify_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<bool>("transport");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("sentBody");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("retryAfterSecs");
        QTest::addColumn<bool>("echoMismatch");
        QTest::addColumn<QString>("dataStatus");     // "" = no data expected
        QTest::addColumn<QString>("messagePart");    // "" = no message expected

        const QByteArray json = "application/json";
        const QByteArray htmlType = "text/html";
        const QByteArray none;

        // Final and pending: HTTP 200 with an exact IIMMPACT status.
        QTest::newRow("200 Succesful") << 200 << false << false << json << answer(u"Succesful"_s, 20) << none << sent()
                                       << u"Final"_s << 0 << false << u"Succesful"_s << QString();
        QTest::newRow("200 Failed") << 200 << false << false << json
                                    << answer(u"Failed"_s, 48, {{u"remarks"_s, u"Transaction rejected by provider"_s}})
                                    << none << sent() << u"Final"_s << 0 << false << u"Failed"_s << QString();
        QTest::newRow("200 Refund") << 200 << false << false << json << answer(u"Refund"_s, 53) << none << sent()
                                    << u"Final"_s << 0 << false << u"Refund"_s << QString();
        QTest::newRow("200 Accepted") << 200 << false << false << json << answer(u"Accepted"_s, 0) << none << sent()
                                      << u"Pending"_s << 0 << false << u"Accepted"_s << QString();
        QTest::newRow("200 Processing") << 200 << false << false << json << answer(u"Processing"_s, 1) << none << sent()
                                        << u"Pending"_s << 0 << false << u"Processing"_s << QString();

        // Status strings IIMMPACT does not send on /v2/topup: never guessed.
        QTest::newRow("200 Successful (double s)") << 200 << false << false << json << answer(u"Successful"_s, 20)
                                                   << none << sent() << u"Unknown"_s << 0 << false
                                                   << u"Successful"_s << u"Successful"_s;
        QTest::newRow("200 succesful lower case") << 200 << false << false << json << answer(u"succesful"_s, 20)
                                                  << none << sent() << u"Unknown"_s << 0 << false
                                                  << u"succesful"_s << u"succesful"_s;
        QTest::newRow("200 Pending") << 200 << false << false << json << answer(u"Pending"_s, 1) << none << sent()
                                     << u"Unknown"_s << 0 << false << u"Pending"_s << u"Pending"_s;
        QTest::newRow("200 FAILED upper case") << 200 << false << false << json << answer(u"FAILED"_s, 48) << none
                                               << sent() << u"Unknown"_s << 0 << false << u"FAILED"_s << u"FAILED"_s;

        // HTTP 400: no transaction was created.
        QTest::newRow("400 Failed") << 400 << false << false << json
                                    << answer(u"Failed"_s, 58, {{u"remarks"_s, u"Invalid denomination"_s}})
                                    << none << sent() << u"Rejected"_s << 0 << false << u"Failed"_s
                                    << u"Invalid denomination"_s;
        QTest::newRow("400 message only") << 400 << false << false << json
                                          << QByteArray(R"({"message":"Insufficient balance"})") << none << sent()
                                          << u"Rejected"_s << 0 << false << QString() << u"Insufficient balance"_s;
        QTest::newRow("400 error only") << 400 << false << false << json
                                        << QByteArray(R"({"error":"invalid_amount"})") << none << sent()
                                        << u"Rejected"_s << 0 << false << QString() << u"invalid_amount"_s;
        QTest::newRow("400 HTML") << 400 << false << false << htmlType << html(400) << none << sent()
                                  << u"Unknown"_s << 0 << false << QString() << u"400"_s;
        QTest::newRow("400 empty JSON object") << 400 << false << false << json << QByteArray("{}") << none << sent()
                                               << u"Unknown"_s << 0 << false << QString() << u"400"_s;
        QTest::newRow("400 with Accepted") << 400 << false << false << json << answer(u"Accepted"_s, 0) << none
                                           << sent() << u"Unknown"_s << 0 << false << u"Accepted"_s << u"400"_s;

        // Authentication: the server's own words.
        QTest::newRow("401 message") << 401 << false << false << json
                                     << QByteArray(R"({"error":"invalid_signature","message":"Signature mismatch"})")
                                     << none << sent() << u"AuthError"_s << 0 << false << QString()
                                     << u"Signature mismatch"_s;
        QTest::newRow("401 error only") << 401 << false << false << json
                                        << QByteArray(R"({"error":"stale_timestamp"})") << none << sent()
                                        << u"AuthError"_s << 0 << false << QString() << u"stale_timestamp"_s;
        QTest::newRow("401 key not found") << 401 << false << false << json
                                           << QByteArray(R"({"error":"invalid_api_key","message":"API key not found"})")
                                           << none << sent() << u"AuthError"_s << 0 << false << QString()
                                           << u"API key not found"_s;
        QTest::newRow("403 Forbidden") << 403 << false << false << json << QByteArray(R"({"message":"Forbidden"})")
                                       << none << sent() << u"AuthError"_s << 0 << false << QString() << u"Forbidden"_s;
        QTest::newRow("403 HTML") << 403 << false << false << htmlType << html(403) << none << sent()
                                  << u"AuthError"_s << 0 << false << QString() << u"403"_s;

        // Rate limiting.
        QTest::newRow("429 Retry-After 12") << 429 << false << false << json << QByteArray(R"({"message":"Too Many Requests"})")
                                            << QByteArray("12") << sent() << u"RateLimited"_s << 12 << false
                                            << QString() << u"12"_s;
        QTest::newRow("429 without Retry-After") << 429 << false << false << json << QByteArray() << none << sent()
                                                 << u"RateLimited"_s << ReplyClassifier::DefaultRetryAfterSecs
                                                 << false << QString() << u"5"_s;
        QTest::newRow("429 garbage Retry-After") << 429 << false << false << json << QByteArray() << QByteArray("soon")
                                                 << sent() << u"RateLimited"_s << ReplyClassifier::DefaultRetryAfterSecs
                                                 << false << QString() << u"5"_s;
        QTest::newRow("429 negative Retry-After") << 429 << false << false << json << QByteArray() << QByteArray("-3")
                                                  << sent() << u"RateLimited"_s << ReplyClassifier::DefaultRetryAfterSecs
                                                  << false << QString() << u"5"_s;
        QTest::newRow("429 huge Retry-After") << 429 << false << false << json << QByteArray() << QByteArray("99999999999999999999999")
                                              << sent() << u"RateLimited"_s << 3600 << false << QString() << u"3600"_s;

        // Server errors, whatever their body: unknown, never Failed.
        for (int code : {500, 502, 503, 504}) {
            QTest::addRow("%d HTML", code) << code << false << false << htmlType << html(code) << none << sent()
                                           << u"Unknown"_s << 0 << false << QString() << QString::number(code);
        }
        QTest::newRow("500 with data Failed") << 500 << false << false << json << answer(u"Failed"_s, 48) << none
                                              << sent() << u"Unknown"_s << 0 << false << QString() << u"500"_s;

        // Unreadable 200 answers.
        QTest::newRow("200 HTML") << 200 << false << false << htmlType << html(200) << none << sent()
                                  << u"Unknown"_s << 0 << false << QString() << u"web page"_s;
        QTest::newRow("200 HTML without content type") << 200 << false << false << none << html(200) << none
                                                       << sent() << u"Unknown"_s << 0 << false << QString()
                                                       << u"web page"_s;
        QTest::newRow("200 malformed JSON") << 200 << false << false << json << answer(u"Succesful"_s, 20).left(60)
                                            << none << sent() << u"Unknown"_s << 0 << false << QString()
                                            << u"unreadable"_s;
        QTest::newRow("200 empty body") << 200 << false << false << json << QByteArray() << none << sent()
                                        << u"Unknown"_s << 0 << false << QString() << u"unreadable"_s;
        QTest::newRow("200 JSON without data") << 200 << false << false << json
                                               << QByteArray(R"({"message":"success"})") << none << sent()
                                               << u"Unknown"_s << 0 << false << QString() << u"no transaction"_s;
        QTest::newRow("200 data null") << 200 << false << false << json << QByteArray(R"({"data":null})") << none
                                       << sent() << u"Unknown"_s << 0 << false << QString() << u"no transaction"_s;
        QTest::newRow("200 data array") << 200 << false << false << json << QByteArray(R"({"data":[]})") << none
                                        << sent() << u"Unknown"_s << 0 << false << QString() << u"no transaction"_s;
        QTest::newRow("200 data without status") << 200 << false << false << json
                                                 << QByteArray(R"({"data":{"refid":"POS01-000123"}})") << none
                                                 << sent() << u"Unknown"_s << 0 << false << QString()
                                                 << u"status"_s;
        QTest::newRow("200 JSON array root") << 200 << false << false << json << QByteArray("[]") << none
                                             << sent() << u"Unknown"_s << 0 << false << QString() << u"unreadable"_s;
        QTest::newRow("201 with data") << 201 << false << false << json << answer(u"Succesful"_s, 20) << none
                                       << sent() << u"Unknown"_s << 0 << false << QString() << u"201"_s;

        // Redirects are not followed.
        for (int code : {301, 302, 307, 308}) {
            QTest::addRow("%d redirect", code) << code << false << false << htmlType << html(code) << none << sent()
                                               << u"Unknown"_s << 0 << false << QString() << u"redirect"_s;
        }

        // Transport.
        QTest::newRow("transport error, no status") << 0 << true << false << none << QByteArray() << none << sent()
                                                    << u"Unknown"_s << 0 << false << QString() << u"connection"_s;
        QTest::newRow("dropped mid-body after 200") << 200 << true << false << json << answer(u"Succesful"_s, 20)
                                                    << none << sent() << u"Unknown"_s << 0 << false << QString()
                                                    << u"connection"_s;
        QTest::newRow("no status, no error") << 0 << false << false << none << QByteArray() << none << sent()
                                             << u"Unknown"_s << 0 << false << QString() << u"connection"_s;
        QTest::newRow("timeout") << 0 << false << true << none << QByteArray() << none << sent()
                                 << u"Unknown"_s << 0 << false << QString() << u"time limit"_s;
        QTest::newRow("timeout wins over a 200") << 200 << false << true << json << answer(u"Succesful"_s, 20) << none
                                                 << sent() << u"Unknown"_s << 0 << false << QString()
                                                 << u"time limit"_s;

        // Echo check.
        QTest::newRow("echo refid differs") << 200 << false << false << json
                                            << answer(u"Succesful"_s, 20, {{u"refid"_s, u"POS01-000124"_s}}) << none
                                            << sent() << u"Unknown"_s << 0 << true << u"Succesful"_s << u"refid"_s;
        QTest::newRow("echo account differs") << 200 << false << false << json
                                              << answer(u"Succesful"_s, 20, {{u"account"_s, u"0123456780"_s}}) << none
                                              << sent() << u"Unknown"_s << 0 << true << u"Succesful"_s << u"account"_s;
        QTest::newRow("echo amount differs") << 200 << false << false << json
                                             << answer(u"Succesful"_s, 20, {{u"amount"_s, 100}}) << none
                                             << sent() << u"Unknown"_s << 0 << true << u"Succesful"_s << u"amount"_s;
        QTest::newRow("echo product differs") << 200 << false << false << json
                                              << answer(u"Accepted"_s, 0, {{u"product"_s, u"M"_s}}) << none
                                              << sent() << u"Unknown"_s << 0 << true << u"Accepted"_s << u"product"_s;
        QTest::newRow("echo amount 10 vs sent \"10.00\"") << 200 << false << false << json << answer(u"Succesful"_s, 20)
                                                        << none
                                                        << QByteArray(R"({"refid":"POS01-000123","product":"D","account":"0123456789","amount":"10.00"})")
                                                        << u"Final"_s << 0 << false << u"Succesful"_s << QString();
        QTest::newRow("echo amount \"10.00\" vs sent 10") << 200 << false << false << json
                                                        << answer(u"Succesful"_s, 20, {{u"amount"_s, u"10.00"_s}})
                                                        << none << sent() << u"Final"_s << 0 << false
                                                        << u"Succesful"_s << QString();
        QTest::newRow("echo amount 48.6333 vs sent \"48.63330\"") << 200 << false << false << json
                                                                << answer(u"Succesful"_s, 20, {{u"amount"_s, 48.6333}})
                                                                << none
                                                                << QByteArray(R"({"refid":"POS01-000123","product":"D","account":"0123456789","amount":"48.63330"})")
                                                                << u"Final"_s << 0 << false << u"Succesful"_s << QString();
        QTest::newRow("echo amount 10.5 vs sent 10.05") << 200 << false << false << json
                                                      << answer(u"Succesful"_s, 20, {{u"amount"_s, 10.5}}) << none
                                                      << QByteArray(R"({"refid":"POS01-000123","product":"D","account":"0123456789","amount":"10.05"})")
                                                      << u"Unknown"_s << 0 << true << u"Succesful"_s << u"amount"_s;
        QTest::newRow("refid absent on a final answer") << 200 << false << false << json
                                                        << answer(u"Succesful"_s, 20, {}, {u"refid"_s}) << none
                                                        << sent() << u"Unknown"_s << 0 << true << u"Succesful"_s
                                                        << u"refid"_s;
        QTest::newRow("refid empty on a final answer") << 200 << false << false << json
                                                       << answer(u"Failed"_s, 48, {{u"refid"_s, u""_s}}) << none
                                                       << sent() << u"Unknown"_s << 0 << true << u"Failed"_s
                                                       << u"refid"_s;
        QTest::newRow("refid absent on a pending answer") << 200 << false << false << json
                                                          << answer(u"Processing"_s, 1, {}, {u"refid"_s}) << none
                                                          << sent() << u"Pending"_s << 0 << false << u"Processing"_s
                                                          << QString();
        QTest::newRow("account, product, amount absent") << 200 << false << false << json
                                                         << answer(u"Succesful"_s, 20, {},
                                                                   {u"account"_s, u"product"_s, u"amount"_s})
                                                         << none << sent() << u"Final"_s << 0 << false
                                                         << u"Succesful"_s << QString();
    }

    void classify()
    {
        QFETCH(int, http);
        QFETCH(bool, transport);
        QFETCH(bool, timedOut);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, sentBody);
        QFETCH(QString, kind);
        QFETCH(int, retryAfterSecs);
        QFETCH(bool, echoMismatch);
        QFETCH(QString, dataStatus);
        QFETCH(QString, messagePart);

        const TopupOutcome o = ReplyClassifier::classifyTopup(http, transport, timedOut, contentType, body,
                                                             retryAfter, sentBody);
        QCOMPARE(kindName(o.kind), kind);
        QCOMPARE(o.retryAfterSecs, retryAfterSecs);
        QCOMPARE(o.echoMismatch, echoMismatch);
        QCOMPARE(o.data.has_value(), !dataStatus.isEmpty());
        if (o.data)
            QCOMPARE(o.data->status, dataStatus);
        if (messagePart.isEmpty())
            QVERIFY2(o.message.isEmpty(), qPrintable(o.message));
        else
            QVERIFY2(o.message.contains(messagePart), qPrintable(o.message));
        QCOMPARE(o.httpStatus, timedOut ? 0 : http);
        QCOMPARE(o.rawBody, body);
        // The money rule behind every row: nothing but a 200 with an exact status is final.
        if (o.kind == TopupOutcomeKind::Final)
            QCOMPARE(http, 200);
    }

    // API reference §3.2, the three example responses (ReferencePayloads.h, verbatim).
    void referenceExamples_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("Accepted") << ReferencePayloads::accepted();
        QTest::newRow("Succesful") << ReferencePayloads::succesful();
        QTest::newRow("Failed") << ReferencePayloads::failed();
    }

    void referenceExamples()
    {
        QFETCH(QByteArray, payload);
        const QJsonObject data = QJsonDocument::fromJson(payload).object().value(u"data"_s).toObject();
        QVERIFY(!data.isEmpty());
        const std::optional<TopupData> d = ReplyClassifier::parseTopupData(data);
        QVERIFY(d);
        QCOMPARE(d->raw, data);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        using OS = std::optional<QString>;
        using OD = std::optional<double>;
        if (tag == "Accepted"_L1) {
            QCOMPARE(d->statusCode, std::optional<int>(0));
            QCOMPARE(d->status, u"Accepted"_s);
            QCOMPARE(d->account, u"0123456789"_s);
            QCOMPARE(d->product, u"D"_s);
            QCOMPARE(d->productName, OS(u"Digi Prepaid"_s));
            QCOMPARE(d->amount, u"10"_s);
            QCOMPARE(d->sn, OS());
            QCOMPARE(d->pin, OS());
            QCOMPARE(d->expiry, OS());
            QCOMPARE(d->cost, OD(9.85));
            QCOMPARE(d->balance, OD(940.15));
            QCOMPARE(d->remarks, OS());
            QCOMPARE(d->refid, u"POS01-20250520-000123"_s);
            QCOMPARE(d->timestamp, OS(u"2025-05-20 13:09:30"_s));
            QCOMPARE(d->note, OS());
            QCOMPARE(d->voucherlink, OS());
        } else if (tag == "Succesful"_L1) {
            QCOMPARE(d->statusCode, std::optional<int>(20));
            QCOMPARE(d->status, u"Succesful"_s);
            QCOMPARE(d->account, u"0123456789"_s);
            QCOMPARE(d->product, u"GC"_s);
            QCOMPARE(d->productName, OS(u"Grab Gift Code"_s));
            QCOMPARE(d->amount, u"5"_s);
            QCOMPARE(d->sn, OS(u"106648697"_s));
            QCOMPARE(d->pin, OS(u"MPHE39G3WL"_s));
            QCOMPARE(d->expiry, OS(u"20251116"_s));
            QCOMPARE(d->cost, OD(5));
            QCOMPARE(d->balance, OD(50.54));
            QCOMPARE(d->remarks, OS());
            QCOMPARE(d->refid, u"321479-0-30f4f209-ee"_s);
            QCOMPARE(d->timestamp, OS(u"2025-05-20 13:09:34"_s));
            QCOMPARE(d->note, OS(u"Enter the code under Use Grab Gifts at checkout"_s));
            QCOMPARE(d->voucherlink,
                     OS(u"https://api.grab.com/gifts/v2/go?id=7464957319334bb0afbd5980738a2b50"_s));
        } else {
            QCOMPARE(tag, u"Failed"_s);
            QCOMPARE(d->statusCode, std::optional<int>(48));
            QCOMPARE(d->status, u"Failed"_s);
            QCOMPARE(d->account, u"60123450048"_s);
            QCOMPARE(d->product, u"D"_s);
            QCOMPARE(d->productName, OS(u"Digi Prepaid"_s));
            QCOMPARE(d->amount, u"10"_s);
            QCOMPARE(d->sn, OS());
            QCOMPARE(d->pin, OS());
            QCOMPARE(d->expiry, OS());
            QCOMPARE(d->cost, OD(0));
            QCOMPARE(d->balance, OD(950));
            QCOMPARE(d->remarks, OS(u"Transaction rejected by provider"_s));
            QCOMPARE(d->refid, u"POS01-20250520-000127"_s);
            QCOMPARE(d->timestamp, OS(u"2025-05-20 13:10:02"_s));
            QCOMPARE(d->note, OS());
            QCOMPARE(d->voucherlink, OS());
        }

        // The same payloads through the classifier, as answers to the bodies they echo.
        const QByteArray sentBody = QJsonDocument(QJsonObject{{u"refid"_s, d->refid},
                                                              {u"product"_s, d->product},
                                                              {u"account"_s, d->account},
                                                              {u"amount"_s, d->amount}})
                                        .toJson(QJsonDocument::Compact);
        const TopupOutcome o = ReplyClassifier::classifyTopup(200, false, false, "application/json", payload, {},
                                                             sentBody);
        QCOMPARE(o.kind, tag == "Accepted"_L1 ? TopupOutcomeKind::Pending : TopupOutcomeKind::Final);
        QVERIFY(!o.echoMismatch);
        QVERIFY(o.data);
        QCOMPARE(o.data->refid, d->refid);
    }

    void amountForms_data()
    {
        QTest::addColumn<QJsonValue>("amount");
        QTest::addColumn<QString>("expected");
        QTest::newRow("integer number") << QJsonValue(10) << u"10"_s;
        QTest::newRow("whole double") << QJsonValue(10.0) << u"10"_s;
        QTest::newRow("decimal number") << QJsonValue(48.6333) << u"48.6333"_s;
        QTest::newRow("cents number") << QJsonValue(9.85) << u"9.85"_s;
        QTest::newRow("string with cents") << QJsonValue(u"150.00"_s) << u"150.00"_s;
        QTest::newRow("plain string") << QJsonValue(u"100"_s) << u"100"_s;
        QTest::newRow("string with spaces") << QJsonValue(u" 12.5 "_s) << u"12.5"_s;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QString();
        QTest::newRow("non-numeric string kept verbatim") << QJsonValue(u"ten"_s) << u"ten"_s;
    }

    void amountForms()
    {
        QFETCH(QJsonValue, amount);
        QFETCH(QString, expected);
        QJsonObject data{{u"status"_s, u"Accepted"_s}};
        if (!amount.isUndefined())
            data.insert(u"amount"_s, amount);
        const auto d = ReplyClassifier::parseTopupData(data);
        QVERIFY(d);
        QCOMPARE(d->amount, expected);
    }

    void statusCodeForms_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("expected");   // -1 = nullopt
        QTest::newRow("number") << QJsonValue(20) << 20;
        QTest::newRow("zero") << QJsonValue(0) << 0;
        QTest::newRow("numeric string") << QJsonValue(u"48"_s) << 48;
        QTest::newRow("string zero") << QJsonValue(u"0"_s) << 0;
        QTest::newRow("fraction") << QJsonValue(20.5) << -1;
        QTest::newRow("text") << QJsonValue(u"ok"_s) << -1;
        QTest::newRow("empty string") << QJsonValue(u""_s) << -1;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << -1;
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << -1;
    }

    void statusCodeForms()
    {
        QFETCH(QJsonValue, value);
        QFETCH(int, expected);
        QJsonObject data{{u"status"_s, u"Failed"_s}};
        if (!value.isUndefined())
            data.insert(u"statusCode"_s, value);
        const auto d = ReplyClassifier::parseTopupData(data);
        QVERIFY(d);
        QCOMPARE(d->statusCode, expected < 0 ? std::optional<int>() : std::optional<int>(expected));
    }

    void moneyForms_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("present");
        QTest::addColumn<double>("expected");
        QTest::newRow("number") << QJsonValue(9.85) << true << 9.85;
        QTest::newRow("integer") << QJsonValue(950) << true << 950.0;
        QTest::newRow("string") << QJsonValue(u"48.6333"_s) << true << 48.6333;
        QTest::newRow("string zero") << QJsonValue(u"0"_s) << true << 0.0;
        QTest::newRow("text") << QJsonValue(u"n/a"_s) << false << 0.0;
        QTest::newRow("empty") << QJsonValue(u""_s) << false << 0.0;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << 0.0;
    }

    void moneyForms()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, present);
        QFETCH(double, expected);
        const auto d = ReplyClassifier::parseTopupData(
            QJsonObject{{u"status"_s, u"Succesful"_s}, {u"cost"_s, value}, {u"balance"_s, value}});
        QVERIFY(d);
        const std::optional<double> want = present ? std::optional<double>(expected) : std::nullopt;
        QCOMPARE(d->cost, want);
        QCOMPARE(d->balance, want);
    }

    // Absent, null and "" are all "not returned": the receipt must not show the label.
    void optionalTextForms_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");   // "" = nullopt
        for (const char *f : {"sn", "pin", "expiry", "voucherlink", "note", "remarks", "productName", "timestamp"}) {
            const QString field = QString::fromLatin1(f);
            QTest::addRow("%s absent", f) << field << QJsonValue(QJsonValue::Undefined) << QString();
            QTest::addRow("%s null", f) << field << QJsonValue(QJsonValue::Null) << QString();
            QTest::addRow("%s empty", f) << field << QJsonValue(u""_s) << QString();
            QTest::addRow("%s set", f) << field << QJsonValue(u"X-1"_s) << u"X-1"_s;
        }
        QTest::newRow("sn as number") << u"sn"_s << QJsonValue(106648697) << u"106648697"_s;
    }

    void optionalTextForms()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject data{{u"status"_s, u"Succesful"_s}};
        if (!value.isUndefined())
            data.insert(field, value);
        const auto d = ReplyClassifier::parseTopupData(data);
        QVERIFY(d);
        const QHash<QString, std::optional<QString>> got{
            {u"sn"_s, d->sn}, {u"pin"_s, d->pin}, {u"expiry"_s, d->expiry},
            {u"voucherlink"_s, d->voucherlink}, {u"note"_s, d->note}, {u"remarks"_s, d->remarks},
            {u"productName"_s, d->productName}, {u"timestamp"_s, d->timestamp}};
        QVERIFY(got.contains(field));
        QCOMPARE(got.value(field), expected.isEmpty() ? std::optional<QString>() : std::optional<QString>(expected));
        // Every other optional field stays unset.
        for (auto it = got.cbegin(); it != got.cend(); ++it) {
            if (it.key() != field)
                QVERIFY2(!it.value().has_value(), qPrintable(it.key()));
        }
    }

    void notATransaction_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::newRow("empty") << QJsonObject();
        QTest::newRow("status missing") << QJsonObject{{u"refid"_s, u"R"_s}, {u"statusCode"_s, 20}};
        QTest::newRow("status empty") << QJsonObject{{u"status"_s, u""_s}};
        QTest::newRow("status numeric") << QJsonObject{{u"status"_s, 20}};
        QTest::newRow("status null") << QJsonObject{{u"status"_s, QJsonValue::Null}};
    }

    void notATransaction()
    {
        QFETCH(QJsonObject, data);
        QVERIFY(!ReplyClassifier::parseTopupData(data).has_value());
    }

    void canonicalDecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("10") << u"10"_s << u"10"_s;
        QTest::newRow("10.00") << u"10.00"_s << u"10"_s;
        QTest::newRow("010.50") << u"010.50"_s << u"10.5"_s;
        QTest::newRow("0.0") << u"0.0"_s << u"0"_s;
        QTest::newRow(".5") << u".5"_s << u"0.5"_s;
        QTest::newRow("5.") << u"5."_s << u"5"_s;
        QTest::newRow("-0.00") << u"-0.00"_s << u"0"_s;
        QTest::newRow("-1.20") << u"-1.20"_s << u"-1.2"_s;
        QTest::newRow("+3") << u"+3"_s << u"3"_s;
        QTest::newRow("48.6333") << u"48.6333"_s << u"48.6333"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("dot") << u"."_s << QString();
        QTest::newRow("exponent") << u"1e3"_s << QString();
        QTest::newRow("comma") << u"1,000"_s << QString();
        QTest::newRow("two dots") << u"1.2.3"_s << QString();
        QTest::newRow("RM prefix") << u"RM10"_s << QString();
    }

    void canonicalDecimal()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ReplyClassifier::canonicalDecimal(text), expected);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("secs");
        QTest::newRow("1") << QByteArray("1") << 1;
        QTest::newRow("30") << QByteArray("30") << 30;
        QTest::newRow("padded") << QByteArray(" 7 ") << 7;
        QTest::newRow("zero clamps to 1") << QByteArray("0") << 1;
        QTest::newRow("hour cap") << QByteArray("86400") << 3600;
        QTest::newRow("missing") << QByteArray() << 5;
        QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 5;
        QTest::newRow("fraction") << QByteArray("1.5") << 5;
        QTest::newRow("negative") << QByteArray("-1") << 5;
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, secs);
        QCOMPARE(ReplyClassifier::parseRetryAfter(header), secs);
    }

    // What is signed (decoded pairs) must be what a server decodes from the wire.
    void endpointUrl_data()
    {
        QTest::addColumn<QUrl>("base");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<RequestSigner::QueryItems>("query");
        QTest::addColumn<QString>("path");
        QTest::newRow("host only") << QUrl(u"https://staging.iimmpact.com"_s) << u"topup"_s
                                   << RequestSigner::QueryItems{} << u"/v2/topup"_s;
        QTest::newRow("trailing slash") << QUrl(u"https://api.iimmpact.com/"_s) << u"balance"_s
                                        << RequestSigner::QueryItems{} << u"/v2/balance"_s;
        QTest::newRow("relay prefix") << QUrl(u"https://relay.example.my/iimmpact/"_s) << u"networkstatus"_s
                                      << RequestSigner::QueryItems{{u"product"_s, u"TNB"_s}}
                                      << u"/iimmpact/v2/networkstatus"_s;
        QTest::newRow("date range with spaces, repeated keys")
            << QUrl(u"http://127.0.0.1:8080"_s) << u"transactions"_s
            << RequestSigner::QueryItems{{u"limit"_s, u"50"_s}, {u"date"_s, u"2025-05-01 - 2025-05-31"_s},
                                         {u"status"_s, u"SUCCESSFUL"_s}, {u"status"_s, u"FAILED"_s}}
            << u"/v2/transactions"_s;
        QTest::newRow("reserved characters") << QUrl(u"http://127.0.0.1:8080"_s) << u"bill-presentment"_s
                                             << RequestSigner::QueryItems{{u"account"_s, u"A+B&C=D #1 %41 50%"_s},
                                                                          {u"ref2"_s, u"INV/2025?x;y,z"_s},
                                                                          {u"product"_s, u"JOMPAY"_s},
                                                                          {u"remarks"_s, u"Kedai Ah Seng – Pulau Pinang"_s}}
                                             << u"/v2/bill-presentment"_s;
    }

    void endpointUrl()
    {
        QFETCH(QUrl, base);
        QFETCH(QString, endpoint);
        QFETCH(RequestSigner::QueryItems, query);
        QFETCH(QString, path);

        const QUrl url = IimmpactClient::endpointUrl(base, endpoint, query);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), base.scheme());
        QCOMPARE(url.host(), base.host());
        QCOMPARE(url.port(), base.port());
        QCOMPARE(url.path(), path);
        QCOMPARE(url.hasQuery(), !query.isEmpty());

        // Re-parse the exact wire form, as a server would, and decode.
        const QUrl onWire = QUrl::fromEncoded(url.toEncoded(), QUrl::StrictMode);
        QVERIFY(onWire.isValid());
        const auto decoded = QUrlQuery(onWire).queryItems(QUrl::FullyDecoded);
        QCOMPARE(decoded, query);
        QCOMPARE(RequestSigner::canonicalQuery(decoded), RequestSigner::canonicalQuery(query));
        // '+' must not reach a form decoder as a literal plus (it would become a space).
        QVERIFY(!url.query(QUrl::FullyEncoded).contains(u'+'));
    }

    void readClassification_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<bool>("transport");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("retryAfterSecs");
        QTest::addColumn<bool>("hasJson");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("200 object") << 200 << false << false
                                    << QByteArray(R"({"data":{"account":"3100528","balance":950}})") << QByteArray()
                                    << true << u"Unknown"_s << 0 << true << QString();
        QTest::newRow("200 unwrapped catalog") << 200 << false << false
                                               << QByteArray(R"({"last_updated":"2025-01-07T00:00:00Z","tree":{},"products":{}})")
                                               << QByteArray() << true << u"Unknown"_s << 0 << true << QString();
        QTest::newRow("200 array root") << 200 << false << false << QByteArray("[1,2]") << QByteArray() << false
                                        << u"Unknown"_s << 0 << false << u"unreadable"_s;
        QTest::newRow("200 HTML") << 200 << false << false << html(200) << QByteArray() << false << u"Unknown"_s
                                  << 0 << false << u"unreadable"_s;
        QTest::newRow("200 truncated") << 200 << false << false << QByteArray("{\"data\":{\"bal") << QByteArray()
                                       << false << u"Unknown"_s << 0 << false << u"unreadable"_s;
        QTest::newRow("400 error_message") << 400 << false << false
                                           << QByteArray(R"({"error_message":"The provided biller code is invalid"})")
                                           << QByteArray() << false << u"Unknown"_s << 0 << true
                                           << u"The provided biller code is invalid"_s;
        QTest::newRow("401") << 401 << false << false
                             << QByteArray(R"({"error":"invalid_signature","message":"Signature mismatch"})")
                             << QByteArray() << false << u"AuthError"_s << 0 << true << u"Signature mismatch"_s;
        QTest::newRow("403 HTML") << 403 << false << false << html(403) << QByteArray() << false << u"AuthError"_s
                                  << 0 << false << u"403"_s;
        QTest::newRow("429") << 429 << false << false << QByteArray() << QByteArray("7") << false
                             << u"RateLimited"_s << 7 << false << u"7"_s;
        QTest::newRow("500") << 500 << false << false << html(500) << QByteArray() << false << u"Unknown"_s << 0
                             << false << u"500"_s;
        QTest::newRow("302") << 302 << false << false << QByteArray() << QByteArray() << false << u"Unknown"_s << 0
                             << false << u"302"_s;
        QTest::newRow("transport") << 0 << true << false << QByteArray() << QByteArray() << false << u"Unknown"_s
                                   << 0 << false << u"connection"_s;
        QTest::newRow("timeout") << 0 << false << true << QByteArray() << QByteArray() << false << u"Unknown"_s
                                 << 0 << false << u"time limit"_s;
    }

    void readClassification()
    {
        QFETCH(int, http);
        QFETCH(bool, transport);
        QFETCH(bool, timedOut);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, ok);
        QFETCH(QString, kind);
        QFETCH(int, retryAfterSecs);
        QFETCH(bool, hasJson);
        QFETCH(QString, messagePart);

        const ApiReadResult r = ReplyClassifier::classifyRead(http, transport, timedOut, body, retryAfter);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.httpStatus, timedOut ? 0 : http);
        QCOMPARE(r.json.isEmpty(), !hasJson);
        if (hasJson)
            QCOMPARE(r.json, QJsonDocument::fromJson(body).object());
        if (ok) {
            QVERIFY(r.errorMessage.isEmpty());
        } else {
            QCOMPARE(kindName(r.errorKind), kind);
            QCOMPARE(r.retryAfterSecs, retryAfterSecs);
            QVERIFY2(r.errorMessage.contains(messagePart), qPrintable(r.errorMessage));
        }
    }
};

QTEST_GUILESS_MAIN(TestTopupClassifier)
#include "tst_topupclassifier.moc"

#include "api/RequestSigner.h"
#include "util/Clock.h"

#include <QtTest>

// The three vectors of API reference §2.3, byte for byte.
class TestRequestSigner : public QObject
{
    Q_OBJECT

private:
    static QByteArray secret() { return QByteArrayLiteral("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="); }

private slots:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<RequestSigner::QueryItems>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<QByteArray>("canonical");
        QTest::addColumn<QByteArray>("signature");

        QTest::newRow("A GET balance")
            << QByteArray("GET") << RequestSigner::QueryItems{} << QByteArray()
            << QByteArray("req-1704067200-a1b2c3d4e5f6a7b8")
            << QByteArray("v1:1704067200:req-1704067200-a1b2c3d4e5f6a7b8:GET::47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
            << QByteArray("v1=g7zMlM76wUiS66MO6xtzAqmHSlf0gcLnmbV0lLjV4qA=");
        QTest::newRow("B POST topup")
            << QByteArray("POST") << RequestSigner::QueryItems{}
            << QByteArray(R"({"refid":"POS01-000123","product":"D","account":"0123456789","amount":10})")
            << QByteArray("req-1704067200-0f1e2d3c4b5a6978")
            << QByteArray("v1:1704067200:req-1704067200-0f1e2d3c4b5a6978:POST::EYW0vx94DUgo3HJDKxUWXp1V+YiO73LvvWABA/Lbx5g=")
            << QByteArray("v1=6U2r552hHKUlh6yWIpB7kPNRqKPB+t2MHH0jwsknvDo=");
        QTest::newRow("C GET transactions, repeated keys")
            << QByteArray("get")
            << RequestSigner::QueryItems{{QStringLiteral("limit"), QStringLiteral("50")},
                                         {QStringLiteral("date"), QStringLiteral("2025-05-01")},
                                         {QStringLiteral("status"), QStringLiteral("SUCCESSFUL")},
                                         {QStringLiteral("status"), QStringLiteral("FAILED")}}
            << QByteArray() << QByteArray("req-1704067200-9988776655443322")
            << QByteArray("v1:1704067200:req-1704067200-9988776655443322:GET:date=2025-05-01&limit=50&status=FAILED&status=SUCCESSFUL:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
            << QByteArray("v1=PTdE48Am3Vf07cbNepfFWWQ5EGnkd1SzZTHJ+UDKAU8=");
    }

    void vectors()
    {
        QFETCH(QByteArray, method);
        QFETCH(RequestSigner::QueryItems, query);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, nonce);
        QFETCH(QByteArray, canonical);
        QFETCH(QByteArray, signature);

        QCOMPARE(RequestSigner::canonicalString("1704067200", nonce, method,
                                                RequestSigner::canonicalQuery(query), body),
                 canonical);
        ManualClock clock;
        RequestSigner signer("iimm_test_key", secret(), clock);
        const auto h = signer.signWith(method, query, body, "1704067200", nonce);
        QCOMPARE(h.signature, signature);
        QCOMPARE(h.apiKey, QByteArray("iimm_test_key"));
        QCOMPARE(h.timestamp, QByteArray("1704067200"));
        QCOMPARE(h.nonce, nonce);
    }

    void undecodedSecretGivesTheOtherSignature()
    {
        const QByteArray canon = "v1:1704067200:req-1704067200-a1b2c3d4e5f6a7b8:GET::47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
        QCOMPARE(RequestSigner::signature(secret(), canon),
                 QByteArray("2o/Fp6FqW9rKRbtndt2TocwdH0EhRqRsei7BkFc7tpU="));
        QCOMPARE(RequestSigner::signature(QByteArray::fromBase64(secret()), canon),
                 QByteArray("g7zMlM76wUiS66MO6xtzAqmHSlf0gcLnmbV0lLjV4qA="));
    }

    void freshNoncePerRequest()
    {
        ManualClock clock;
        RequestSigner signer("k", secret(), clock);
        const auto a = signer.sign("POST", {}, "{}");
        const auto b = signer.sign("POST", {}, "{}");
        QVERIFY(a.nonce != b.nonce);
        QVERIFY(a.signature != b.signature);
        QVERIFY(a.nonce.size() >= 16 && a.nonce.size() <= 128);
        QCOMPARE(a.timestamp, QByteArray("1704067200"));
        QCOMPARE(a.timestamp.size(), 10);
    }

    void secretValidity_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<bool>("valid");
        QTest::newRow("good") << secret() << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("not base64") << QByteArray("not*base64!") << false;
        QTest::newRow("whitespace") << QByteArray("   ") << false;
    }
    void secretValidity()
    {
        QFETCH(QByteArray, secret);
        QFETCH(bool, valid);
        QCOMPARE(RequestSigner::isValidSecret(secret), valid);
    }
};

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"

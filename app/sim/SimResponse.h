#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One HTTP answer of the simulator, plus how to deliver it. Faults change only the delivery
// (drop, delay) or the bytes; the ledger work behind them has already happened.
struct SimResponse
{
    enum class Delivery { Now, Delayed, Drop };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;   // Content-Type included
    QByteArray body;
    Delivery delivery = Delivery::Now;
    int delayMs = 0;

    static SimResponse json(int status, const QJsonObject &object)
    {
        SimResponse r;
        r.status = status;
        r.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }

    static SimResponse html(int status, const QByteArray &page)
    {
        SimResponse r;
        r.status = status;
        r.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")}};
        r.body = page;
        return r;
    }

    // {"error": ..., "message": ...}: the 401 shape of API reference §2.5.
    static SimResponse authError(const QString &error, const QString &message)
    {
        return json(401, QJsonObject{{QStringLiteral("error"), error},
                                     {QStringLiteral("message"), message}});
    }

    // {"message": ...}: gateway-style errors of the read endpoints.
    static SimResponse message(int status, const QString &text)
    {
        return json(status, QJsonObject{{QStringLiteral("message"), text}});
    }
};

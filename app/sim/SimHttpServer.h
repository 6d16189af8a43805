#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <functional>

// QtHttpServer's abstract server with one handler for every request. The simulator needs
// what QHttpServer's router hides: the raw socket (to drop a connection after committing a
// transaction) and a responder it can keep to answer later (delays) without QtConcurrent.
class SimHttpServer : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

    // QAbstractHttpServer::makeResponder is protected; the handler needs it.
    static QHttpServerResponder responder(const QHttpServerRequest &request, QTcpSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

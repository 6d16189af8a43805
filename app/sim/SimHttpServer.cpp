#include "SimHttpServer.h"

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

QHttpServerResponder SimHttpServer::responder(const QHttpServerRequest &request, QTcpSocket *socket)
{
    return makeResponder(request, socket);
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;   // the handler answers everything, including 404s
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest always claims the request. Answer anyway, so a client never hangs.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

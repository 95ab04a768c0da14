#include "GuardedTcpServer.h"

#include "RequestSizeGuard.h"

#include <QTcpSocket>

namespace lever::sandbox {

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBody(maxBodyBytes)
{}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new RequestSizeGuard(socket, m_maxBody);
    addPendingConnection(socket);
}

} // namespace lever::sandbox

#pragma once

#include <QTcpServer>

namespace lever::sandbox {

// A QTcpServer that puts a RequestSizeGuard on every connection before QtHttpServer sees it.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_maxBody;
};

} // namespace lever::sandbox

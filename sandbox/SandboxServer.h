#pragma once

#include <QAbstractHttpServer>

namespace lever::sandbox {

class Sandbox;

// QtHttpServer front end: turns each HTTP request into a sandbox Request, applies injected
// latency and dropped connections, and writes the Response. All routing lives in Sandbox/Router,
// so 404 and 405 answers carry Lever's `{code, message}` body.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(Sandbox &sandbox, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Sandbox &m_sandbox;
};

} // namespace lever::sandbox

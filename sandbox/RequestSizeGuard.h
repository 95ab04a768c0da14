#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace lever::sandbox {

// Watches one connection's incoming bytes ahead of QtHttpServer, which buffers whole bodies before
// handing a request over: a request announcing (or streaming) more than the limit is answered 413 at
// once, so a hostile client cannot make the server hold a huge body. The rest of the body is read and
// dropped (a lingering close), so a client that sends it anyway still reads the answer.
class RequestSizeGuard : public QObject
{
    Q_OBJECT
public:
    // Must be created before QtHttpServer connects to the socket, so its slot runs first.
    RequestSizeGuard(QTcpSocket *socket, qint64 maxBodyBytes, qint64 maxHeaderBytes = 64 * 1024);

private:
    void inspect();
    bool consume(const char *data, qint64 size);
    void refuse(int status, const QByteArray &reason, const QByteArray &message);
    void drain();

    // How long a refused client may go on sending before the connection is dropped.
    static constexpr int kLingerMs = 10000;

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    qint64 m_maxHeader;
    QByteArray m_header;    // header bytes of the request being read
    qint64 m_bodyLeft = 0;  // declared body bytes still to come
    bool m_chunked = false; // chunked body: counted until its terminating chunk
    qint64 m_chunkedSeen = 0;
    QByteArray m_chunkTail; // last bytes of a chunked body, to spot "0\r\n\r\n"
    bool m_refused = false;
    bool m_shutDown = false; // our side closed for writing, the answer sent
    qint64 m_drainLeft = 0;  // bytes still read and dropped after a refusal
};

} // namespace lever::sandbox

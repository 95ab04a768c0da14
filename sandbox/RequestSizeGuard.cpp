#include "RequestSizeGuard.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace lever::sandbox {

RequestSizeGuard::RequestSizeGuard(QTcpSocket *socket, qint64 maxBodyBytes, qint64 maxHeaderBytes)
    : QObject(socket)
    , m_socket(socket)
    , m_maxBody(maxBodyBytes)
    , m_maxHeader(maxHeaderBytes)
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestSizeGuard::inspect);
}

void RequestSizeGuard::inspect()
{
    if (m_refused)
        return;
    // Peek: the HTTP parser connected after us reads the same bytes right after this slot.
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    consume(data.constData(), data.size());
}

bool RequestSizeGuard::consume(const char *data, qint64 size)
{
    while (size > 0 && !m_refused) {
        if (m_bodyLeft > 0) {
            const qint64 n = qMin(m_bodyLeft, size);
            m_bodyLeft -= n;
            data += n;
            size -= n;
            continue;
        }
        if (m_chunked) {
            m_chunkedSeen += size;
            if (m_chunkedSeen > m_maxBody) {
                refuse(413, "Payload Too Large", "The request body is too large");
                return false;
            }
            m_chunkTail = QByteArray(m_chunkTail + QByteArray(data, size)).right(5);
            if (m_chunkTail == "0\r\n\r\n") {
                m_chunked = false;
                m_chunkedSeen = 0;
                m_chunkTail.clear();
            }
            return true;
        }
        // Reading headers: up to the blank line.
        const qsizetype before = m_header.size();
        m_header.append(data, qsizetype(qMin<qint64>(size, m_maxHeader + 4)));
        const qsizetype end = m_header.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_header.size() > m_maxHeader)
                refuse(431, "Request Header Fields Too Large", "The request headers are too large");
            return true;
        }
        const qint64 used = end + 4 - before;
        data += used;
        size -= used;
        const QList<QByteArray> lines = m_header.left(end).split('\n');
        m_header.clear();
        for (const QByteArray &raw : lines) {
            const QByteArray line = raw.trimmed().toLower();
            if (line.startsWith("content-length:")) {
                bool ok = false;
                const qint64 length = line.mid(15).trimmed().toLongLong(&ok);
                if (ok && length > m_maxBody) {
                    refuse(413, "Payload Too Large", "The request body is too large");
                    return false;
                }
                m_bodyLeft = ok ? length : 0;
            } else if (line.startsWith("transfer-encoding:") && line.contains("chunked")) {
                m_chunked = true;
            }
        }
    }
    return true;
}

void RequestSizeGuard::refuse(int status, const QByteArray &reason, const QByteArray &message)
{
    m_refused = true;
    const QByteArray code = status == 431 ? "RequestHeaderFieldsTooLarge" : "PayloadTooLarge";
    const QByteArray body = "{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                    "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // From now on only this guard reads the connection, and throws away what comes: QtHttpServer
    // would buffer it all.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestSizeGuard::drain);
    // A lingering close: closing with unread bytes makes the kernel reset the connection, and a
    // client still sending its body would lose the answer. So the answer goes out, then our side
    // closes for writing, and the rest of the body is read and dropped until the client closes, up
    // to a limit in bytes and in time.
    m_drainLeft = 2 * m_maxBody + 64 * 1024;
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0 && !m_shutDown) {
            m_shutDown = true;
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        }
    });
    m_socket->flush();
    QTimer::singleShot(kLingerMs, m_socket, [socket = m_socket] { socket->abort(); });
    drain();
}

void RequestSizeGuard::drain()
{
    const QByteArray dropped = m_socket->read(qMin(m_socket->bytesAvailable(), m_drainLeft));
    m_drainLeft -= dropped.size();
    if (m_drainLeft <= 0)
        m_socket->abort();
}

} // namespace lever::sandbox

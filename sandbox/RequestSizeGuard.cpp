#include "RequestSizeGuard.h"

#include <QTcpSocket>

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
    const QByteArray body = "{\"code\":\"PayloadTooLarge\",\"message\":\"" + message + "\"}";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                    "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    m_socket->disconnectFromHost();
}

} // namespace lever::sandbox

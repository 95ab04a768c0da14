#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for what the sandbox cannot show: the exact bytes of each
// request line, and answers scripted per request. One request per connection (it closes after
// answering), which is all these tests need.
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>

namespace lever::test {

class RawHttpServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    // Gets the request line ("GET /v1/x?y HTTP/1.1"), the request's headers and body, answers.
    using Handler = std::function<Answer(const QByteArray &requestLine, const QByteArray &headers,
                                         const QByteArray &body)>;

    explicit RawHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const qsizetype lineEnd = buffer->indexOf("\r\n");
                    const QByteArray line = buffer->left(lineEnd);
                    const QByteArray headers = buffer->mid(lineEnd + 2, end - lineEnd - 2);
                    qsizetype length = 0;
                    for (const QByteArray &h : headers.split('\n')) {
                        if (h.toLower().startsWith("content-length:"))
                            length = h.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return; // the body is still coming
                    const QByteArray body = buffer->mid(end + 4, length);
                    m_lines.append(line);
                    m_headers.append(headers);
                    m_bodies.append(body);
                    const Answer a = m_handler(line, headers, body);
                    QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) +
                                     " X\r\nContent-Type: application/json\r\n"
                                     "Connection: close\r\nContent-Length: " +
                                     QByteArray::number(a.body.size()) + "\r\n";
                    for (const auto &[name, value] : a.headers)
                        out += name + ": " + value + "\r\n";
                    out += "\r\n" + a.body;
                    socket->write(out);
                    socket->disconnectFromHost();
                    buffer->clear();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort())); }
    const QList<QByteArray> &requestLines() const { return m_lines; }
    const QList<QByteArray> &requestHeaders() const { return m_headers; }
    const QList<QByteArray> &requestBodies() const { return m_bodies; }

private:
    Handler m_handler;
    QTcpServer m_server;
    QList<QByteArray> m_lines;
    QList<QByteArray> m_headers;
    QList<QByteArray> m_bodies;
};

} // namespace lever::test

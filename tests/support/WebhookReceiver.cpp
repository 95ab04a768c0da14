#include "WebhookReceiver.h"

#include "SandboxFixture.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace lever::test {

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QObject(parent)
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("webhook receiver cannot listen: %s", qPrintable(m_server.errorString()));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

WebhookReceiver::~WebhookReceiver()
{
    // Open sockets die with the server after our members are gone: silence them first.
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

QString WebhookReceiver::url(const QString &path) const
{
    return u"http://127.0.0.1:"_s + QString::number(m_server.serverPort()) + path;
}

QJsonObject WebhookReceiver::subscribe(SandboxFixture &f, const QString &event, const QString &path,
                                       const QStringList &origins) const
{
    QJsonObject body{{u"event"_s, event}, {u"url"_s, url(path)}};
    if (!origins.isEmpty())
        body.insert(
            u"configuration"_s,
            QJsonObject{{u"conditions"_s, QJsonObject{{u"origins"_s, QJsonArray::fromStringList(origins)}}}});
    const auto r = f.post(u"/webhooks"_s, body);
    if (r.status != 201)
        qWarning() << "webhook creation failed:" << r.status << r.body;
    return r.data();
}

QJsonArray WebhookReceiver::deliveries(SandboxFixture &f, const QString &query)
{
    const auto r = f.send("GET", QUrl(f.sandbox().origin() + u"/_sandbox/webhook_deliveries"_s + query), {},
                          f.basicAuth());
    if (r.status != 200)
        qWarning() << "cannot list webhook deliveries:" << r.status << r.body;
    return r.json.value(u"data"_s).toArray();
}

void WebhookReceiver::script(const QList<int> &statuses, int thereafter)
{
    m_script = statuses;
    m_thereafter = thereafter;
}

bool WebhookReceiver::waitForHits(qsizetype count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_hits.size() < count && !deadline.hasExpired())
        QTest::qWait(10);
    return m_hits.size() >= count;
}

void WebhookReceiver::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // One request per connection is enough: every answer closes the connection.
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Hit hit;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    hit.method = requestLine.value(0);
    hit.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            hit.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                               lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = hit.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    hit.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    const QJsonDocument doc = QJsonDocument::fromJson(hit.body);
    if (doc.isObject())
        hit.json = doc.object();
    m_hits.append(hit);
    if (!m_silent) {
        const int status = m_script.isEmpty() ? m_thereafter : m_script.takeFirst();
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Length: 0\r\n";
        if (status >= 300 && status < 400)
            answer += "Location: /redirected\r\n";
        answer += "Connection: close\r\n\r\n";
        socket->write(answer);
        socket->disconnectFromHost();
    }
    Q_EMIT received();
}

} // namespace lever::test

#include "LoopbackReceiver.h"

#include "AuthLog.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lever::auth {

namespace {
constexpr qsizetype kMaxEchoChars = 300;
const char *const kAnswered = "leverAnswered";

struct Query
{
    QList<QPair<QString, QString>> items;
    QString value(const QString &name) const
    {
        for (const auto &[key, v] : items) {
            if (key == name)
                return v;
        }
        return {};
    }
    int count(const QString &name) const
    {
        int n = 0;
        for (const auto &item : items)
            n += item.first == name;
        return n;
    }
};

Query parseQuery(const QByteArray &raw)
{
    Query q;
    const QList<QByteArray> pairs = raw.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray part) { return QUrl::fromPercentEncoding(part.replace('+', ' ')); };
        q.items.append(
            {decode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
    return q;
}

// Compares without stopping at the first difference, so timing says nothing about the expected state.
bool sameState(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= char(x.at(i) ^ y.at(i));
    return diff == 0;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Request Header Fields Too Large";
    }
}
} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Redirect>();
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen(const QString &expectedState, const QHostAddress &address, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcAuth) << "sign-in listener not started:" << message;
        return false;
    };
    if (address != QHostAddress(QHostAddress::LocalHost))
        return fail(tr("The sign-in listener binds to 127.0.0.1 only, not to %1.").arg(address.toString()));
    if (expectedState.isEmpty())
        return fail(tr("The sign-in listener needs the state of the request it waits for."));
    if (m_server)
        return fail(tr("The sign-in listener was already started."));
    m_server = new QTcpServer(this);
    if (!m_server->listen(address, 0))
        return fail(tr("Could not listen on 127.0.0.1: %1").arg(m_server->errorString()));
    m_state = expectedState;
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::accept);
    qCInfo(lcAuth) << "sign-in listener on 127.0.0.1 port" << m_server->serverPort();
    return true;
}

bool LoopbackReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 LoopbackReceiver::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress LoopbackReceiver::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

QUrl LoopbackReceiver::redirectUri() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port()) + u"/callback"_s);
}

void LoopbackReceiver::close()
{
    if (!m_server)
        return;
    if (m_server->isListening()) {
        m_server->close();
        qCInfo(lcAuth) << "sign-in listener closed";
    }
    const QList<QTcpSocket *> sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (!socket->property(kAnswered).toBool())
            socket->abort();
    }
}

void LoopbackReceiver::accept()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_done || m_server->findChildren<QTcpSocket *>().size() > kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // Bounded buffering: a peer that never ends its request head gets 431, not our memory.
        socket->setReadBufferSize(kMaxRequestBytes + 1);
        QTimer::singleShot(kConnectionTimeoutMs, socket, [socket] { socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
    }
}

void LoopbackReceiver::read(QTcpSocket *socket)
{
    if (socket->property(kAnswered).toBool()) {
        socket->skip(socket->bytesAvailable());
        return;
    }
    const QByteArray peek = socket->peek(kMaxRequestBytes + 1);
    qsizetype end = peek.indexOf("\r\n\r\n");
    if (end < 0)
        end = peek.indexOf("\n\n");
    if (end < 0) {
        if (peek.size() > kMaxRequestBytes)
            respond(socket, 431, tr("Request too large"), tr("This request is too large."));
        return;
    }
    const QByteArray head = socket->read(end);
    socket->skip(socket->bytesAvailable());
    handle(socket, head);
}

void LoopbackReceiver::handle(QTcpSocket *socket, const QByteArray &head)
{
    const qsizetype lineEnd = head.indexOf('\n');
    const QByteArray line = (lineEnd < 0 ? head : head.left(lineEnd)).trimmed();
    const QList<QByteArray> parts = line.split(' ');
    const QString invalidTitle = tr("This sign-in link is not valid");
    const QString invalidText = tr("It does not belong to the sign-in in progress. Return to Lever Console "
                                   "and start the sign-in again if it does not complete.");
    if (parts.size() != 3 || !parts.at(1).startsWith('/') || !parts.at(2).startsWith("HTTP/1.")) {
        Q_EMIT rejected(u"malformed request"_s);
        return respond(socket, 400, invalidTitle, invalidText);
    }
    const QByteArray &target = parts.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    if (path != "/callback")
        return respond(socket, 404, tr("Not found"), tr("There is nothing here."));
    if (parts.at(0) != "GET")
        return respond(socket, 405, invalidTitle, invalidText);

    const Query query = parseQuery(question < 0 ? QByteArray() : target.mid(question + 1));
    for (const QString &name : {u"state"_s, u"code"_s, u"error"_s, u"error_description"_s}) {
        if (query.count(name) > 1) {
            Q_EMIT rejected(u"repeated parameter"_s);
            return respond(socket, 400, invalidTitle, invalidText);
        }
    }
    const QString state = query.value(u"state"_s);
    if (state.isEmpty() || !sameState(state, m_state)) {
        qCWarning(lcAuth) << "sign-in redirect refused:" << (state.isEmpty() ? "no state" : "wrong state");
        Q_EMIT rejected(state.isEmpty() ? u"missing state"_s : u"wrong state"_s);
        return respond(socket, 400, invalidTitle, invalidText);
    }

    Redirect redirect;
    redirect.code = query.value(u"code"_s);
    redirect.error = query.value(u"error"_s);
    redirect.errorDescription = query.value(u"error_description"_s);
    if (redirect.code.isEmpty() && redirect.error.isEmpty()) {
        redirect.error = u"invalid_request"_s;
        redirect.errorDescription = u"The redirect carried neither a code nor an error."_s;
    }
    m_done = true;
    if (redirect.error.isEmpty()) {
        respond(socket, 200, tr("You are signed in"),
                tr("You can close this tab and return to Lever Console."));
    } else if (redirect.error == u"access_denied"_s) {
        respond(socket, 200, tr("Sign-in cancelled"),
                tr("Access was not granted, so Lever Console is not signed in. You can close this tab and "
                   "return to Lever Console."));
    } else {
        const QString detail =
            redirect.errorDescription.isEmpty() ? redirect.error : redirect.errorDescription;
        respond(socket, 200, tr("Sign-in failed"),
                tr("The sign-in server reported an error: %1. You can close this tab and return to Lever "
                   "Console.")
                    .arg(detail.left(kMaxEchoChars)));
    }
    qCInfo(lcAuth) << "sign-in redirect accepted"
                   << (redirect.error.isEmpty() ? "with a code" : "with an error");
    close();
    Q_EMIT received(redirect);
}

void LoopbackReceiver::respond(QTcpSocket *socket, int status, const QString &title, const QString &message)
{
    socket->setProperty(kAnswered, true);
    const QByteArray body =
        QString(u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped() +
                u"</title><style>body{font-family:sans-serif;margin:4em auto;max-width:32em;"
                u"line-height:1.5;color:#222}</style></head><body><h1>"_s +
                title.toHtmlEscaped() + u"</h1><p>"_s + message.toHtmlEscaped() + u"</p></body></html>\n"_s)
            .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\n";
    response += "Referrer-Policy: no-referrer\r\n";
    response += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    if (status == 405)
        response += "Allow: GET\r\n";
    response += "Connection: close\r\n\r\n";
    socket->write(response + body);
    socket->disconnectFromHost();
}

} // namespace lever::auth

#include "SandboxServer.h"

#include "FaultInjector.h"
#include "Request.h"
#include "Response.h"
#include "Sandbox.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

void writeResponse(QHttpServerResponder &responder, const Response &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("Server", "lever-sandbox");
    responder.writeBody(response.body);
}
} // namespace

SandboxServer::SandboxServer(Sandbox &sandbox, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_sandbox(sandbox)
{}

bool SandboxServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    Request request;
    request.method = methodName(httpRequest.method());
    const QUrl url = httpRequest.url();
    // Split the still-encoded path, then decode each segment: an id holding "%2F" stays one segment.
    const QStringList rawSegments = url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : rawSegments)
        request.segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    request.path = u'/' + request.segments.join(u'/');
    request.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        request.query.append(item);
    const auto headers = httpRequest.headers();
    for (const auto &[name, value] : headers)
        request.headers.insert(name.toLower(), value);
    request.body = httpRequest.body();
    request.now = QDateTime::currentMSecsSinceEpoch();

    FaultInjector &faults = m_sandbox.faults();
    auto action = FaultInjector::Action::None;
    if (request.path.startsWith(u"/v1/"_s) || request.path == u"/v1"_s) {
        int failStatus = 500;
        action = faults.decide(request.method, request.path.mid(3), &failStatus);
        if (action == FaultInjector::Action::Drop) {
            socket->abort();
            return true;
        }
        if (action == FaultInjector::Action::Fail)
            request.injectedFailure = failStatus;
    }

    const Response response = m_sandbox.handle(request);
    if (action == FaultInjector::Action::LoseAnswer) {
        socket->abort();
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(httpRequest, socket));
    const int latency = faults.nextLatencyMs();
    if (latency <= 0) {
        writeResponse(*responder, response);
        return true;
    }
    QPointer<QTcpSocket> alive(socket);
    QTimer::singleShot(latency, this, [alive, responder, response] {
        if (alive && alive->state() == QAbstractSocket::ConnectedState)
            writeResponse(*responder, response);
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Every request goes through handleRequest, which always answers; this is only a safety net.
    auto responder = makeResponder(request, socket);
    writeResponse(responder, Response::error(404, u"ResourceNotFound"_s, u"Not found"_s));
}

} // namespace lever::sandbox

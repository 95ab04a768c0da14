#pragma once

// Builds the sandbox's Request from fuzz bytes written like an HTTP/1.1 request, so seeds stay readable:
//
//   POST /oauth/token?a=b HTTP/1.1
//   content-type: application/x-www-form-urlencoded
//
//   grant_type=refresh_token&refresh_token=...
//
// The target is decoded the way SandboxServer::handleRequest decodes QHttpServerRequest::url() (segments
// split while still encoded, each decoded on its own; QUrlQuery items fully decoded), so the readers see
// what they see behind the real HTTP front end.

#include "Request.h"

#include <QList>
#include <QUrl>
#include <QUrlQuery>

namespace lever::fuzz {

inline sandbox::Request requestFromHttp(const QByteArray &input)
{
    sandbox::Request request;
    qsizetype split = input.indexOf("\r\n\r\n");
    qsizetype bodyStart = split + 4;
    if (const qsizetype lf = input.indexOf("\n\n"); lf >= 0 && (split < 0 || lf < split)) {
        split = lf;
        bodyStart = lf + 2;
    }
    const QByteArray head = split < 0 ? input : input.left(split);
    request.body = split < 0 ? QByteArray() : input.mid(bodyStart);

    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QByteArray requestLine = lines.isEmpty() ? QByteArray() : lines.takeFirst();
    const qsizetype space = requestLine.indexOf(' ');
    // The front end only ever passes these names (SandboxServer's methodName()).
    static const QList<QByteArray> methods = {"GET",     "PUT",   "DELETE",  "POST", "HEAD",
                                              "OPTIONS", "PATCH", "CONNECT", "TRACE"};
    const QByteArray method = (space < 0 ? requestLine : requestLine.left(space)).toUpper();
    request.method = methods.contains(method) ? method : QByteArray("UNKNOWN");
    QByteArray target = space < 0 ? QByteArray("/") : requestLine.mid(space + 1);
    if (const qsizetype version = target.lastIndexOf(" HTTP/"); version >= 0)
        target.truncate(version);
    if (!target.startsWith('/'))
        target.prepend('/');

    const QUrl url = QUrl::fromEncoded("http://127.0.0.1" + target);
    const QStringList rawSegments = url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : rawSegments)
        request.segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    request.path = u'/' + request.segments.join(u'/');
    request.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        request.query.append(item);

    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    request.now = 1700000000000LL;
    return request;
}

} // namespace lever::fuzz

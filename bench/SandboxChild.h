#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace lever::bench {

// Starts a `lever-sandbox` child with `args` and returns its ready line ({baseUrl, apiKey, …});
// empty when it did not start. Large demo accounts take minutes to generate, hence the long wait.
inline QJsonObject startSandbox(QProcess &server, const QStringList &args)
{
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(QStringLiteral(LEVER_SANDBOX_EXE), args);
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(900000))
        line += server.readAllStandardOutput();
    return QJsonDocument::fromJson(line.trimmed()).object();
}

// One request to the sandbox's test controls (`/_sandbox/<path>`), waited for; the HTTP status, and
// the JSON answer in `answer` when given.
inline int sandboxControl(const QUrl &apiBase, const QString &key, const QByteArray &method,
                          const QString &path, const QJsonObject &body = {}, QJsonObject *answer = nullptr)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(apiBase.adjusted(QUrl::RemovePath).toString() + QStringLiteral("/_sandbox/") + path));
    request.setRawHeader("Authorization", "Basic " + QByteArray(key.toUtf8() + ':').toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        nam.sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer)
        *answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return status;
}

} // namespace lever::bench

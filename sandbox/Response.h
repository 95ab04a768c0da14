#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace lever::sandbox {

// What a route answers: status, body and extra headers.
struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(const QJsonObject &object, int status = 200);
    // `{"data": object}`, the envelope of every single-object answer.
    static Response data(const QJsonObject &object, int status = 200);
    // `{"data": [...], "hasNext": b, "next": token}` from already serialized items.
    static Response page(const QList<QByteArray> &items, bool hasNext, const QString &next);
    static Response page(const QJsonArray &items, bool hasNext, const QString &next);
    static Response error(int status, const QString &code, const QString &message);
    static Response noContent();
    static Response raw(QByteArray body, QByteArray contentType, int status = 200);
    static Response redirect(const QByteArray &location);
};

} // namespace lever::sandbox

#include "Response.h"

#include <QJsonDocument>

namespace lever::sandbox {

Response Response::json(const QJsonObject &object, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::data(const QJsonObject &object, int status)
{
    QJsonObject envelope;
    envelope.insert(QLatin1String("data"), object);
    return json(envelope, status);
}

Response Response::page(const QList<QByteArray> &items, bool hasNext, const QString &next)
{
    // Items are stored as compact JSON; joining them avoids a parse and re-serialise per page.
    qsizetype size = 64 + next.size();
    for (const QByteArray &item : items)
        size += item.size() + 1;
    Response r;
    r.body.reserve(size);
    r.body.append("{\"data\":[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            r.body.append(',');
        r.body.append(items.at(i));
    }
    r.body.append("],\"hasNext\":");
    r.body.append(hasNext ? "true" : "false");
    if (hasNext) {
        r.body.append(",\"next\":");
        // The token is URL-safe ASCII (percent-encoded), so it needs no JSON escaping.
        r.body.append('"').append(next.toLatin1()).append('"');
    }
    r.body.append('}');
    return r;
}

Response Response::page(const QJsonArray &items, bool hasNext, const QString &next)
{
    QList<QByteArray> serialized;
    serialized.reserve(items.size());
    for (const QJsonValue &item : items)
        serialized.append(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact));
    return page(serialized, hasNext, next);
}

Response Response::error(int status, const QString &code, const QString &message)
{
    QJsonObject body;
    body.insert(QLatin1String("code"), code);
    body.insert(QLatin1String("message"), message);
    return json(body, status);
}

Response Response::noContent()
{
    Response r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

Response Response::raw(QByteArray body, QByteArray contentType, int status)
{
    Response r;
    r.status = status;
    r.body = std::move(body);
    r.contentType = std::move(contentType);
    return r;
}

Response Response::redirect(const QByteArray &location)
{
    Response r;
    r.status = 302;
    r.contentType = "text/plain";
    r.headers.append({QByteArrayLiteral("Location"), location});
    return r;
}

} // namespace lever::sandbox

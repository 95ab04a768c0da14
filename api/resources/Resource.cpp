#include "Resource.h"

namespace lever::api {

QString Resource::path(std::initializer_list<QString> parts)
{
    QString out;
    for (const QString &part : parts)
        out += u'/' + Client::segment(part);
    return out;
}

RequestSpec Resource::jsonSpec(const QByteArray &method, const QString &path, const QJsonObject &body,
                               PerformAs performAs, const QByteArray &query)
{
    RequestSpec spec;
    spec.method = method;
    spec.path = path;
    spec.query = query;
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.contentType = "application/json";
    spec.performAs = performAs;
    return spec;
}

Call<NoContent> Resource::remove(const QString &path, PerformAs performAs)
{
    RequestSpec spec;
    spec.method = "DELETE";
    spec.path = path;
    spec.performAs = performAs;
    return Call<NoContent>(m_client.createJob(std::move(spec), Parsers::none()));
}

} // namespace lever::api

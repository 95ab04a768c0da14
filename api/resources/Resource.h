#pragma once

#include "Call.h"
#include "Client.h"
#include "Pager.h"
#include "Parsers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <initializer_list>

namespace lever::api {

// What every resource class shares: building paths and the request shapes Lever uses
// (`{"data": ...}` reads, JSON writes, 204 deletes, paged lists).
class Resource
{
protected:
    explicit Resource(Client &client)
        : m_client(client)
    {}

    using PerformAs = RequestSpec::PerformAs;

    // "/a/<id>/b": every part percent-encoded, so ids are always one segment.
    static QString path(std::initializer_list<QString> parts);

    template <class T>
    Call<T> read(const QString &path, const QByteArray &query = {}, Priority priority = Priority::Interactive)
    {
        RequestSpec spec;
        spec.path = path;
        spec.query = query;
        spec.priority = priority;
        return Call<T>(m_client.createJob(std::move(spec), Parsers::data<T>()));
    }
    template <class T>
    Call<T> write(const QByteArray &method, const QString &path, const QJsonObject &body, PerformAs performAs,
                  const QByteArray &query = {}, Job::Parser parser = Parsers::data<T>())
    {
        return Call<T>(m_client.createJob(jsonSpec(method, path, body, performAs, query), std::move(parser)));
    }
    Call<NoContent> remove(const QString &path, PerformAs performAs);
    template <class T>
    Pager<T> list(const QString &path, const QByteArray &query, Priority priority, int limit = 100)
    {
        return Pager<T>(m_client.createPager(path, query, Parsers::page<T>(), priority, limit));
    }
    // A call that fails with Category::Invalid and `reason` without sending anything.
    template <class T> Call<T> refuse(const QString &reason)
    {
        RequestSpec spec;
        spec.refusal = reason;
        return Call<T>(m_client.createJob(std::move(spec), Parsers::none()));
    }
    static RequestSpec jsonSpec(const QByteArray &method, const QString &path, const QJsonObject &body,
                                PerformAs performAs, const QByteArray &query);

    Client &m_client;
};

} // namespace lever::api

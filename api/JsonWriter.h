#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lever::api {

// The writing side of the value types: nullable values become JSON null, lists become arrays, and
// request bodies leave out what the caller did not set.
class JsonWriter
{
public:
    template <class V> static QJsonValue nullable(const std::optional<V> &value)
    {
        return value ? QJsonValue(*value) : QJsonValue();
    }
    static QJsonValue nullable(const std::optional<qint64> &value)
    {
        return value ? QJsonValue(double(*value)) : QJsonValue();
    }
    static QJsonValue nullable(const std::optional<QStringList> &value)
    {
        return value ? QJsonValue(strings(*value)) : QJsonValue();
    }
    static QJsonArray strings(const QStringList &values) { return QJsonArray::fromStringList(values); }

    template <class T> static QJsonArray array(const QList<T> &items)
    {
        QJsonArray out;
        for (const T &item : items)
            out.append(item.toJson());
        return out;
    }
    template <class T> static QJsonValue nullableObject(const std::optional<T> &value)
    {
        return value ? QJsonValue(value->toJson()) : QJsonValue();
    }

    // Request bodies: only keys whose optional holds a value.
    template <class V>
    static void set(QJsonObject &object, QLatin1StringView key, const std::optional<V> &value)
    {
        if (value)
            object.insert(key, QJsonValue(*value));
    }
    static void set(QJsonObject &object, QLatin1StringView key, const std::optional<qint64> &value)
    {
        if (value)
            object.insert(key, double(*value));
    }
    static void set(QJsonObject &object, QLatin1StringView key, const std::optional<QStringList> &value)
    {
        if (value)
            object.insert(key, strings(*value));
    }
};

} // namespace lever::api

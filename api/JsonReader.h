#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace lever::api {

template <class T> struct Ref;

// Reads one JSON object into a value type, tolerantly: unknown keys are ignored, null or missing
// keys give the default, but a modelled key holding the wrong JSON type is an error naming its path
// ("data[3].stageChanges[0].updatedAt: expected a number, got a string"). Paths are only built when
// an error happens, so parsing a page stays cheap.
class JsonReader
{
public:
    using Key = QLatin1StringView;

    JsonReader(const QJsonObject &object, QStringList *errors);

    const QJsonObject &object() const { return m_object; }
    bool has(Key key) const;
    bool isNull(Key key) const; // present and null
    QJsonValue raw(Key key) const { return m_object.value(key); }

    QString string(Key key);                        // null/missing: empty
    std::optional<QString> nullableString(Key key); // null/missing: nullopt
    bool boolean(Key key, bool fallback = false);
    std::optional<bool> nullableBool(Key key);
    double number(Key key, double fallback = 0);
    std::optional<double> nullableNumber(Key key);
    qint64 integer(Key key, qint64 fallback = 0);
    std::optional<qint64> nullableInteger(Key key); // epoch ms timestamps, counts
    QStringList strings(Key key);                   // array of strings; null/missing: empty
    std::optional<QStringList> nullableStrings(Key key);
    QJsonObject rawObject(Key key); // kept as JSON (free-form parts of an answer)
    QJsonArray rawArray(Key key);

    // Nested value types (T::read(JsonReader &)).
    template <class R, class T = decltype(R::read(std::declval<JsonReader &>()))>
    std::optional<T> nested(Key key);
    // `R::read(JsonReader &)` makes each item; R is the item type itself or a reader for it.
    template <class R, class T = decltype(R::read(std::declval<JsonReader &>()))> QList<T> list(Key key);
    template <class T> Ref<T> ref(Key key); // an id, or the object `expand` put in its place
    template <class T> QList<Ref<T>> refs(Key key);

    // Reports a problem at `key` (value types use it for their own checks).
    void fail(Key key, const QString &problem);
    bool failed() const { return m_errors && !m_errors->isEmpty(); }

    // Parses `object` as T; nullopt with `error` set when a modelled key has the wrong type.
    template <class T> static std::optional<T> parse(const QJsonObject &object, QString *error);

private:
    JsonReader(const QJsonObject &object, QStringList *errors, const JsonReader *parent, Key key,
               qsizetype index);
    QString path() const;
    QString pathOf(Key key, qsizetype index = -1) const;
    void typeError(Key key, const char *expected, const QJsonValue &got, qsizetype index = -1);
    static const char *typeName(const QJsonValue &value);
    JsonReader child(const QJsonObject &object, Key key, qsizetype index) const;

    template <class T> friend struct Ref;

    QJsonObject m_object;
    QStringList *m_errors;
    const JsonReader *m_parent = nullptr;
    Key m_key;
    qsizetype m_index = -1;
};

template <class R, class T> std::optional<T> JsonReader::nested(Key key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (!v.isObject()) {
        typeError(key, "an object", v);
        return std::nullopt;
    }
    JsonReader r = child(v.toObject(), key, -1);
    return R::read(r);
}

template <class R, class T> QList<T> JsonReader::list(Key key)
{
    QList<T> out;
    const QJsonValue v = m_object.value(key);
    if (v.isNull() || v.isUndefined())
        return out;
    if (!v.isArray()) {
        typeError(key, "an array", v);
        return out;
    }
    const QJsonArray array = v.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            typeError(key, "an object", item, i);
            continue;
        }
        JsonReader r = child(item.toObject(), key, i);
        out.append(R::read(r));
    }
    return out;
}

template <class T> std::optional<T> JsonReader::parse(const QJsonObject &object, QString *error)
{
    QStringList errors;
    JsonReader r(object, &errors);
    T value = T::read(r);
    if (!errors.isEmpty()) {
        if (error)
            *error = errors.join(u"; ");
        return std::nullopt;
    }
    return value;
}

} // namespace lever::api

#include "Ref.h"

namespace lever::api {

template <class T> Ref<T> JsonReader::ref(Key key)
{
    return Ref<T>::read(*this, key, m_object.value(key), -1);
}

template <class T> QList<Ref<T>> JsonReader::refs(Key key)
{
    QList<Ref<T>> out;
    const QJsonValue v = m_object.value(key);
    if (v.isNull() || v.isUndefined())
        return out;
    if (!v.isArray()) {
        typeError(key, "an array", v);
        return out;
    }
    const QJsonArray array = v.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        out.append(Ref<T>::read(*this, key, array.at(i), i));
    return out;
}

} // namespace lever::api

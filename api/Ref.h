#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace lever::api {

class JsonReader;

// A reference Lever sends as an id, or, with `expand`, as the whole object: both are accepted and
// the id is always filled in. toJson() gives back the form that was read.
template <class T> struct Ref
{
    QString id;
    std::optional<T> expanded;

    Ref() = default;
    Ref(QString anId)
        : id(std::move(anId))
    {}

    bool isNull() const { return id.isEmpty() && !expanded; }
    bool operator==(const Ref &other) const { return id == other.id; }

    QJsonValue toJson() const
    {
        if (expanded)
            return expanded->toJson();
        return id.isNull() ? QJsonValue() : QJsonValue(id);
    }

    static QStringList ids(const QList<Ref> &refs)
    {
        QStringList out;
        out.reserve(refs.size());
        for (const Ref &r : refs)
            out.append(r.id);
        return out;
    }

    static QJsonValue toJson(const QList<Ref> &refs);

    // Used by JsonReader::ref/refs: `index` is the array position, -1 for a plain key.
    template <class Reader>
    static Ref read(Reader &parent, typename Reader::Key key, const QJsonValue &value, qsizetype index);
};

template <class T> QJsonValue Ref<T>::toJson(const QList<Ref> &refs)
{
    QJsonArray out;
    for (const Ref &r : refs)
        out.append(r.toJson());
    return out;
}

template <class T>
template <class Reader>
Ref<T> Ref<T>::read(Reader &parent, typename Reader::Key key, const QJsonValue &value, qsizetype index)
{
    Ref<T> out;
    if (value.isString()) {
        out.id = value.toString();
    } else if (value.isObject()) {
        Reader r = parent.child(value.toObject(), key, index);
        out.expanded = T::read(r);
        out.id = value.toObject().value(QLatin1StringView("id")).toString();
    } else if (!value.isNull() && !value.isUndefined()) {
        parent.typeError(key, "an id or an object", value, index);
    }
    return out;
}

} // namespace lever::api

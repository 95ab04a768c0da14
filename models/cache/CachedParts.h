#pragma once

#include "cache/LocalCache.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace lever::models {

// Child data in the local cache as the JSON of the API types (anything with fromJson/toJson): what a
// candidate page, the postings list or a card's interviews read from Lever, so it shows at once (and
// offline) while it is read again. A part that does not parse is treated as absent: the reader then
// waits for Lever as it would with no cache. A null cache reads nothing and keeps nothing.
class CachedParts
{
public:
    explicit CachedParts(LocalCache *cache)
        : m_cache(cache)
    {}

    // A JSON array of T, or nothing when any element does not parse.
    template <class T> static std::optional<QList<T>> parseList(const QJsonDocument &document)
    {
        if (!document.isArray())
            return std::nullopt;
        QList<T> items;
        for (const QJsonValue &value : document.array()) {
            std::optional<T> item = T::fromJson(value.toObject());
            if (!item)
                return std::nullopt;
            items.append(std::move(*item));
        }
        return items;
    }

    template <class T> static QByteArray encodeList(const QList<T> &items)
    {
        QJsonArray array;
        for (const T &item : items)
            array.append(item.toJson());
        return QJsonDocument(array).toJson(QJsonDocument::Compact);
    }

    template <class T> std::optional<QList<T>> list(const QString &owner, const QString &kind) const
    {
        const std::optional<QJsonDocument> document = read(owner, kind);
        return document ? parseList<T>(*document) : std::nullopt;
    }

    template <class T> std::optional<T> object(const QString &owner, const QString &kind) const
    {
        const std::optional<QJsonDocument> document = read(owner, kind);
        if (!document || !document->isObject())
            return std::nullopt;
        return T::fromJson(document->object());
    }

    template <class T> void putList(const QString &owner, const QString &kind, const QList<T> &items) const
    {
        if (m_cache)
            m_cache->putPart(owner, kind, encodeList(items), QDateTime::currentMSecsSinceEpoch());
    }

    template <class T> void putObject(const QString &owner, const QString &kind, const T &item) const
    {
        write(owner, kind, QJsonDocument(item.toJson()));
    }

    std::optional<QJsonDocument> read(const QString &owner, const QString &kind) const
    {
        if (!m_cache)
            return std::nullopt;
        const std::optional<CachedPart> part = m_cache->part(owner, kind);
        if (!part)
            return std::nullopt;
        QJsonParseError error;
        QJsonDocument document = QJsonDocument::fromJson(part->json, &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        return document;
    }

    void write(const QString &owner, const QString &kind, const QJsonDocument &document) const
    {
        if (m_cache)
            m_cache->putPart(owner, kind, document.toJson(QJsonDocument::Compact),
                             QDateTime::currentMSecsSinceEpoch());
    }

private:
    LocalCache *m_cache;
};

} // namespace lever::models

#pragma once

#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <QString>
#include <optional>

namespace lever::api {

// One page of a Lever list: `{"data": [...], "hasNext": bool, "next": "<token>"}`.
template <class T> struct Page
{
    QList<T> items;
    bool hasNext = false;
    QString next; // opaque: sent back verbatim, never decoded

    static std::optional<Page> fromJson(const QByteArray &json, QString *error)
    {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            if (error)
                *error = parseError.error != QJsonParseError::NoError
                             ? QStringLiteral("malformed JSON: ") + parseError.errorString()
                             : QStringLiteral("expected a JSON object");
            return std::nullopt;
        }
        QStringList errors;
        JsonReader r(doc.object(), &errors);
        if (!r.raw(QLatin1StringView("data")).isArray())
            r.fail(QLatin1StringView("data"), QStringLiteral("expected an array"));
        Page page;
        page.items = r.list<T>(QLatin1StringView("data"));
        page.hasNext = r.boolean(QLatin1StringView("hasNext"));
        page.next = r.string(QLatin1StringView("next"));
        if (page.hasNext && page.next.isEmpty())
            r.fail(QLatin1StringView("next"), QStringLiteral("hasNext is true but there is no next token"));
        if (!errors.isEmpty()) {
            if (error)
                *error = errors.join(u"; ");
            return std::nullopt;
        }
        return page;
    }
};

} // namespace lever::api

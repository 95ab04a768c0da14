#pragma once

#include "Job.h"
#include "Page.h"
#include "Result.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace lever::api {

// Job parsers for the answer shapes of Lever: `{"data": {...}}`, pages, 204s, raw bytes.
class Parsers
{
public:
    // `{"data": {...}}` read as T (T::fromJson on the data object).
    template <class T> static Job::Parser data()
    {
        return [](const QByteArray &body, int) {
            QString error;
            const auto object = dataObject(body, &error);
            if (!object)
                return failed(error);
            auto value = T::fromJson(*object, &error);
            if (!value)
                return failed(error);
            return Job::Parsed{std::move(*value), std::nullopt};
        };
    }
    // The whole answer object read as T (for answers with keys next to `data`).
    template <class T> static Job::Parser root()
    {
        return [](const QByteArray &body, int) {
            QString error;
            const auto object = rootObject(body, &error);
            if (!object)
                return failed(error);
            auto value = T::fromJson(*object, &error);
            if (!value)
                return failed(error);
            return Job::Parsed{std::move(*value), std::nullopt};
        };
    }
    template <class T> static Job::Parser page()
    {
        return [](const QByteArray &body, int) {
            QString error;
            auto value = Page<T>::fromJson(body, &error);
            if (!value)
                return failed(error);
            return Job::Parsed{std::move(*value), std::nullopt};
        };
    }
    static Job::Parser none();  // NoContent, whatever the body
    static Job::Parser bytes(); // QByteArray, the body as is

    static std::optional<QJsonObject> rootObject(const QByteArray &body, QString *error);
    static std::optional<QJsonObject> dataObject(const QByteArray &body, QString *error);
    static Job::Parsed failed(const QString &message);
};

} // namespace lever::api

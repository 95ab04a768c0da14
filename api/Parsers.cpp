#include "Parsers.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Job::Parser Parsers::none()
{
    return [](const QByteArray &, int) { return Job::Parsed{NoContent{}, std::nullopt}; };
}

Job::Parser Parsers::bytes()
{
    return [](const QByteArray &body, int) { return Job::Parsed{body, std::nullopt}; };
}

std::optional<QJsonObject> Parsers::rootObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"malformed JSON: "_s + parseError.errorString();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = u"expected a JSON object"_s;
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QJsonObject> Parsers::dataObject(const QByteArray &body, QString *error)
{
    const auto root = rootObject(body, error);
    if (!root)
        return std::nullopt;
    const QJsonValue data = root->value("data"_L1);
    if (!data.isObject()) {
        *error = u"data: expected an object"_s;
        return std::nullopt;
    }
    return data.toObject();
}

Job::Parsed Parsers::failed(const QString &message)
{
    return Job::Parsed{{},
                       ApiError(ApiError::Category::Parse, u"Unexpected answer from Lever: "_s + message)};
}

} // namespace lever::api

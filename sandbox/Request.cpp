#include "Request.h"

#include "SandboxError.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
bool nameMatches(const QString &key, const QString &name)
{
    return key == name || (key.size() == name.size() + 2 && key.startsWith(name) && key.endsWith(u"[]"_s));
}

// Nesting deeper than this is refused before QJsonDocument sees it (it recurses per level).
constexpr int kMaxJsonDepth = 64;

bool nestingTooDeep(const QByteArray &text)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonDepth)
                return true;
        } else if (c == '}' || c == ']')
            --depth;
    }
    return false;
}
} // namespace

QByteArray Request::contentType() const
{
    QByteArray type = headers.value("content-type");
    const qsizetype semi = type.indexOf(';');
    if (semi >= 0)
        type.truncate(semi);
    return type.trimmed().toLower();
}

bool Request::hasQuery(const QString &name) const
{
    for (const auto &item : query) {
        if (nameMatches(item.first, name))
            return true;
    }
    return false;
}

QString Request::queryValue(const QString &name) const
{
    for (const auto &item : query) {
        if (nameMatches(item.first, name))
            return item.second;
    }
    return {};
}

QStringList Request::queryValues(const QString &name, bool splitCommas) const
{
    QStringList values;
    for (const auto &item : query) {
        if (!nameMatches(item.first, name))
            continue;
        if (!splitCommas) {
            values.append(item.second);
            continue;
        }
        const QStringList parts = item.second.split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts)
            values.append(part.trimmed());
    }
    return values;
}

std::optional<qint64> Request::epochMsQuery(const QString &name) const
{
    if (!hasQuery(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = queryValue(name).toLongLong(&ok);
    if (!ok || value < 0)
        throw SandboxError::badRequest(name + u" must be a timestamp in epoch milliseconds"_s);
    return value;
}

std::optional<bool> Request::boolQuery(const QString &name) const
{
    if (!hasQuery(name))
        return std::nullopt;
    const QString value = queryValue(name);
    if (value == u"true"_s)
        return true;
    if (value == u"false"_s)
        return false;
    throw SandboxError::badRequest(name + u" must be true or false"_s);
}

QJsonObject Request::jsonBody() const
{
    if (body.trimmed().isEmpty())
        throw SandboxError::badRequest(u"A JSON object body is required"_s);
    if (nestingTooDeep(body))
        throw SandboxError::badRequest(u"JSON body is nested too deeply"_s);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw SandboxError::badRequest(u"Malformed JSON body: "_s + error.errorString() + u" at offset "_s +
                                       QString::number(error.offset));
    if (!doc.isObject())
        throw SandboxError::badRequest(u"The JSON body must be an object"_s);
    return doc.object();
}

} // namespace lever::sandbox

#include "BodyReader.h"

#include "SandboxError.h"

#include <QStringList>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
// 9999-12-31T23:59:59.999Z: later values cannot be shown as dates and overflow end-time sums.
constexpr qint64 kMaxTimestamp = 253402300799999LL;
} // namespace

BodyReader::BodyReader(QJsonObject object, QString prefix)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix))
{}

QJsonValue BodyReader::value(const QString &key) const
{
    return m_object.value(key);
}

bool BodyReader::has(const QString &key) const
{
    const QJsonValue v = value(key);
    return !v.isUndefined() && !v.isNull();
}

std::optional<QString> BodyReader::string(const QString &key, int maxLength) const
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = value(key);
    if (!v.isString())
        throw SandboxError::badRequest(name(key) + u" must be a string"_s);
    const QString s = v.toString();
    if (s.size() > maxLength)
        throw SandboxError::badRequest(name(key) + u" must be at most "_s + QString::number(maxLength) +
                                       u" characters long"_s);
    return s;
}

QString BodyReader::requiredString(const QString &key, int maxLength) const
{
    const auto s = string(key, maxLength);
    if (!s || s->trimmed().isEmpty())
        throw SandboxError::badRequest(name(key) + u" is required"_s);
    return *s;
}

std::optional<bool> BodyReader::boolean(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = value(key);
    if (!v.isBool())
        throw SandboxError::badRequest(name(key) + u" must be true or false"_s);
    return v.toBool();
}

std::optional<qint64> BodyReader::integer(const QString &key, qint64 min, qint64 max) const
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = value(key);
    const double d = v.toDouble();
    // double(max) rounds up for large bounds (double(INT64_MAX) is 2^63), so values from 2^63 on are
    // refused explicitly: converting them to qint64 is undefined.
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max) ||
        d >= 9223372036854775808.0)
        throw SandboxError::badRequest(name(key) + u" must be an integer from "_s + QString::number(min) +
                                       u" to "_s + QString::number(max));
    return qint64(d);
}

std::optional<qint64> BodyReader::timestamp(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < 0 || d > double(kMaxTimestamp))
        throw SandboxError::badRequest(name(key) + u" must be a timestamp in epoch milliseconds"_s);
    return qint64(d);
}

std::optional<QJsonArray> BodyReader::array(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = value(key);
    if (!v.isArray())
        throw SandboxError::badRequest(name(key) + u" must be an array"_s);
    return v.toArray();
}

std::optional<QString> BodyReader::oneOf(const QString &key, const QStringList &allowed) const
{
    const auto s = string(key);
    if (s && !allowed.contains(*s))
        throw SandboxError::badRequest(name(key) + u" must be one of "_s + allowed.join(u", "_s));
    return s;
}

BodyReader BodyReader::element(const QJsonArray &array, qsizetype index, const QString &arrayName)
{
    const QString at = arrayName + u'[' + QString::number(index) + u']';
    if (!array.at(index).isObject())
        throw SandboxError::badRequest(at + u" must be an object"_s);
    return BodyReader(array.at(index).toObject(), at + u'.');
}

} // namespace lever::sandbox

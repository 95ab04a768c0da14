#include "BodyFields.h"

#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    default:
        return u"null"_s;
    }
}

SandboxError wrongType(const QString &field, const QString &expected, const QJsonValue &got)
{
    return SandboxError::badRequest(field + u" must be "_s + expected + u", not "_s + typeName(got));
}
} // namespace

BodyFields::BodyFields(QJsonObject body, QString prefix)
    : m_body(std::move(body))
    , m_prefix(std::move(prefix))
{}

bool BodyFields::has(const QString &key) const
{
    return m_body.contains(key) && !m_body.value(key).isNull();
}

QString BodyFields::checkText(const QString &value, const QString &field, int maxLength, bool allowEmpty)
{
    const QString text = value.trimmed();
    if (!allowEmpty && text.isEmpty())
        throw SandboxError::badRequest(field + u" must not be empty"_s);
    if (text.size() > maxLength)
        throw SandboxError::badRequest(field + u" is longer than "_s + QString::number(maxLength) +
                                       u" characters"_s);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            throw SandboxError::badRequest(field + u" must not contain control characters"_s);
    }
    return text;
}

bool BodyFields::isEmail(const QString &value)
{
    // Deliberately loose (one @, a dotted domain, no spaces): Lever accepts what mail systems accept.
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s);
    return value.size() <= kMaxEmail && re.match(value).hasMatch();
}

std::optional<QString> BodyFields::string(const QString &key, int maxLength, bool allowEmpty) const
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_body.value(key);
    if (!v.isString())
        throw wrongType(name(key), u"a string"_s, v);
    return checkText(v.toString(), name(key), maxLength, allowEmpty);
}

QString BodyFields::requiredString(const QString &key, int maxLength) const
{
    if (!has(key))
        throw SandboxError::badRequest(name(key) + u" is required"_s);
    return *string(key, maxLength, false);
}

std::optional<bool> BodyFields::boolean(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_body.value(key);
    if (!v.isBool())
        throw wrongType(name(key), u"a boolean"_s, v);
    return v.toBool();
}

std::optional<qint64> BodyFields::timestamp(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_body.value(key);
    if (!v.isDouble())
        throw wrongType(name(key), u"a timestamp in epoch milliseconds"_s, v);
    const double ms = v.toDouble();
    if (ms < 0 || ms > 9.0e15 || ms != double(qint64(ms)))
        throw SandboxError::badRequest(name(key) + u" must be a timestamp in epoch milliseconds"_s);
    return qint64(ms);
}

std::optional<QJsonObject> BodyFields::object(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_body.value(key);
    if (!v.isObject())
        throw wrongType(name(key), u"an object"_s, v);
    return v.toObject();
}

std::optional<QStringList> BodyFields::strings(const QString &key, int maxLength, bool allowEmpty) const
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_body.value(key);
    if (!v.isArray())
        throw wrongType(name(key), u"an array of strings"_s, v);
    const QJsonArray array = v.toArray();
    if (array.isEmpty() && !allowEmpty)
        throw SandboxError::badRequest(name(key) + u" must not be empty"_s);
    if (array.size() > kMaxItems)
        throw SandboxError::badRequest(name(key) + u" holds more than "_s + QString::number(kMaxItems) +
                                       u" items"_s);
    QStringList out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = name(key) + u'[' + QString::number(i) + u']';
        if (!array.at(i).isString())
            throw wrongType(field, u"a string"_s, array.at(i));
        const QString text = checkText(array.at(i).toString(), field, maxLength, false);
        if (!out.contains(text))
            out.append(text);
    }
    return out;
}

std::optional<QStringList> BodyFields::emails(const QString &key) const
{
    auto list = strings(key, kMaxEmail);
    if (!list)
        return std::nullopt;
    for (const QString &email : std::as_const(*list)) {
        if (!isEmail(email))
            throw SandboxError::badRequest(name(key) + u": '"_s + email + u"' is not an email address"_s);
    }
    return list;
}

std::optional<QJsonArray> BodyFields::phones(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_body.value(key);
    if (!v.isArray())
        throw wrongType(name(key), u"an array of {type, value} objects"_s, v);
    const QJsonArray array = v.toArray();
    if (array.size() > kMaxItems)
        throw SandboxError::badRequest(name(key) + u" holds more than "_s + QString::number(kMaxItems) +
                                       u" items"_s);
    static const QStringList types = {u"mobile"_s, u"home"_s, u"work"_s, u"skype"_s, u"other"_s};
    QJsonArray out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = name(key) + u'[' + QString::number(i) + u"]."_s;
        if (!array.at(i).isObject())
            throw wrongType(name(key) + u'[' + QString::number(i) + u']', u"an object"_s, array.at(i));
        const BodyFields phone(array.at(i).toObject(), field);
        const QString value = phone.requiredString(u"value"_s, 64);
        const QString type = phone.string(u"type"_s).value_or(u"other"_s);
        if (!types.contains(type))
            throw SandboxError::badRequest(field + u"type must be one of "_s + types.join(u", "_s));
        out.append(QJsonObject{{u"type"_s, type}, {u"value"_s, value}});
    }
    return out;
}

void BodyFields::allowOnly(const QStringList &allowed) const
{
    for (auto it = m_body.begin(); it != m_body.end(); ++it) {
        if (!allowed.contains(it.key()))
            throw SandboxError::badRequest(name(it.key()) + u" cannot be set here; accepted fields: "_s +
                                           allowed.join(u", "_s));
    }
}

QJsonObject BodyFields::activeUser(SandboxContext &ctx, const QString &id, const QString &field)
{
    const auto user = ctx.docs.get(u"user"_s, id);
    if (!user)
        throw SandboxError::badRequest(field + u": user "_s + id + u" was not found"_s);
    if (!user->value(u"deactivatedAt"_s).isNull())
        throw SandboxError::badRequest(field + u": user "_s + id + u" is deactivated"_s);
    return *user;
}

QJsonObject BodyFields::stage(SandboxContext &ctx, const QString &id, const QString &field)
{
    const auto stage = ctx.docs.get(u"stage"_s, id);
    if (!stage)
        throw SandboxError::badRequest(field + u": stage "_s + id + u" was not found"_s);
    return *stage;
}

QJsonObject BodyFields::activeArchiveReason(SandboxContext &ctx, const QString &id, const QString &field)
{
    const auto reason = ctx.docs.get(u"archive_reason"_s, id);
    if (!reason)
        throw SandboxError::badRequest(field + u": archive reason "_s + id + u" was not found"_s);
    if (reason->value(u"status"_s).toString() != u"active"_s)
        throw SandboxError::badRequest(field + u": archive reason "_s + id + u" is inactive"_s);
    return *reason;
}

} // namespace lever::sandbox

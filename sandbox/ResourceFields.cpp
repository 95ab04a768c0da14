#include "ResourceFields.h"

#include "DocumentStore.h"
#include "Request.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

ResourceFields::ResourceFields(QJsonObject object, QString prefix)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix))
{}

bool ResourceFields::isSet(const QString &key) const
{
    return m_object.contains(key) && !m_object.value(key).isNull();
}

std::optional<QString> ResourceFields::string(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString())
        throw SandboxError::badRequest(name(key) + u" must be a string"_s);
    return v.toString();
}

std::optional<QStringList> ResourceFields::strings(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isArray())
        throw SandboxError::badRequest(name(key) + u" must be an array of strings"_s);
    QStringList out;
    const QJsonArray items = v.toArray();
    for (const QJsonValue &item : items) {
        if (!item.isString())
            throw SandboxError::badRequest(name(key) + u" must be an array of strings"_s);
        out.append(item.toString());
    }
    return out;
}

std::optional<bool> ResourceFields::boolean(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool())
        throw SandboxError::badRequest(name(key) + u" must be true or false"_s);
    return v.toBool();
}

std::optional<double> ResourceFields::number(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble())
        throw SandboxError::badRequest(name(key) + u" must be a number"_s);
    return v.toDouble();
}

std::optional<QJsonObject> ResourceFields::object(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject())
        throw SandboxError::badRequest(name(key) + u" must be an object"_s);
    return v.toObject();
}

std::optional<QJsonArray> ResourceFields::array(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isArray())
        throw SandboxError::badRequest(name(key) + u" must be an array"_s);
    return v.toArray();
}

QString ResourceFields::requiredString(const QString &key) const
{
    const auto v = string(key);
    if (!v || v->trimmed().isEmpty())
        throw SandboxError::badRequest(name(key) + u" is required"_s);
    return *v;
}

std::optional<QString> ResourceFields::oneOf(const QString &key, const QStringList &allowed) const
{
    const auto v = string(key);
    if (v && !allowed.contains(*v))
        throw SandboxError::badRequest(name(key) + u" must be one of: "_s + allowed.join(u", "_s));
    return v;
}

std::optional<QString> ResourceFields::activeUser(SandboxContext &ctx, const QString &key) const
{
    const auto id = string(key);
    if (id)
        requireActiveUser(ctx, *id, name(key));
    return id;
}

void ResourceFields::requireActiveUser(SandboxContext &ctx, const QString &id, const QString &field)
{
    const auto user = ctx.docs.get(u"user"_s, id);
    if (!user)
        throw SandboxError::badRequest(field + u" names no user: "_s + id);
    if (!user->value(u"deactivatedAt"_s).isNull())
        throw SandboxError::badRequest(field + u" names a deactivated user: "_s + id);
}

const QStringList &ResourceFields::payIntervals()
{
    static const QStringList intervals = {u"per-year-salary"_s, u"per-month-salary"_s, u"per-week-salary"_s,
                                          u"per-day-wage"_s,    u"per-hour-wage"_s,    u"one-time"_s};
    return intervals;
}

QJsonObject ResourceFields::payRange() const
{
    QStringList missing;
    for (const QString &key : {u"min"_s, u"max"_s, u"currency"_s, u"interval"_s}) {
        if (!isSet(key))
            missing.append(key);
    }
    if (missing.size() == 4)
        return {};
    const QString whole = m_prefix.chopped(1); // "salaryRange." -> "salaryRange"
    if (!missing.isEmpty())
        throw SandboxError::badRequest(
            whole + u" needs min, max, currency and interval together; missing: "_s + missing.join(u", "_s));
    const double min = *number(u"min"_s);
    const double max = *number(u"max"_s);
    const QString currency = *string(u"currency"_s);
    const QString interval = *oneOf(u"interval"_s, payIntervals());
    if (min < 0 || max < 0)
        throw SandboxError::badRequest(name(u"min"_s) + u" and "_s + name(u"max"_s) +
                                       u" must not be negative"_s);
    if (min > max)
        throw SandboxError::badRequest(name(u"min"_s) + u" must not be greater than "_s + name(u"max"_s));
    static const QRegularExpression iso(u"^[A-Z]{3}$"_s);
    if (!iso.match(currency).hasMatch() || !isCurrencyCode(currency))
        throw SandboxError::badRequest(name(u"currency"_s) +
                                       u" must be an ISO 4217 currency code such as USD or EUR, not \""_s +
                                       currency + u'"');
    return QJsonObject{
        {u"min"_s, min}, {u"max"_s, max}, {u"currency"_s, currency}, {u"interval"_s, interval}};
}

QStringList ResourceFields::enumParams(const Request &request, const QString &name,
                                       const QStringList &allowed)
{
    const QStringList values = request.queryValues(name);
    for (const QString &v : values) {
        if (!allowed.contains(v))
            throw SandboxError::badRequest(name + u" must be one of: "_s + allowed.join(u", "_s));
    }
    return values;
}

bool ResourceFields::isCurrencyCode(const QString &code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> out;
        const QList<QLocale> locales =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString iso = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (iso.size() == 3)
                out.insert(iso);
        }
        return out;
    }();
    return codes.contains(code);
}

} // namespace lever::sandbox

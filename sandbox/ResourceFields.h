#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace lever::sandbox {

class Request;
struct SandboxContext;

// Typed reads of a JSON body object (or a nested one) that refuse a wrong type with a 400 naming the
// field, plus the query-parameter and money checks the resource routes share.
class ResourceFields
{
public:
    // `prefix` names nested objects in messages ("salaryRange." gives "salaryRange.min").
    explicit ResourceFields(QJsonObject object, QString prefix = {});

    const QJsonObject &json() const { return m_object; }
    QString name(const QString &key) const { return m_prefix + key; }
    bool has(const QString &key) const { return m_object.contains(key); }
    // Present and not null.
    bool isSet(const QString &key) const;

    // Absent or null: nullopt. Any other type than the expected one: 400.
    std::optional<QString> string(const QString &key) const;
    std::optional<QStringList> strings(const QString &key) const;
    std::optional<bool> boolean(const QString &key) const;
    std::optional<double> number(const QString &key) const;
    std::optional<QJsonObject> object(const QString &key) const;
    std::optional<QJsonArray> array(const QString &key) const;
    // A string that is present and not blank; 400 "<field> is required" otherwise.
    QString requiredString(const QString &key) const;
    // A string from `allowed`; 400 listing them otherwise.
    std::optional<QString> oneOf(const QString &key, const QStringList &allowed) const;
    // The id of an existing, active user.
    std::optional<QString> activeUser(SandboxContext &ctx, const QString &key) const;
    // These fields as a pay range {min, max, currency, interval} (a posting's salaryRange, a requisition's
    // compensationBand): all four or none (then an empty object), numbers >= 0, min <= max, an ISO 4217
    // currency and a Lever interval.
    QJsonObject payRange() const;
    static const QStringList &payIntervals();

    // Every query value of `name` must be in `allowed`.
    static QStringList enumParams(const Request &request, const QString &name, const QStringList &allowed);
    // Throws 400 unless `id` names an existing user that is not deactivated.
    static void requireActiveUser(SandboxContext &ctx, const QString &id, const QString &field);
    // ISO 4217 codes as known to the CLDR data Qt ships (every currency some locale uses).
    static bool isCurrencyCode(const QString &code);

private:
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    QJsonObject m_object;
    QString m_prefix;
};

} // namespace lever::sandbox

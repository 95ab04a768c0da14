#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace lever::sandbox {

struct SandboxContext;

// Type-checked reads of a JSON request body: every refusal is a 400 that names the offending field.
// A key holding `null` counts as absent, so clients that send every key stay accepted.
class BodyFields
{
public:
    // Lengths are in UTF-16 units, like Lever's own limits are stated for text fields.
    static constexpr int kMaxText = 255;
    static constexpr int kMaxLink = 2048;
    static constexpr int kMaxEmail = 254;
    static constexpr int kMaxItems = 100;

    // `prefix` names nested objects in messages ("archived." gives "archived.reason").
    explicit BodyFields(QJsonObject body, QString prefix = {});

    const QJsonObject &body() const { return m_body; }
    bool has(const QString &key) const;
    QString name(const QString &key) const { return m_prefix + key; }

    std::optional<QString> string(const QString &key, int maxLength = kMaxText, bool allowEmpty = true) const;
    QString requiredString(const QString &key, int maxLength = kMaxText) const;
    std::optional<bool> boolean(const QString &key) const;
    // Epoch milliseconds: a non-negative integral number.
    std::optional<qint64> timestamp(const QString &key) const;
    std::optional<QJsonObject> object(const QString &key) const;
    // An array of non-empty, single-line strings, trimmed, duplicates dropped; an empty array is refused
    // unless `allowEmpty`.
    std::optional<QStringList> strings(const QString &key, int maxLength = kMaxText,
                                       bool allowEmpty = true) const;
    std::optional<QStringList> emails(const QString &key) const;
    // `[{type, value}]`: value required; type one of mobile|home|work|skype|other (default other).
    std::optional<QJsonArray> phones(const QString &key) const;

    // Refuses keys outside `allowed` (a client bug worth reporting rather than silently ignoring).
    void allowOnly(const QStringList &allowed) const;

    // One text value checked on its own: length, non-empty when required, no control characters.
    static QString checkText(const QString &value, const QString &field, int maxLength, bool allowEmpty);
    static bool isEmail(const QString &value);

    // References to other records, refused with a 400 naming `field`.
    static QJsonObject activeUser(SandboxContext &ctx, const QString &id, const QString &field);
    static QJsonObject stage(SandboxContext &ctx, const QString &id, const QString &field);
    // An archive reason that exists and is active.
    static QJsonObject activeArchiveReason(SandboxContext &ctx, const QString &id, const QString &field);

private:
    QJsonObject m_body;
    QString m_prefix;
};

} // namespace lever::sandbox

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace lever::sandbox {

// Type-checked reads of one JSON object of a request body; every refusal is a 400 naming the field.
// A key holding `null` counts as absent, so clients that send every key stay accepted.
class BodyReader
{
public:
    static constexpr int kMaxText = 255;
    static constexpr int kMaxLongText = 10000;

    // `prefix` names nested objects in messages ("interviews[1]." gives "interviews[1].date").
    explicit BodyReader(QJsonObject object, QString prefix = {});

    const QJsonObject &object() const { return m_object; }
    bool has(const QString &key) const;
    QString name(const QString &key) const { return m_prefix + key; }

    std::optional<QString> string(const QString &key, int maxLength = kMaxText) const;
    QString requiredString(const QString &key, int maxLength = kMaxText) const;
    std::optional<bool> boolean(const QString &key) const;
    // An integral number within [min, max].
    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max) const;
    // Epoch milliseconds, from 1970 to the year 9999.
    std::optional<qint64> timestamp(const QString &key) const;
    std::optional<QJsonArray> array(const QString &key) const;
    // One of `allowed`, or nullopt when absent.
    std::optional<QString> oneOf(const QString &key, const QStringList &allowed) const;

    // An element of an array that must be an object, read with a prefix naming its position.
    static BodyReader element(const QJsonArray &array, qsizetype index, const QString &arrayName);

private:
    QJsonValue value(const QString &key) const;

    QJsonObject m_object;
    QString m_prefix;
};

} // namespace lever::sandbox

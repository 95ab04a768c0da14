#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace lever::api {

// Builds an encoded query string in order, repeating keys for lists (`?tag=a&tag=b`, Lever's union
// form). Values are percent-encoded except through addVerbatim(), which keeps offset tokens byte for
// byte (they arrive already encoded and must go back as issued).
class QueryBuilder
{
public:
    QueryBuilder() = default;
    explicit QueryBuilder(QByteArray encoded)
        : m_query(std::move(encoded))
    {}

    QueryBuilder &add(const char *key, const QString &value);
    QueryBuilder &add(const char *key, const QStringList &values);
    QueryBuilder &add(const char *key, qint64 value);
    QueryBuilder &add(const char *key, const std::optional<qint64> &value);
    QueryBuilder &add(const char *key, const std::optional<bool> &value);
    QueryBuilder &add(const char *key, const std::optional<QString> &value);
    QueryBuilder &addVerbatim(const char *key, const QByteArray &encodedValue);
    QueryBuilder &append(const QByteArray &encodedQuery);

    bool isEmpty() const { return m_query.isEmpty(); }
    const QByteArray &encoded() const { return m_query; }

private:
    void addPair(const char *key, const QByteArray &encodedValue);
    QByteArray m_query;
};

} // namespace lever::api

#include "QueryBuilder.h"

#include <QUrl>

namespace lever::api {

void QueryBuilder::addPair(const char *key, const QByteArray &encodedValue)
{
    if (!m_query.isEmpty())
        m_query += '&';
    m_query += QUrl::toPercentEncoding(QString::fromLatin1(key));
    m_query += '=';
    m_query += encodedValue;
}

QueryBuilder &QueryBuilder::add(const char *key, const QString &value)
{
    // Everything but unreserved characters is encoded: '+' or ',' inside a tag stays data.
    addPair(key, QUrl::toPercentEncoding(value));
    return *this;
}

QueryBuilder &QueryBuilder::add(const char *key, const QStringList &values)
{
    for (const QString &v : values)
        add(key, v);
    return *this;
}

QueryBuilder &QueryBuilder::add(const char *key, qint64 value)
{
    addPair(key, QByteArray::number(value));
    return *this;
}

QueryBuilder &QueryBuilder::add(const char *key, const std::optional<qint64> &value)
{
    if (value)
        add(key, *value);
    return *this;
}

QueryBuilder &QueryBuilder::add(const char *key, const std::optional<bool> &value)
{
    if (value)
        addPair(key, *value ? "true" : "false");
    return *this;
}

QueryBuilder &QueryBuilder::add(const char *key, const std::optional<QString> &value)
{
    if (value)
        add(key, *value);
    return *this;
}

QueryBuilder &QueryBuilder::addVerbatim(const char *key, const QByteArray &encodedValue)
{
    addPair(key, encodedValue);
    return *this;
}

QueryBuilder &QueryBuilder::append(const QByteArray &encodedQuery)
{
    if (encodedQuery.isEmpty())
        return *this;
    if (!m_query.isEmpty())
        m_query += '&';
    m_query += encodedQuery;
    return *this;
}

} // namespace lever::api

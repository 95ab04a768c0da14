#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lever::test {

// The recorded response shapes of real Lever calls (tests/data/lever-response-shapes.md): per endpoint,
// every key path with its JSON types. `check()` says where a response strays from them.
class ShapeSpec
{
public:
    struct KeyPath
    {
        QString path;          // "data[].archived.archivedAt"
        QSet<QString> types;   // object array string number boolean null
        bool optional = false; // marked '?' here or in another recording of the same resource
    };
    struct Endpoint
    {
        QString method;
        QString path; // "/opportunities/{id}/notes"
        int status = 0;
        QList<KeyPath> keys;
    };

    static QList<Endpoint> load(const QString &markdownFile);
    // Problems of `response` against `endpoint`, one line each; empty when it conforms. A key must be
    // present wherever its parent is an object (unless optional); a present, non-null value must have a
    // recorded type (a key recorded only as null accepts any type, as do nulls).
    static QStringList check(const Endpoint &endpoint, const QJsonValue &response);
    static QString typeName(const QJsonValue &value);

private:
    static QList<QJsonValue> instances(const QJsonValue &root, const QStringList &segments);
};

} // namespace lever::test

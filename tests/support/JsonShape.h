#pragma once

#include <QJsonObject>
#include <QString>

namespace lever::test {

// Checks JSON documents against key paths written as in lever-response-shapes.md, one per line:
// "a.b[].c: string|null" ("[]": each element of an array; "?" after a key: it may be absent).
class JsonShape
{
public:
    // True when every path exists (unless optional) with one of its types; else `problem` says why.
    static bool matches(const QJsonObject &doc, const QString &spec, QString *problem);
    static QString typeName(const QJsonValue &value); // string, number, boolean, object, array, null
};

} // namespace lever::test

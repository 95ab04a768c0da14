#include "JsonShape.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lever::test {

namespace {
void collect(const QJsonValue &v, const QStringList &segments, int i, QList<QJsonValue> &found, bool &missing)
{
    if (i == segments.size()) {
        found.append(v);
        return;
    }
    if (!v.isObject())
        return; // a null or absent parent: nothing below it to check
    QString key = segments.at(i);
    const bool each = key.endsWith(u"[]"_s);
    if (each)
        key.chop(2);
    const QJsonObject o = v.toObject();
    if (!o.contains(key)) {
        // "a[]: t" checks the elements of `a`; whether `a` must exist is up to the "a: array" line.
        missing = missing || (i == segments.size() - 1 && !each);
        return;
    }
    if (!each) {
        collect(o.value(key), segments, i + 1, found, missing);
        return;
    }
    const QJsonArray elements = o.value(key).toArray();
    for (const QJsonValue &e : elements)
        collect(e, segments, i + 1, found, missing);
}

} // namespace

QString JsonShape::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Array:
        return u"array"_s;
    default:
        return u"null"_s;
    }
}

bool JsonShape::matches(const QJsonObject &doc, const QString &spec, QString *problem)
{
    const QStringList lines = spec.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        const qsizetype colon = line.indexOf(u": "_s);
        if (colon <= 0) {
            *problem = u"malformed shape line: "_s + line;
            return false;
        }
        QString path = line.left(colon);
        const QStringList types = line.mid(colon + 2).split(u'|');
        const bool optional = path.endsWith(u'?');
        path.remove(u'?');
        QList<QJsonValue> found;
        bool missing = false;
        collect(doc, path.split(u'.'), 0, found, missing);
        if (missing && !optional) {
            *problem = u"missing "_s + path;
            return false;
        }
        for (const QJsonValue &v : std::as_const(found)) {
            if (!types.contains(typeName(v))) {
                *problem = path + u" is "_s + typeName(v) + u", expected "_s + types.join(u'|');
                return false;
            }
        }
    }
    return true;
}

} // namespace lever::test

#include "ShapeSpec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lever::test {

QList<ShapeSpec::Endpoint> ShapeSpec::load(const QString &markdownFile)
{
    QFile file(markdownFile);
    QList<Endpoint> out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    static const QRegularExpression heading(u"^## (GET|POST|PUT|DELETE) (\\S+)$"_s);
    static const QRegularExpression status(u"^status (\\d+);"_s);
    static const QRegularExpression key(u"^- ([^:]+?)(\\?)?: (.+)$"_s);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (const auto m = heading.match(line); m.hasMatch()) {
            out.append(Endpoint{m.captured(1), m.captured(2), 0, {}});
        } else if (out.isEmpty()) {
            continue;
        } else if (const auto s = status.match(line); s.hasMatch()) {
            out.last().status = s.captured(1).toInt();
        } else if (const auto k = key.match(line); k.hasMatch() && !line.startsWith(u"- (no keys"_s)) {
            const QStringList types = k.captured(3).split(u'|');
            out.last().keys.append(
                KeyPath{k.captured(1), QSet<QString>(types.begin(), types.end()), !k.captured(2).isEmpty()});
        }
    }
    // One recording of a single object can miss the variety a list recording shows: a key optional in
    // any recording of the same resource (`data[].x` in a list, `data.x` in a single answer) is optional.
    QSet<QString> optional;
    auto normalized = [](const QString &path) {
        return path.startsWith(u"data[]"_s) ? u"data"_s + path.mid(6) : path;
    };
    // The resource an endpoint answers with: "/x/{id}" is "/x"; opportunity actions answer opportunities.
    static const QRegularExpression action(
        u"^/opportunities/\\{id\\}/(add\\w+|remove\\w+|stage|archived)$"_s);
    auto resource = [](const QString &path) {
        if (action.match(path).hasMatch())
            return u"/opportunities"_s;
        return path.endsWith(u"/{id}"_s) ? path.chopped(5) : path;
    };
    for (const Endpoint &e : std::as_const(out)) {
        for (const KeyPath &k : e.keys) {
            if (k.optional)
                optional.insert(resource(e.path) + u' ' + normalized(k.path));
        }
    }
    for (Endpoint &e : out) {
        for (KeyPath &k : e.keys)
            k.optional |= optional.contains(resource(e.path) + u' ' + normalized(k.path));
    }
    return out;
}

QString ShapeSpec::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return u"undefined"_s;
    }
}

QList<QJsonValue> ShapeSpec::instances(const QJsonValue &root, const QStringList &segments)
{
    QList<QJsonValue> current{root};
    for (const QString &segment : segments) {
        QList<QJsonValue> next;
        const bool each = segment.endsWith(u"[]"_s);
        const QString name = each ? segment.chopped(2) : segment;
        for (const QJsonValue &v : std::as_const(current)) {
            QJsonValue child = v;
            if (!name.isEmpty()) {
                if (!v.isObject() || !v.toObject().contains(name))
                    continue;
                child = v.toObject().value(name);
            }
            if (each) {
                const QJsonArray array = child.toArray();
                for (const QJsonValue &item : array)
                    next.append(item);
            } else {
                next.append(child);
            }
        }
        current = next;
    }
    return current;
}

QStringList ShapeSpec::check(const Endpoint &endpoint, const QJsonValue &response)
{
    QStringList problems;
    for (const KeyPath &key : endpoint.keys) {
        // "a.b[].c" -> parent ["a", "b[]"] and key "c"; a path ending in "[]" names array elements.
        QStringList parentSegments = key.path.split(u'.');
        const QString last = parentSegments.takeLast();
        if (last.endsWith(u"[]"_s)) {
            // "tags[]": the elements of the array at "tags".
            parentSegments.append(last);
            const QList<QJsonValue> items = instances(response, parentSegments);
            for (const QJsonValue &item : items) {
                if (!item.isNull() && !key.types.contains(typeName(item)) &&
                    key.types != QSet<QString>{u"null"_s})
                    problems.append(key.path + u": element is "_s + typeName(item) + u", recorded "_s +
                                    QStringList(key.types.begin(), key.types.end()).join(u'|'));
            }
            continue;
        }
        const QList<QJsonValue> parents = instances(response, parentSegments);
        for (const QJsonValue &parent : parents) {
            if (!parent.isObject())
                continue;
            const QJsonObject object = parent.toObject();
            if (!object.contains(last)) {
                if (!key.optional)
                    problems.append(key.path + u": missing"_s);
                continue;
            }
            const QJsonValue value = object.value(last);
            if (value.isNull() || key.types == QSet<QString>{u"null"_s})
                continue;
            if (!key.types.contains(typeName(value)))
                problems.append(key.path + u": is "_s + typeName(value) + u", recorded "_s +
                                QStringList(key.types.begin(), key.types.end()).join(u'|'));
        }
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace lever::test

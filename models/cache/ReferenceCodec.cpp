#include "cache/ReferenceCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
template <class T>
QByteArray encodeList(const QList<T> &items, const std::function<QJsonObject(const T &)> &toJson)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

template <class T>
std::optional<QList<T>> decodeList(const QByteArray &json,
                                   const std::function<T(const QJsonObject &)> &fromJson)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<T> items;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        if (!value.isObject() || object.value(u"id"_s).toString().isEmpty())
            return std::nullopt;
        items.append(fromJson(object));
    }
    return items;
}

QString text(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}
} // namespace

QByteArray ReferenceCodec::encode(const QList<StageInfo> &stages)
{
    return encodeList<StageInfo>(stages, [](const StageInfo &s) {
        return QJsonObject{{u"id"_s, s.id}, {u"text"_s, s.text}};
    });
}

QByteArray ReferenceCodec::encode(const QList<ArchiveReasonInfo> &reasons)
{
    return encodeList<ArchiveReasonInfo>(reasons, [](const ArchiveReasonInfo &r) {
        return QJsonObject{
            {u"id"_s, r.id}, {u"text"_s, r.text}, {u"hired"_s, r.hired}, {u"active"_s, r.active}};
    });
}

QByteArray ReferenceCodec::encode(const QList<PostingInfo> &postings)
{
    return encodeList<PostingInfo>(postings, [](const PostingInfo &p) {
        return QJsonObject{{u"id"_s, p.id},
                           {u"text"_s, p.text},
                           {u"team"_s, p.team},
                           {u"state"_s, p.state},
                           {u"department"_s, p.department}};
    });
}

QByteArray ReferenceCodec::encode(const QList<UserInfo> &users)
{
    return encodeList<UserInfo>(users, [](const UserInfo &u) {
        return QJsonObject{
            {u"id"_s, u.id}, {u"name"_s, u.name}, {u"email"_s, u.email}, {u"deactivated"_s, u.deactivated}};
    });
}

std::optional<QList<StageInfo>> ReferenceCodec::stages(const QByteArray &json)
{
    return decodeList<StageInfo>(json, [](const QJsonObject &o) {
        return StageInfo{text(o, u"id"_s), text(o, u"text"_s)};
    });
}

std::optional<QList<ArchiveReasonInfo>> ReferenceCodec::archiveReasons(const QByteArray &json)
{
    return decodeList<ArchiveReasonInfo>(json, [](const QJsonObject &o) {
        return ArchiveReasonInfo{text(o, u"id"_s), text(o, u"text"_s), o.value(u"hired"_s).toBool(),
                                 o.value(u"active"_s).toBool(true)};
    });
}

std::optional<QList<PostingInfo>> ReferenceCodec::postings(const QByteArray &json)
{
    return decodeList<PostingInfo>(json, [](const QJsonObject &o) {
        // "department" came later: older files lack it and read as no department.
        return PostingInfo{text(o, u"id"_s), text(o, u"text"_s), text(o, u"team"_s), text(o, u"state"_s),
                           text(o, u"department"_s)};
    });
}

std::optional<QList<UserInfo>> ReferenceCodec::users(const QByteArray &json)
{
    return decodeList<UserInfo>(json, [](const QJsonObject &o) {
        const QString name = text(o, u"name"_s);
        return UserInfo{text(o, u"id"_s), name, text(o, u"email"_s), UserInfo::initialsOf(name),
                        o.value(u"deactivated"_s).toBool()};
    });
}

} // namespace lever::models

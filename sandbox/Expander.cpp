#include "Expander.h"

#include "DocumentStore.h"
#include "Request.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

Expander::Expander(SandboxContext &ctx, const Request &request, const QStringList &expandable)
    : m_ctx(ctx)
{
    const QStringList expand = request.queryValues(u"expand"_s, true);
    for (const QString &field : expand) {
        if (!expandable.contains(field))
            throw SandboxError::badRequest(u"Cannot expand '"_s + field + u"'; expandable: "_s +
                                           expandable.join(u", "_s));
        m_expand.insert(field);
    }
    const QStringList include = request.queryValues(u"include"_s, true);
    for (const QString &field : include)
        m_include.insert(field);
}

QJsonValue Expander::lookup(const QString &kind, const QJsonValue &id)
{
    if (!id.isString())
        return id;
    const QString key = kind + u'/' + id.toString();
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    const auto doc = m_ctx.docs.get(kind, id.toString());
    // An id that no longer resolves stays an id rather than turning into null.
    const QJsonValue value = doc ? QJsonValue(*doc) : id;
    m_cache.insert(key, value);
    return value;
}

QJsonValue Expander::user(const QJsonValue &id)
{
    return lookup(u"user"_s, id);
}

QJsonObject Expander::applyInclude(const QJsonObject &object) const
{
    if (m_include.isEmpty())
        return object;
    // `include` narrows the answer to the listed fields; expanded fields are always included.
    QJsonObject out{{u"id"_s, object.value(u"id"_s)}};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (m_include.contains(it.key()) || m_expand.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject Expander::opportunity(QJsonObject opp)
{
    if (m_expand.contains(u"stage"_s))
        opp.insert(u"stage"_s, lookup(u"stage"_s, opp.value(u"stage"_s)));
    if (m_expand.contains(u"owner"_s))
        opp.insert(u"owner"_s, user(opp.value(u"owner"_s)));
    if (m_expand.contains(u"sourcedBy"_s))
        opp.insert(u"sourcedBy"_s, user(opp.value(u"sourcedBy"_s)));
    if (m_expand.contains(u"contact"_s))
        opp.insert(u"contact"_s, lookup(u"contact"_s, opp.value(u"contact"_s)));
    if (m_expand.contains(u"followers"_s)) {
        QJsonArray followers;
        const QJsonArray ids = opp.value(u"followers"_s).toArray();
        for (const QJsonValue &id : ids)
            followers.append(user(id));
        opp.insert(u"followers"_s, followers);
    }
    if (m_expand.contains(u"applications"_s)) {
        QJsonArray applications;
        const QJsonArray ids = opp.value(u"applications"_s).toArray();
        for (const QJsonValue &id : ids)
            applications.append(lookup(u"application"_s, id));
        opp.insert(u"applications"_s, applications);
    }
    return applyInclude(opp);
}

QJsonObject Expander::posting(QJsonObject posting)
{
    for (const QString &field : {u"user"_s, u"owner"_s, u"hiringManager"_s}) {
        if (m_expand.contains(field))
            posting.insert(field, user(posting.value(field)));
    }
    if (m_expand.contains(u"followers"_s)) {
        QJsonArray followers;
        const QJsonArray ids = posting.value(u"followers"_s).toArray();
        for (const QJsonValue &id : ids)
            followers.append(user(id));
        posting.insert(u"followers"_s, followers);
    }
    return applyInclude(posting);
}

} // namespace lever::sandbox

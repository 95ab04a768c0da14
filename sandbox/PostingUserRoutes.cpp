#include "PostingUserRoutes.h"

#include "ConfidentialFilter.h"
#include "DocumentStore.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QString kOwner = u"posting-owner"_s;
const QString kHiringManager = u"hiring-manager"_s;
const QString kFollower = u"follower"_s;
const QString kAdmin = u"account-admin"_s;
const QStringList kAdminRoles = {u"super admin"_s, u"admin"_s};

QJsonArray roles()
{
    auto role = [](const QString &id, const QString &name, bool readOnly) {
        return QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"isReadOnly"_s, readOnly}};
    };
    QJsonObject admin = role(kAdmin, u"Admin"_s, false);
    admin.insert(u"conditions"_s, QJsonObject{{u"accessRoles"_s, QJsonArray::fromStringList(kAdminRoles)}});
    return QJsonArray{role(kOwner, u"Posting owner"_s, false),
                      role(kHiringManager, u"Hiring manager"_s, false), role(kFollower, u"Follower"_s, true),
                      admin};
}

// Users with their roles, in the order they were first named.
class Holders
{
public:
    void add(const QString &userId, const QString &role)
    {
        if (userId.isEmpty())
            return;
        if (!m_roles.contains(userId))
            m_order.append(userId);
        if (!m_roles[userId].contains(role))
            m_roles[userId].append(role);
    }

    QJsonArray users(SandboxContext &ctx) const
    {
        QJsonArray out;
        for (const QString &id : m_order) {
            const auto user = ctx.docs.get(u"user"_s, id);
            if (!user || !user->value(u"deactivatedAt"_s).isNull())
                continue;
            out.append(QJsonObject{{u"id"_s, id},
                                   {u"name"_s, user->value(u"name"_s)},
                                   {u"email"_s, user->value(u"email"_s)},
                                   {u"accessRole"_s, user->value(u"accessRole"_s)},
                                   {u"roles"_s, QJsonArray::fromStringList(m_roles.value(id))}});
        }
        return out;
    }

private:
    QStringList m_order;
    QHash<QString, QStringList> m_roles;
};
} // namespace

void PostingUserRoutes::install(Router &router, SandboxContext &ctx)
{
    router.add("GET", u"/postings/:id/users"_s, u"postings:read:admin"_s, [&ctx](Request &request) {
        const QJsonObject posting = ctx.docs.require(u"posting"_s, request.param(u"id"_s), u"Posting"_s);
        ConfidentialFilter::requireVisible(request, posting, u"Posting"_s);
        Holders holders;
        holders.add(posting.value(u"owner"_s).toString(), kOwner);
        holders.add(posting.value(u"hiringManager"_s).toString(), kHiringManager);
        const QJsonArray followers = posting.value(u"followers"_s).toArray();
        for (const QJsonValue &f : followers)
            holders.add(f.toString(), kFollower);
        const QList<QJsonObject> users = ctx.docs.all(u"user"_s);
        for (const QJsonObject &u : users) {
            if (kAdminRoles.contains(u.value(u"accessRole"_s).toString()))
                holders.add(u.value(u"id"_s).toString(), kAdmin);
        }
        return Response::json(QJsonObject{{u"posting"_s, QJsonObject{{u"id"_s, posting.value(u"id"_s)},
                                                                     {u"text"_s, posting.value(u"text"_s)}}},
                                          {u"roles"_s, roles()},
                                          {u"users"_s, holders.users(ctx)}});
    });
}

} // namespace lever::sandbox

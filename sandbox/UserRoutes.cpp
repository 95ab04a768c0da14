#include "UserRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "DocumentStore.h"
#include "Request.h"
#include "ResourceFields.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QStringList kRoles = {u"super admin"_s, u"admin"_s, u"team member"_s, u"limited team member"_s,
                            u"interviewer"_s};
const QStringList kWritable = {u"name"_s,     u"email"_s,     u"accessRole"_s,
                               u"jobTitle"_s, u"managerId"_s, u"externalDirectoryId"_s};

QJsonArray changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QJsonArray changed;
    for (const QString &key : kWritable) {
        // An absent field (a new user) counts as null.
        const QJsonValue was = before.contains(key) ? before.value(key) : QJsonValue();
        if (was != after.value(key))
            changed.append(key);
    }
    return changed;
}

QJsonObject setActive(SandboxContext &ctx, const Request &request, bool active)
{
    QJsonObject user = ctx.docs.require(u"user"_s, request.param(u"id"_s), u"User"_s);
    const QString id = user.value(u"id"_s).toString();
    const bool isActive = user.value(u"deactivatedAt"_s).isNull();
    if (isActive == active)
        throw SandboxError::badRequest(u"User "_s + id +
                                       (active ? u" is not deactivated"_s : u" is already deactivated"_s));
    user.insert(u"deactivatedAt"_s, active ? QJsonValue() : QJsonValue(ctx.now()));
    Transaction tx(ctx.db);
    ctx.docs.put(u"user"_s, id, {}, user);
    ctx.audit.record(active ? u"user.reactivated"_s : u"user.deactivated"_s, request.actingUser(), u"user"_s,
                     id, QJsonObject{{u"changed"_s, QJsonArray{u"deactivatedAt"_s}}});
    tx.commit();
    return user;
}
} // namespace

QString UserRoutes::uniqueUsername(SandboxContext &ctx, const QString &email)
{
    const QString base = email.section(u'@', 0, 0).toLower();
    QSet<QString> taken;
    const QList<QJsonObject> users = ctx.docs.all(u"user"_s);
    for (const QJsonObject &u : users)
        taken.insert(u.value(u"username"_s).toString());
    QString candidate = base;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = base + QString::number(n);
    return candidate;
}

QJsonObject UserRoutes::applyBody(SandboxContext &ctx, const Request &request, QJsonObject user, bool create)
{
    const ResourceFields body(request.jsonBody());
    const QString selfId = user.value(u"id"_s).toString();
    user.insert(u"name"_s, body.requiredString(u"name"_s).trimmed());

    const QString email = body.requiredString(u"email"_s).trimmed();
    static const QRegularExpression shape(u"^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"_s);
    if (email.size() > 254 || !shape.match(email).hasMatch())
        throw SandboxError::badRequest(u"email must be a valid email address"_s);
    const QList<QJsonObject> users = ctx.docs.all(u"user"_s);
    for (const QJsonObject &other : users) {
        if (other.value(u"id"_s).toString() != selfId &&
            other.value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) == 0)
            throw SandboxError::conflict(u"A user with the email "_s + email + u" already exists"_s);
    }
    user.insert(u"email"_s, email);

    if (!create && !body.isSet(u"accessRole"_s))
        throw SandboxError::badRequest(u"accessRole is required"_s);
    user.insert(u"accessRole"_s, body.oneOf(u"accessRole"_s, kRoles).value_or(u"interviewer"_s));

    for (const QString &key : {u"externalDirectoryId"_s, u"jobTitle"_s}) {
        const auto value = body.string(key);
        user.insert(key, value ? QJsonValue(*value) : QJsonValue());
    }
    const auto manager = body.string(u"managerId"_s);
    if (manager && (*manager == selfId || !ctx.docs.get(u"user"_s, *manager)))
        throw SandboxError::badRequest(u"managerId must be the id of another existing user"_s);
    user.insert(u"managerId"_s, manager ? QJsonValue(*manager) : QJsonValue());
    return user;
}

void UserRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"users:read:admin"_s;
    const QString write = u"users:write:admin"_s;
    router.add("GET", u"/users"_s, read, [&ctx](Request &request) {
        const PageToken::Window window = PageToken::window(request);
        const QStringList emails = request.queryValues(u"email"_s);
        const QStringList roles = request.queryValues(u"accessRole"_s);
        const QStringList directoryIds = request.queryValues(u"external_directory_id"_s);
        const bool deactivated = request.boolQuery(u"includeDeactivated"_s).value_or(false);
        const auto accept = [&](const QJsonObject &user) {
            if (!deactivated && !user.value(u"deactivatedAt"_s).isNull())
                return false;
            if (!roles.isEmpty() && !roles.contains(user.value(u"accessRole"_s).toString()))
                return false;
            if (!directoryIds.isEmpty() &&
                !directoryIds.contains(user.value(u"externalDirectoryId"_s).toString()))
                return false;
            return emails.isEmpty() ||
                   emails.contains(user.value(u"email"_s).toString(), Qt::CaseInsensitive);
        };
        const auto page = ctx.docs.page(u"user"_s, std::nullopt, window, accept);
        return Response::page(page.items, page.hasNext, page.next);
    });
    router.add("GET", u"/users/:id"_s, read, [&ctx](Request &request) {
        return Response::data(ctx.docs.require(u"user"_s, request.param(u"id"_s), u"User"_s));
    });
    router.add("POST", u"/users"_s, write, [&ctx](Request &request) {
        const QString id = SandboxContext::newId();
        QJsonObject user{{u"id"_s, id},
                         {u"createdAt"_s, ctx.now()},
                         {u"deactivatedAt"_s, QJsonValue()},
                         {u"photo"_s, QJsonValue()},
                         {u"linkedContactIds"_s, QJsonValue()}};
        user = applyBody(ctx, request, user, true);
        user.insert(u"username"_s, uniqueUsername(ctx, user.value(u"email"_s).toString()));
        Transaction tx(ctx.db);
        ctx.docs.put(u"user"_s, id, {}, user);
        ctx.audit.record(u"user.created"_s, request.actingUser(), u"user"_s, id,
                         QJsonObject{{u"changed"_s, changedFields({}, user)}});
        tx.commit();
        return Response::data(user, 201);
    });
    router.add("PUT", u"/users/:id"_s, write, [&ctx](Request &request) {
        const QJsonObject current = ctx.docs.require(u"user"_s, request.param(u"id"_s), u"User"_s);
        const QJsonObject user = applyBody(ctx, request, current, false);
        const QString id = user.value(u"id"_s).toString();
        Transaction tx(ctx.db);
        ctx.docs.put(u"user"_s, id, {}, user);
        ctx.audit.record(u"user.updated"_s, request.actingUser(), u"user"_s, id,
                         QJsonObject{{u"changed"_s, changedFields(current, user)}});
        tx.commit();
        return Response::data(user);
    });
    router.add("POST", u"/users/:id/deactivate"_s, write,
               [&ctx](Request &request) { return Response::data(setActive(ctx, request, false)); });
    router.add("POST", u"/users/:id/reactivate"_s, write,
               [&ctx](Request &request) { return Response::data(setActive(ctx, request, true)); });
}

} // namespace lever::sandbox

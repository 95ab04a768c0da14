#pragma once

#include <QJsonObject>
#include <QString>

namespace lever::sandbox {

class Request;
class Router;
struct SandboxContext;

// Users (lever-api-notes.md §6 "Users"), scopes users:read:admin and users:write:admin:
//   GET  /users                  filters email, accessRole / accessRole[] (repeatable), includeDeactivated
//                                (default false), external_directory_id
//   GET  /users/:id              deactivated users too
//   POST /users                  {name*, email* (unique, 409), accessRole (default interviewer),
//                                externalDirectoryId, jobTitle, managerId} -> 201; username from the email
//   PUT  /users/:id              replaces the user (name, email, accessRole required)
//   POST /users/:id/deactivate   200 with the user; 400 when already deactivated
//   POST /users/:id/reactivate   200 with the user; 400 when not deactivated
// Audited: user.created, user.updated, user.deactivated, user.reactivated (meta {changed: [fields]}).
class UserRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);

private:
    // Name, email, role and the optional fields of a create or PUT body applied to `user`.
    static QJsonObject applyBody(SandboxContext &ctx, const Request &request, QJsonObject user, bool create);
    static QString uniqueUsername(SandboxContext &ctx, const QString &email);
};

} // namespace lever::sandbox

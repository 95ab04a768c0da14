#pragma once

#include <QByteArray>
#include <QStringList>

namespace lever::api {

// The filters of GET /users: only active users unless includeDeactivated.
struct UserFilter
{
    QStringList emails;
    QStringList
        accessRoles; // super admin | admin | team member | limited team member | interviewer | custom role id
    bool includeDeactivated = false;
    QStringList externalDirectoryIds;

    QByteArray toQuery() const;
};

} // namespace lever::api

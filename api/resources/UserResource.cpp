#include "UserResource.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Pager<User> UserResource::list(const UserFilter &filter, Priority priority)
{
    return Resource::list<User>(u"/users"_s, filter.toQuery(), priority);
}

Call<User> UserResource::get(const QString &id)
{
    return read<User>(path({u"users"_s, id}));
}

Call<User> UserResource::create(const User &user)
{
    if (user.name.trimmed().isEmpty() || user.email.trimmed().isEmpty())
        return refuse<User>(u"A user needs a name and an e-mail address"_s);
    return write<User>("POST", u"/users"_s, user.toWriteJson(), PerformAs::No);
}

Call<User> UserResource::update(const QString &id, const User &user)
{
    if (user.name.trimmed().isEmpty() || user.email.trimmed().isEmpty() || user.accessRole.isEmpty())
        return refuse<User>(
            u"Updating a user replaces it: name, e-mail address and access role are needed"_s);
    return write<User>("PUT", path({u"users"_s, id}), user.toWriteJson(), PerformAs::No);
}

Call<User> UserResource::deactivate(const QString &id)
{
    return write<User>("POST", path({u"users"_s, id, u"deactivate"_s}), {}, PerformAs::No);
}

Call<User> UserResource::reactivate(const QString &id)
{
    return write<User>("POST", path({u"users"_s, id, u"reactivate"_s}), {}, PerformAs::No);
}

} // namespace lever::api

#pragma once

#include "filters/UserFilter.h"
#include "resources/Resource.h"
#include "types/User.h"

namespace lever::api {

// Lever users. PUT replaces the user (name, email, accessRole required); no invitation is sent on create.
class UserResource : public Resource
{
public:
    explicit UserResource(Client &client)
        : Resource(client)
    {}

    Pager<User> list(const UserFilter &filter = {}, Priority priority = Priority::Background);
    Call<User> get(const QString &id);
    Call<User> create(const User &user);
    Call<User> update(const QString &id, const User &user);
    Call<User> deactivate(const QString &id);
    Call<User> reactivate(const QString &id);
};

} // namespace lever::api

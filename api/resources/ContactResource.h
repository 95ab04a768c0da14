#pragma once

#include "resources/Resource.h"
#include "types/Contact.h"

namespace lever::api {

// Contacts: the person behind one or more opportunities; an update shows on all of them.
class ContactResource : public Resource
{
public:
    explicit ContactResource(Client &client)
        : Resource(client)
    {}

    Call<Contact> get(const QString &id);
    // PUT /contacts/{id}: name, headline, location, emails, phones (name and emails required).
    Call<Contact> update(const QString &id, const Contact &contact);
};

} // namespace lever::api

#include "ContactResource.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Call<Contact> ContactResource::get(const QString &id)
{
    return read<Contact>(path({u"contacts"_s, id}));
}

Call<Contact> ContactResource::update(const QString &id, const Contact &contact)
{
    if (contact.name.trimmed().isEmpty())
        return refuse<Contact>(u"A contact needs a name"_s);
    return write<Contact>("PUT", path({u"contacts"_s, id}), contact.toWriteJson(), PerformAs::No);
}

} // namespace lever::api

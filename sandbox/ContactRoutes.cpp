#include "ContactRoutes.h"

#include "BodyFields.h"
#include "ContactDirectory.h"
#include "Database.h"
#include "OpportunityEvents.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QJsonObject requireContact(SandboxContext &ctx, const Request &request, const QString &id)
{
    const auto contact = ContactDirectory::find(ctx, id);
    if (!contact)
        throw SandboxError::notFound(u"Contact "_s + id + u" was not found"_s);
    // A person known only through confidential opportunities is confidential too.
    const bool access = request.principal.confidentialAccess ||
                        request.principal.kind == Principal::Kind::Admin ||
                        request.principal.hasScope(u"confidential:access:admin"_s);
    if (!access && ContactDirectory::onlyConfidential(ctx, id))
        throw SandboxError::forbidden(u"Contact "_s + id + u" is confidential"_s);
    return *contact;
}

QJsonObject update(const Request &request, QJsonObject contact)
{
    const BodyFields f(request.jsonBody());
    const QString name = f.requiredString(u"name"_s);
    if (!f.has(u"emails"_s))
        throw SandboxError::badRequest(u"emails is required (an array of email addresses)"_s);
    contact.insert(u"name"_s, name);
    contact.insert(u"emails"_s, QJsonArray::fromStringList(*f.emails(u"emails"_s)));
    if (const auto headline = f.string(u"headline"_s))
        contact.insert(u"headline"_s, *headline);
    if (f.has(u"location"_s)) {
        const QJsonValue location = f.body().value(u"location"_s);
        QString locationName;
        if (location.isString())
            locationName =
                BodyFields::checkText(location.toString(), u"location"_s, BodyFields::kMaxText, true);
        else if (location.isObject())
            locationName =
                BodyFields(location.toObject(), u"location."_s).string(u"name"_s).value_or(QString());
        else
            throw SandboxError::badRequest(u"location must be a string or an object {name}"_s);
        contact.insert(u"location"_s, QJsonObject{{u"name"_s, locationName}});
    }
    if (const auto phones = f.phones(u"phones"_s))
        contact.insert(u"phones"_s, *phones);
    return contact;
}
} // namespace

void ContactRoutes::install(Router &router, SandboxContext &ctx)
{
    router.add("GET", u"/contacts/:id"_s, u"contact:read:admin"_s, [&ctx](Request &request) {
        return Response::data(requireContact(ctx, request, request.param(u"id"_s)));
    });
    router.add("PUT", u"/contacts/:id"_s, u"contact:write:admin"_s, [&ctx](Request &request) {
        const QString id = request.param(u"id"_s);
        const QJsonObject before = requireContact(ctx, request, id);
        const QJsonObject contact = update(request, before);
        if (contact != before) {
            Transaction tx(ctx.db);
            ContactDirectory::save(ctx, contact);
            tx.commit();
            OpportunityEvents::contactUpdated(ctx, id);
        }
        return Response::data(contact);
    });
}

} // namespace lever::sandbox

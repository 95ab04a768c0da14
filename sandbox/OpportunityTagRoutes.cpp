#include "OpportunityTagRoutes.h"

#include "BodyFields.h"
#include "ContactDirectory.h"
#include "Database.h"
#include "OpportunityEvents.h"
#include "OpportunityRoutes.h"
#include "OpportunityStore.h"
#include "OpportunityWriteRoutes.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QStringList requestedValues(const Request &request, const QString &field, int maxLength)
{
    const BodyFields f(request.jsonBody());
    if (!f.has(field))
        throw SandboxError::badRequest(field + u" is required: an array of strings"_s);
    return *f.strings(field, maxLength, false);
}

// Applies the change to `current`; true when it changed anything.
bool edit(QStringList &current, const QStringList &values, bool add)
{
    const qsizetype before = current.size();
    if (add) {
        for (const QString &v : values) {
            if (!current.contains(v))
                current.append(v);
        }
        return current.size() != before;
    }
    for (const QString &v : values)
        current.removeAll(v);
    return current.size() != before;
}

QJsonObject editOpportunityList(SandboxContext &ctx, const Request &request, QJsonObject opp,
                                const QString &field, bool add)
{
    const QStringList values = requestedValues(request, field, BodyFields::kMaxText);
    QStringList current = ContactDirectory::strings(opp.value(field));
    if (!edit(current, values, add))
        return opp;
    opp.insert(field, QJsonArray::fromStringList(current));
    opp.insert(u"updatedAt"_s, ctx.now());
    ctx.opportunities.save(opp);
    return opp;
}

QJsonObject editLinks(SandboxContext &ctx, const Request &request, QJsonObject opp, bool add)
{
    const QStringList values = requestedValues(request, u"links"_s, BodyFields::kMaxLink);
    const QString id = opp.value(u"id"_s).toString();
    const QString contactId = opp.value(u"contact"_s).toString();
    QJsonObject contact = ContactDirectory::ofOpportunity(ctx, opp);
    QStringList links = ContactDirectory::strings(contact.value(u"links"_s));
    if (!edit(links, values, add))
        return opp;
    contact.insert(u"links"_s, QJsonArray::fromStringList(links));
    Transaction tx(ctx.db);
    ContactDirectory::save(ctx, contact);
    tx.commit();
    OpportunityEvents::contactUpdated(ctx, contactId);
    return ctx.opportunities.get(id).value_or(opp);
}
} // namespace

void OpportunityTagRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString write = u"opportunities:write:admin"_s;
    const QList<QPair<QString, QString>> lists = {{u"Tags"_s, u"tags"_s}, {u"Sources"_s, u"sources"_s}};
    // `field = field`: clang before 16 cannot capture a structured binding by name.
    for (const auto &[suffix, field] : lists) {
        for (const bool add : {true, false}) {
            const QString path = u"/opportunities/:id/"_s + (add ? u"add"_s : u"remove"_s) + suffix;
            router.add("POST", path, write, [&ctx, field = field, add](Request &request) {
                OpportunityWriteRoutes::checkExpand(ctx, request);
                const QJsonObject opp =
                    OpportunityRoutes::requireVisible(ctx, request, request.param(u"id"_s));
                return OpportunityWriteRoutes::answer(ctx, request,
                                                      editOpportunityList(ctx, request, opp, field, add));
            });
        }
    }
    for (const bool add : {true, false}) {
        const QString path = add ? u"/opportunities/:id/addLinks"_s : u"/opportunities/:id/removeLinks"_s;
        router.add("POST", path, write, [&ctx, add](Request &request) {
            OpportunityWriteRoutes::checkExpand(ctx, request);
            const QJsonObject opp = OpportunityRoutes::requireVisible(ctx, request, request.param(u"id"_s));
            return OpportunityWriteRoutes::answer(ctx, request, editLinks(ctx, request, opp, add));
        });
    }
}

} // namespace lever::sandbox

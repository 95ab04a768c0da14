#include "OpportunityWriteRoutes.h"

#include "BodyFields.h"
#include "ContactDirectory.h"
#include "Database.h"
#include "DocumentStore.h"
#include "Expander.h"
#include "OpportunityArchiver.h"
#include "OpportunityEvents.h"
#include "OpportunityFactory.h"
#include "OpportunityRoutes.h"
#include "OpportunityStore.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
// The same fields GET /opportunities expands.
const QStringList kExpandable = {u"applications"_s, u"stage"_s,     u"owner"_s,
                                 u"followers"_s,    u"sourcedBy"_s, u"contact"_s};

QJsonObject update(SandboxContext &ctx, const Request &request, QJsonObject opp)
{
    const QJsonObject body = request.jsonBody();
    const BodyFields f(body);
    static const QStringList allowed = {u"name"_s, u"headline"_s, u"location"_s, u"owner"_s, u"followers"_s};
    f.allowOnly(allowed);
    if (std::none_of(allowed.cbegin(), allowed.cend(), [&](const QString &key) { return f.has(key); }))
        throw SandboxError::badRequest(u"Nothing to update: send at least one of "_s + allowed.join(u", "_s));
    const auto name = f.string(u"name"_s, BodyFields::kMaxText, false);
    const auto headline = f.string(u"headline"_s);
    const auto location = f.string(u"location"_s);
    const auto owner = f.string(u"owner"_s, BodyFields::kMaxText, false);
    if (owner)
        BodyFields::activeUser(ctx, *owner, u"owner"_s);
    const auto followers = f.strings(u"followers"_s);
    if (followers) {
        for (qsizetype i = 0; i < followers->size(); ++i)
            BodyFields::activeUser(ctx, followers->at(i), u"followers["_s + QString::number(i) + u']');
    }

    // Name, headline and location belong to the person, so every opportunity of the contact follows.
    const QString id = opp.value(u"id"_s).toString();
    const QString contactId = opp.value(u"contact"_s).toString();
    QJsonObject contact = ContactDirectory::ofOpportunity(ctx, opp);
    const QJsonObject before = contact;
    if (name)
        contact.insert(u"name"_s, *name);
    if (headline)
        contact.insert(u"headline"_s, *headline);
    if (location)
        contact.insert(u"location"_s, QJsonObject{{u"name"_s, *location}});
    const bool contactChanged = contact != before;

    Transaction tx(ctx.db);
    if (contactChanged) {
        ContactDirectory::save(ctx, contact);
        opp = ctx.opportunities.get(id).value_or(opp);
        ContactDirectory::applyTo(opp, contact);
    }
    if (owner)
        opp.insert(u"owner"_s, *owner);
    if (followers)
        opp.insert(u"followers"_s, QJsonArray::fromStringList(*followers));
    opp.insert(u"updatedAt"_s, ctx.now());
    ctx.opportunities.save(opp);
    tx.commit();
    if (contactChanged)
        OpportunityEvents::contactUpdated(ctx, contactId);
    return opp;
}

QJsonObject moveStage(SandboxContext &ctx, const Request &request, QJsonObject opp)
{
    const BodyFields f(request.jsonBody());
    const QString stageId = f.requiredString(u"stage"_s);
    BodyFields::stage(ctx, stageId, u"stage"_s);
    const QString from = opp.value(u"stage"_s).toString();
    // Moving to the stage it is already in changes nothing (and so announces nothing).
    if (from == stageId)
        return opp;
    const QList<QJsonObject> stages = ctx.docs.all(u"stage"_s);
    qsizetype index = 0;
    while (index < stages.size() && stages.at(index).value(u"id"_s).toString() != stageId)
        ++index;
    const qint64 now = ctx.now();
    QJsonArray changes = opp.value(u"stageChanges"_s).toArray();
    changes.append(QJsonObject{{u"toStageId"_s, stageId},
                               {u"toStageIndex"_s, index},
                               {u"updatedAt"_s, now},
                               {u"userId"_s, request.actingUser()}});
    opp.insert(u"stageChanges"_s, changes);
    opp.insert(u"stage"_s, stageId);
    opp.insert(u"lastAdvancedAt"_s, now);
    opp.insert(u"lastInteractionAt"_s, now);
    opp.insert(u"updatedAt"_s, now);
    // `archived` is left as it is: Lever moves archived opportunities and they stay archived.
    ctx.opportunities.save(opp);
    OpportunityEvents::stageChange(ctx, opp, from);
    return opp;
}
} // namespace

void OpportunityWriteRoutes::checkExpand(SandboxContext &ctx, const Request &request)
{
    [[maybe_unused]] const Expander probe(ctx, request, kExpandable);
}

Response OpportunityWriteRoutes::answer(SandboxContext &ctx, const Request &request, const QJsonObject &opp,
                                        int status, const QJsonObject &extra)
{
    Expander expander(ctx, request, kExpandable);
    QJsonObject envelope = extra;
    envelope.insert(u"data"_s, expander.opportunity(opp));
    return Response::json(envelope, status);
}

void OpportunityWriteRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString write = u"opportunities:write:admin"_s;
    router.add("POST", u"/opportunities"_s, write, [&ctx](Request &request) {
        checkExpand(ctx, request);
        const auto result = OpportunityFactory::create(ctx, request);
        return answer(ctx, request, result.opportunity, 201, QJsonObject{{u"deduped"_s, result.deduped}});
    });
    router.add("PUT", u"/opportunities/:id"_s, write, [&ctx](Request &request) {
        checkExpand(ctx, request);
        const QJsonObject opp = OpportunityRoutes::requireVisible(ctx, request, request.param(u"id"_s));
        return answer(ctx, request, update(ctx, request, opp));
    });
    router.add("PUT", u"/opportunities/:id/stage"_s, write, [&ctx](Request &request) {
        checkExpand(ctx, request);
        const QJsonObject opp = OpportunityRoutes::requireVisible(ctx, request, request.param(u"id"_s));
        return answer(ctx, request, moveStage(ctx, request, opp));
    });
    router.add("PUT", u"/opportunities/:id/archived"_s, write, [&ctx](Request &request) {
        checkExpand(ctx, request);
        const QJsonObject opp = OpportunityRoutes::requireVisible(ctx, request, request.param(u"id"_s));
        return answer(ctx, request, OpportunityArchiver::apply(ctx, request, opp));
    });
}

} // namespace lever::sandbox

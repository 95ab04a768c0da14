#include "DeletedRecords.h"

#include "DocumentStore.h"
#include "OpportunityStore.h"
#include "Request.h"
#include "RequisitionLinks.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

QJsonObject DeletedRecords::stamped(QJsonObject doc, const QString &deletedBy, qint64 deletedAt)
{
    doc.insert(u"deletedAt"_s, deletedAt);
    doc.insert(u"deletedBy"_s, deletedBy);
    return doc;
}

QJsonObject DeletedRecords::deletePosting(SandboxContext &ctx, const QString &postingId,
                                          const QString &deletedBy, qint64 deletedAt)
{
    const QJsonObject posting = ctx.docs.require(u"posting"_s, postingId, u"Posting"_s);
    // Requisitions list their postings: a deleted one must drop out of them first.
    if (!posting.value(u"requisitionCodes"_s).toArray().isEmpty())
        RequisitionLinks::postingChanged(ctx, postingId, {});
    const QJsonObject gone = stamped(posting, deletedBy, deletedAt);
    ctx.docs.remove(u"posting"_s, postingId);
    ctx.docs.put(kPostings, postingId, {}, gone);
    return gone;
}

void DeletedRecords::opportunityDeleted(SandboxContext &ctx, const QString &opportunityId,
                                        const QString &deletedBy, qint64 deletedAt)
{
    const QList<QJsonObject> applications = ctx.docs.children(u"application"_s, opportunityId);
    for (const QJsonObject &application : applications)
        ctx.docs.put(kApplications, application.value(u"id"_s).toString(), opportunityId,
                     stamped(application, deletedBy, deletedAt));
}

QJsonObject DeletedRecords::deleteApplication(SandboxContext &ctx, const QString &opportunityId,
                                              const QString &applicationId, const QString &deletedBy,
                                              qint64 deletedAt)
{
    auto opportunity = ctx.opportunities.get(opportunityId);
    if (!opportunity)
        throw SandboxError::notFound(u"Opportunity "_s + opportunityId + u" was not found"_s);
    const QJsonObject application = ctx.docs.require(u"application"_s, applicationId, u"Application"_s);
    if (ctx.docs.parentOf(u"application"_s, applicationId) != opportunityId)
        throw SandboxError::notFound(u"Application "_s + applicationId + u" is not on opportunity "_s +
                                     opportunityId);
    QJsonArray kept;
    QStringList postings;
    for (const QJsonValue &id : opportunity->value(u"applications"_s).toArray()) {
        if (id.toString() == applicationId)
            continue;
        kept.append(id);
        if (const auto other = ctx.docs.get(u"application"_s, id.toString())) {
            const QString posting = other->value(u"posting"_s).toString();
            if (!posting.isEmpty())
                postings.append(posting);
        }
    }
    opportunity->insert(u"applications"_s, kept);
    ctx.opportunities.save(*opportunity, postings);
    ctx.docs.remove(u"application"_s, applicationId);
    const QJsonObject gone = stamped(application, deletedBy, deletedAt);
    ctx.docs.put(kApplications, applicationId, opportunityId, gone);
    return gone;
}

DocumentStore::Predicate DeletedRecords::deletedWithin(const Request &request)
{
    const auto start = request.epochMsQuery(u"deleted_at_start"_s);
    const auto end = request.epochMsQuery(u"deleted_at_end"_s);
    if (!start && !end)
        return {};
    return [start, end](const QJsonObject &doc) {
        const qint64 at = qint64(doc.value(u"deletedAt"_s).toDouble());
        return (!start || at >= *start) && (!end || at <= *end);
    };
}

} // namespace lever::sandbox

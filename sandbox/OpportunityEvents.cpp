#include "OpportunityEvents.h"

#include "SandboxContext.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

QJsonObject OpportunityEvents::base(const QJsonObject &opp)
{
    const QJsonValue id = opp.value(u"id"_s);
    return QJsonObject{
        {u"opportunityId"_s, id}, {u"candidateId"_s, id}, {u"contactId"_s, opp.value(u"contact"_s)}};
}

void OpportunityEvents::stageChange(SandboxContext &ctx, const QJsonObject &opp, const QString &fromStageId)
{
    QJsonObject data = base(opp);
    data.insert(u"fromStageId"_s, fromStageId.isEmpty() ? QJsonValue() : QJsonValue(fromStageId));
    data.insert(u"toStageId"_s, opp.value(u"stage"_s));
    ctx.notify(u"candidateStageChange"_s, data);
}

void OpportunityEvents::archiveChange(SandboxContext &ctx, const QJsonObject &opp,
                                      const QJsonValue &fromArchived)
{
    QJsonObject data = base(opp);
    data.insert(u"fromArchived"_s, fromArchived.isObject() ? fromArchived : QJsonValue());
    const QJsonValue to = opp.value(u"archived"_s);
    data.insert(u"toArchived"_s, to.isObject() ? to : QJsonValue());
    ctx.notify(u"candidateArchiveChange"_s, data);
}

void OpportunityEvents::hired(SandboxContext &ctx, const QJsonObject &opp, const QString &archiveReasonId)
{
    QJsonObject data = base(opp);
    data.insert(u"archiveReasonId"_s, archiveReasonId);
    ctx.notify(u"candidateHired"_s, data);
}

void OpportunityEvents::deleted(SandboxContext &ctx, const QJsonObject &opp, const QString &deletedBy)
{
    QJsonObject data = base(opp);
    data.insert(u"deletedBy"_s, deletedBy);
    ctx.notify(u"candidateDeleted"_s, data);
}

void OpportunityEvents::applicationCreated(SandboxContext &ctx, const QJsonObject &opp,
                                           const QString &applicationId, const QString &postingId)
{
    QJsonObject data = base(opp);
    data.insert(u"applicationId"_s, applicationId);
    data.insert(u"postingId"_s, postingId);
    ctx.notify(u"applicationCreated"_s, data);
}

void OpportunityEvents::interviewDeleted(SandboxContext &ctx, const QJsonObject &opp,
                                         const QString &interviewId, const QString &panelId)
{
    QJsonObject data = base(opp);
    data.insert(u"interviewId"_s, interviewId);
    data.insert(u"panelId"_s, panelId);
    ctx.notify(u"interviewDeleted"_s, data);
}

void OpportunityEvents::contactCreated(SandboxContext &ctx, const QString &contactId)
{
    ctx.notify(u"contactCreated"_s, QJsonObject{{u"contactId"_s, contactId}});
}

void OpportunityEvents::contactUpdated(SandboxContext &ctx, const QString &contactId)
{
    ctx.notify(u"contactUpdated"_s, QJsonObject{{u"contactId"_s, contactId}});
}

} // namespace lever::sandbox

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace lever::sandbox {

struct SandboxContext;

// Emits the webhook events about opportunities and contacts, each with exactly its agreed data contract.
// Callers emit after their transaction commits, so a rolled-back write never announces anything.
class OpportunityEvents
{
public:
    static void stageChange(SandboxContext &ctx, const QJsonObject &opp, const QString &fromStageId);
    // `fromArchived`: the previous `archived` value (null or {reason, archivedAt}).
    static void archiveChange(SandboxContext &ctx, const QJsonObject &opp, const QJsonValue &fromArchived);
    static void hired(SandboxContext &ctx, const QJsonObject &opp, const QString &archiveReasonId);
    static void deleted(SandboxContext &ctx, const QJsonObject &opp, const QString &deletedBy);
    static void applicationCreated(SandboxContext &ctx, const QJsonObject &opp, const QString &applicationId,
                                   const QString &postingId);
    static void interviewDeleted(SandboxContext &ctx, const QJsonObject &opp, const QString &interviewId,
                                 const QString &panelId);
    static void contactCreated(SandboxContext &ctx, const QString &contactId);
    static void contactUpdated(SandboxContext &ctx, const QString &contactId);

private:
    // {opportunityId, candidateId (= opportunityId, Lever's legacy name), contactId}
    static QJsonObject base(const QJsonObject &opp);
};

} // namespace lever::sandbox

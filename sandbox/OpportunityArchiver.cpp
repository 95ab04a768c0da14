#include "OpportunityArchiver.h"

#include "BodyFields.h"
#include "Database.h"
#include "DocumentStore.h"
#include "OpportunityEvents.h"
#include "OpportunityStore.h"
#include "Request.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

QJsonObject OpportunityArchiver::apply(SandboxContext &ctx, const Request &request, QJsonObject opp)
{
    const QJsonObject body = request.jsonBody();
    const BodyFields f(body);
    if (!body.contains(u"reason"_s))
        throw SandboxError::badRequest(u"reason is required: an archive reason id, or null to unarchive"_s);
    const QJsonValue reasonValue = body.value(u"reason"_s);
    if (!reasonValue.isNull() && !reasonValue.isString())
        throw SandboxError::badRequest(u"reason must be an archive reason id (a string) or null"_s);
    const bool clean = f.boolean(u"cleanInterviews"_s).value_or(false);
    const auto requisitionId = f.string(u"requisitionId"_s, BodyFields::kMaxText, false);

    const QString oppId = opp.value(u"id"_s).toString();
    QJsonObject reason;
    if (reasonValue.isString())
        reason = BodyFields::activeArchiveReason(ctx, reasonValue.toString(), u"reason"_s);
    const bool hired = reason.value(u"type"_s).toString() == u"hired"_s;
    const QList<QJsonObject> applications = ctx.docs.children(u"application"_s, oppId);
    std::optional<QJsonObject> requisition;
    bool hireCounted = false;
    if (requisitionId) {
        if (!hired)
            throw SandboxError::badRequest(
                u"requisitionId applies only with an archive reason of type hired"_s);
        requisition = ctx.docs.get(u"requisition"_s, *requisitionId);
        if (!requisition)
            throw SandboxError::badRequest(u"requisitionId: requisition "_s + *requisitionId +
                                           u" was not found"_s);
        // A retried hire that was already counted must not trip over the requisition it just filled.
        hireCounted = std::any_of(applications.cbegin(), applications.cend(), [&](const QJsonObject &a) {
            return a.value(u"requisitionForHire"_s).toString() == *requisitionId;
        });
        const QString status = requisition->value(u"status"_s).toString();
        if (status != u"open"_s && !hireCounted)
            throw SandboxError::badRequest(u"requisitionId: requisition "_s + *requisitionId +
                                           u" is not open ("_s + status + u')');
        if (applications.size() > 1)
            throw SandboxError::badRequest(
                u"requisitionId cannot be used: the profile has several active applications"_s);
        const QList<QJsonObject> offers = ctx.docs.children(u"offer"_s, oppId);
        for (const QJsonObject &offer : offers) {
            if (offer.value(u"status"_s).toString() == u"sent"_s)
                throw SandboxError::badRequest(u"requisitionId cannot be used: offer "_s +
                                               offer.value(u"id"_s).toString() +
                                               u" was extended but is not signed yet"_s);
        }
    }

    const qint64 now = ctx.now();
    const QJsonValue from = opp.value(u"archived"_s);
    QJsonValue to;
    if (reasonValue.isString()) {
        // Re-sending the current reason keeps the original archive time.
        const bool same = from.isObject() && from.toObject().value(u"reason"_s) == reasonValue;
        to = QJsonObject{{u"reason"_s, reasonValue},
                         {u"archivedAt"_s, same ? from.toObject().value(u"archivedAt"_s) : QJsonValue(now)}};
    }
    const bool changed = to != (from.isObject() ? from : QJsonValue());

    QList<QPair<QString, QString>> removed;
    Transaction tx(ctx.db);
    if (changed) {
        opp.insert(u"archived"_s, to);
        opp.insert(u"updatedAt"_s, now);
        opp.insert(u"lastInteractionAt"_s, now);
        ctx.opportunities.save(opp);
        for (QJsonObject application : applications) {
            application.insert(u"archived"_s, to);
            ctx.docs.put(u"application"_s, application.value(u"id"_s).toString(), oppId, application);
        }
    }
    if (to.isObject() && clean)
        removed = cleanInterviews(ctx, oppId);
    if (requisition && !hireCounted)
        hireOnRequisition(ctx, oppId, *requisition);
    tx.commit();

    for (const auto &[interviewId, panelId] : std::as_const(removed))
        OpportunityEvents::interviewDeleted(ctx, opp, interviewId, panelId);
    if (changed) {
        OpportunityEvents::archiveChange(ctx, opp, from);
        if (hired)
            OpportunityEvents::hired(ctx, opp, reasonValue.toString());
    }
    return opp;
}

QList<QPair<QString, QString>> OpportunityArchiver::cleanInterviews(SandboxContext &ctx, const QString &oppId)
{
    const qint64 now = ctx.now();
    auto pending = [now](const QJsonObject &interview) {
        return interview.value(u"date"_s).toDouble() > now;
    };
    QList<QPair<QString, QString>> removed;
    QSet<QString> removedIds;
    const QList<QJsonObject> panels = ctx.docs.children(u"panel"_s, oppId);
    for (QJsonObject panel : panels) {
        const QString panelId = panel.value(u"id"_s).toString();
        const QJsonArray interviews = panel.value(u"interviews"_s).toArray();
        QJsonArray kept;
        qint64 start = 0, end = 0;
        for (const QJsonValue &v : interviews) {
            const QJsonObject interview = v.toObject();
            if (pending(interview)) {
                const QString id = interview.value(u"id"_s).toString();
                ctx.docs.remove(u"interview"_s, id);
                removed.append({id, panelId});
                removedIds.insert(id);
                continue;
            }
            const qint64 date = qint64(interview.value(u"date"_s).toDouble());
            const qint64 finish = date + qint64(interview.value(u"duration"_s).toDouble()) * 60000;
            start = kept.isEmpty() ? date : qMin(start, date);
            end = kept.isEmpty() ? finish : qMax(end, finish);
            kept.append(interview);
        }
        if (kept.size() == interviews.size())
            continue;
        if (kept.isEmpty()) {
            ctx.docs.remove(u"panel"_s, panelId);
            continue;
        }
        panel.insert(u"interviews"_s, kept);
        panel.insert(u"start"_s, start);
        panel.insert(u"end"_s, end);
        ctx.docs.put(u"panel"_s, panelId, oppId, panel);
    }
    // Interviews whose panel copy was missing still go when they are pending.
    const QList<QJsonObject> interviews = ctx.docs.children(u"interview"_s, oppId);
    for (const QJsonObject &interview : interviews) {
        const QString id = interview.value(u"id"_s).toString();
        if (pending(interview) && !removedIds.contains(id)) {
            ctx.docs.remove(u"interview"_s, id);
            removed.append({id, interview.value(u"panel"_s).toString()});
        }
    }
    return removed;
}

void OpportunityArchiver::hireOnRequisition(SandboxContext &ctx, const QString &oppId,
                                            QJsonObject requisition)
{
    const QString id = requisition.value(u"id"_s).toString();
    const qint64 now = ctx.now();
    const int hiredCount = requisition.value(u"headcountHired"_s).toInt() + 1;
    requisition.insert(u"headcountHired"_s, hiredCount);
    requisition.insert(u"updatedAt"_s, now);
    const QJsonValue total = requisition.value(u"headcountTotal"_s);
    // A filled requisition closes; "unlimited" headcount never fills.
    if (total.isDouble() && !requisition.value(u"headcountInfinite"_s).toBool() &&
        hiredCount >= total.toInt()) {
        requisition.insert(u"status"_s, u"closed"_s);
        requisition.insert(u"closedAt"_s, now);
    }
    ctx.docs.put(u"requisition"_s, id, ctx.docs.parentOf(u"requisition"_s, id), requisition);
    const QList<QJsonObject> applications = ctx.docs.children(u"application"_s, oppId);
    for (QJsonObject application : applications) {
        application.insert(u"requisitionForHire"_s, id);
        ctx.docs.put(u"application"_s, application.value(u"id"_s).toString(), oppId, application);
    }
}

} // namespace lever::sandbox

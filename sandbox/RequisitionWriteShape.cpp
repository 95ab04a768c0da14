#include "RequisitionWriteShape.h"

#include "Database.h"
#include "DocumentStore.h"
#include "SandboxContext.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QString kHistory = u"requisition_history"_s;
}

void RequisitionWriteShape::recordStatus(SandboxContext &ctx, const QJsonObject &before,
                                         const QJsonObject &after, qint64 now)
{
    const QString status = after.value(u"status"_s).toString();
    if (!before.isEmpty() && before.value(u"status"_s).toString() == status)
        return;
    const QString id = after.value(u"id"_s).toString();
    QJsonObject history = ctx.docs.get(kHistory, id).value_or(QJsonObject{{u"id"_s, id}});
    QJsonArray entries = history.value(u"entries"_s).toArray();
    entries.append(
        QJsonObject{{u"status"_s, status},
                    {u"beginAt"_s, now},
                    {u"attribution"_s, QJsonObject{{u"service"_s, u"api"_s}, {u"timestamp"_s, now}}}});
    history.insert(u"entries"_s, entries);
    ctx.docs.put(kHistory, id, id, history);
}

void RequisitionWriteShape::forget(SandboxContext &ctx, const QString &requisitionId)
{
    ctx.docs.remove(kHistory, requisitionId);
}

QJsonObject RequisitionWriteShape::answer(SandboxContext &ctx, const QJsonObject &r)
{
    // Lever's search index: lower-case words of the name and the code.
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QJsonArray tokens;
    const QStringList words =
        QString(r.value(u"name"_s).toString() + u' ' + r.value(u"requisitionCode"_s).toString())
            .toLower()
            .split(separators, Qt::SkipEmptyParts);
    for (const QString &w : words)
        tokens.append(w);
    bool confidentialPosting = false;
    const QJsonArray postings = r.value(u"postings"_s).toArray();
    for (const QJsonValue &p : postings) {
        const auto posting = ctx.docs.get(u"posting"_s, p.toString());
        confidentialPosting |=
            posting && posting->value(u"confidentiality"_s).toString() == u"confidential"_s;
    }
    // The GET fields stay too: clients written against either shape read what they expect.
    QJsonObject out = r;
    const QJsonObject internal{
        {u"accountId"_s, ctx.db.metaValue(u"oauth.accountId"_s)},
        {u"backfill"_s, r.value(u"backfill"_s).toBool()},
        {u"createdAt"_s, r.value(u"createdAt"_s)},
        {u"creatorUserId"_s, r.value(u"creator"_s)},
        {u"customFields"_s, r.value(u"customFields"_s).toObject()},
        {u"hasConfidentialPosting"_s, confidentialPosting},
        {u"headcountHired"_s, r.value(u"headcountHired"_s)},
        {u"headcountInfinite"_s, r.value(u"headcountInfinite"_s).toBool()},
        {u"headcountTotal"_s, r.value(u"headcountTotal"_s)},
        {u"id"_s, r.value(u"id"_s)},
        {u"internalNotes"_s, r.value(u"internalNotes"_s).toString()},
        {u"name"_s, r.value(u"name"_s)},
        {u"ownerUserId"_s, r.value(u"owner"_s)},
        {u"postingIds"_s, postings},
        {u"requisitionCode"_s, r.value(u"requisitionCode"_s)},
        {u"reservedOfferIds"_s, r.value(u"offerIds"_s).toArray()},
        {u"search"_s, QJsonObject{{u"nameCodeTokens"_s, tokens}}},
        {u"stateHistory"_s, ctx.docs.get(kHistory, r.value(u"id"_s).toString())
                                .value_or(QJsonObject{})
                                .value(u"entries"_s)
                                .toArray()},
        {u"status"_s, r.value(u"status"_s)},
        {u"updatedAt"_s, r.value(u"updatedAt"_s)},
    };
    for (auto it = internal.begin(); it != internal.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace lever::sandbox

#include "RequisitionLinks.h"

#include "DocumentStore.h"
#include "SandboxContext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}
} // namespace

void RequisitionLinks::postingChanged(SandboxContext &ctx, const QString &postingId, const QStringList &codes)
{
    const QList<QJsonObject> requisitions = ctx.docs.all(u"requisition"_s);
    for (QJsonObject requisition : requisitions) {
        QStringList postings = stringList(requisition.value(u"postings"_s));
        const bool linked = codes.contains(requisition.value(u"requisitionCode"_s).toString());
        if (linked == postings.contains(postingId))
            continue;
        if (linked)
            postings.append(postingId);
        else
            postings.removeAll(postingId);
        requisition.insert(u"postings"_s, QJsonArray::fromStringList(postings));
        ctx.docs.put(u"requisition"_s, requisition.value(u"id"_s).toString(), {}, requisition);
    }
}

void RequisitionLinks::requisitionChanged(SandboxContext &ctx, const QJsonObject &before,
                                          const QJsonObject &after)
{
    const QString oldCode = before.value(u"requisitionCode"_s).toString();
    const QString newCode = after.value(u"requisitionCode"_s).toString();
    const QStringList newPostings = stringList(after.value(u"postings"_s));
    QStringList touched = stringList(before.value(u"postings"_s)) + newPostings;
    touched.removeDuplicates();
    for (const QString &id : std::as_const(touched)) {
        auto posting = ctx.docs.get(u"posting"_s, id);
        if (!posting)
            continue;
        const QStringList old = stringList(posting->value(u"requisitionCodes"_s));
        QStringList codes = old;
        if (!oldCode.isEmpty())
            codes.removeAll(oldCode);
        if (!after.isEmpty() && newPostings.contains(id) && !codes.contains(newCode))
            codes.append(newCode);
        if (codes == old)
            continue;
        posting->insert(u"requisitionCodes"_s, QJsonArray::fromStringList(codes));
        ctx.docs.put(u"posting"_s, id, {}, *posting);
    }
}

} // namespace lever::sandbox

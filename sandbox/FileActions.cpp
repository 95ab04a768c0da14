#include "FileActions.h"

#include "DocumentStore.h"
#include "SandboxContext.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

void FileActions::record(SandboxContext &ctx, const QString &opportunityId, const QString &action,
                         const QJsonObject &file, const QString &userId)
{
    const QString id = SandboxContext::newId();
    ctx.docs.put(kKind, id, opportunityId,
                 QJsonObject{{u"id"_s, id},
                             {u"action"_s, action},
                             {u"fileId"_s, file.value(u"id"_s)},
                             {u"fileName"_s, file.value(u"name"_s)},
                             {u"user"_s, userId},
                             {u"createdAt"_s, ctx.now()}});
}

} // namespace lever::sandbox

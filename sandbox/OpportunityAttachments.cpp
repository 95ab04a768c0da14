#include "OpportunityAttachments.h"

#include "DocumentStore.h"
#include "FileContent.h"
#include "SandboxContext.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

QJsonObject OpportunityAttachments::storeFile(SandboxContext &ctx, const QString &opportunityId,
                                              const MultipartParser::Part &part, const QString &id)
{
    const QString name = part.fileName.value_or(u"file"_s);
    const QString ext = FileContent::extensionOf(name);
    const QJsonObject file{
        {u"id"_s, id},
        {u"downloadUrl"_s,
         QString(ctx.origin + u"/v1/opportunities/"_s + opportunityId + u"/files/"_s + id + u"/download"_s)},
        {u"ext"_s, ext},
        {u"name"_s, name},
        {u"uploadedAt"_s, ctx.now()},
        {u"status"_s, FileContent::statusFor(ext, part.data)},
        {u"size"_s, part.data.size()},
    };
    FileContent::storeBlob(ctx.db, id, part.data);
    ctx.docs.put(u"file"_s, id, opportunityId, file);
    return file;
}

QJsonObject OpportunityAttachments::storeResume(SandboxContext &ctx, const QString &opportunityId,
                                                const MultipartParser::Part &part,
                                                const QJsonObject &parsedData)
{
    const QString id = SandboxContext::newId();
    const QJsonObject file = storeFile(ctx, opportunityId, part, id);
    const QString ext = file.value(u"ext"_s).toString();
    const QJsonObject resume{
        {u"id"_s, id},
        {u"createdAt"_s, file.value(u"uploadedAt"_s)},
        {u"file"_s,
         QJsonObject{{u"name"_s, file.value(u"name"_s)},
                     {u"ext"_s, ext.isEmpty() ? QString() : u'.' + ext}, // Lever's resume example: ".pdf"
                     {u"downloadUrl"_s, QString(ctx.origin + u"/v1/opportunities/"_s + opportunityId +
                                                u"/resumes/"_s + id + u"/download"_s)},
                     {u"uploadedAt"_s, file.value(u"uploadedAt"_s)},
                     {u"status"_s, file.value(u"status"_s)},
                     {u"size"_s, file.value(u"size"_s)}}},
        {u"parsedData"_s, parsedData},
    };
    ctx.docs.put(u"resume"_s, id, opportunityId, resume);
    return resume;
}

} // namespace lever::sandbox

#include "UploadRoutes.h"

#include "Database.h"
#include "DocumentStore.h"
#include "FileContent.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
// Expired uploads go on the next upload, so the table never grows past a day of them.
void purgeExpired(SandboxContext &ctx, qint64 now)
{
    const QList<QJsonObject> uploads = ctx.docs.all(u"upload"_s);
    for (const QJsonObject &u : uploads) {
        if (qint64(u.value(u"expiresAt"_s).toDouble()) <= now) {
            const QString id = u.value(u"id"_s).toString();
            ctx.docs.remove(u"upload"_s, id);
            FileContent::removeBlob(ctx.db, id);
        }
    }
}
} // namespace

void UploadRoutes::install(Router &router, SandboxContext &ctx)
{
    router.add("POST", u"/uploads"_s, u"uploads:write:admin"_s, [&ctx](Request &request) {
        const MultipartParser::Part part = FileContent::uploadedFile(request);
        const qint64 now = ctx.now();
        const QString id = SandboxContext::newId();
        const QJsonObject upload{{u"id"_s, id},
                                 {u"uri"_s, QString(ctx.origin + u"/v1/uploads/"_s + id)},
                                 {u"filename"_s, *part.fileName},
                                 {u"expiresAt"_s, now + kLifetimeMs},
                                 {u"size"_s, part.data.size()}};
        Transaction tx(ctx.db);
        purgeExpired(ctx, now);
        FileContent::storeBlob(ctx.db, id, part.data);
        ctx.docs.put(u"upload"_s, id, {}, upload);
        tx.commit();
        return Response::data(upload, 201);
    });
    router.add("GET", u"/uploads/:id"_s, u"uploads:read:admin"_s, [&ctx](Request &request) {
        const QString id = request.param(u"id"_s);
        const auto upload = ctx.docs.get(u"upload"_s, id);
        const auto bytes = upload ? FileContent::blob(ctx.db, id) : std::nullopt;
        if (!upload || !bytes || qint64(upload->value(u"expiresAt"_s).toDouble()) <= ctx.now())
            throw SandboxError::notFound(u"Upload "_s + id + u" was not found or has expired"_s);
        return FileContent::download(upload->value(u"filename"_s).toString(), *bytes);
    });
}

} // namespace lever::sandbox

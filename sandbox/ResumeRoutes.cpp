#include "ResumeRoutes.h"

#include "ChildDocuments.h"
#include "DocumentStore.h"
#include "FileContent.h"
#include "FileRoutes.h"
#include "OpportunityRoutes.h"
#include "PageToken.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

void ResumeRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"resumes:read:admin"_s;
    auto resume = [&ctx](const Request &request) {
        OpportunityRoutes::requireVisible(ctx, request, request.param(u"id"_s));
        return ChildDocuments::require(ctx, u"resume"_s, request.param(u"id"_s), request.param(u"resumeId"_s),
                                       u"Resume"_s);
    };
    router.add("GET", u"/opportunities/:id/resumes"_s, read, [&ctx](Request &request) {
        const QString id =
            OpportunityRoutes::requireVisible(ctx, request, request.param(u"id"_s)).value(u"id"_s).toString();
        const PageToken::Window window = PageToken::window(request);
        auto range = FileRoutes::uploadRange(request);
        const auto p = ctx.docs.page(u"resume"_s, id, window, [range](const QJsonObject &r) {
            return range(qint64(r.value(u"file"_s).toObject().value(u"uploadedAt"_s).toDouble()));
        });
        return Response::page(p.items, p.hasNext, p.next);
    });
    router.add("GET", u"/opportunities/:id/resumes/:resumeId"_s, read,
               [resume](Request &request) { return Response::data(resume(request)); });
    router.add("GET", u"/opportunities/:id/resumes/:resumeId/download"_s, read,
               [&ctx, resume](Request &request) {
                   const QJsonObject doc = resume(request);
                   const QString id = doc.value(u"id"_s).toString();
                   const QJsonObject file = doc.value(u"file"_s).toObject();
                   if (file.value(u"status"_s).toString() == u"error"_s)
                       throw SandboxError::unprocessable(
                           u"Resume "_s + id + u" could not be processed and cannot be downloaded"_s);
                   // The resume's bytes are stored under the resume's id (its file shares it).
                   const auto bytes = FileContent::blob(ctx.db, id);
                   if (!bytes)
                       throw SandboxError::notFound(u"The file of resume "_s + id + u" was not found"_s);
                   return FileContent::download(file.value(u"name"_s).toString(), *bytes);
               });
}

} // namespace lever::sandbox

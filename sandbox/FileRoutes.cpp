#include "FileRoutes.h"

#include "ChildDocuments.h"
#include "Database.h"
#include "DocumentStore.h"
#include "FileActions.h"
#include "FileContent.h"
#include "OpportunityAttachments.h"
#include "OpportunityRoutes.h"
#include "PageToken.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QJsonObject uploadFile(SandboxContext &ctx, const Request &request, const QString &opportunityId)
{
    const MultipartParser::Part part = FileContent::uploadedFile(request);
    Transaction tx(ctx.db);
    const QJsonObject file = OpportunityAttachments::storeFile(ctx, opportunityId, part, SandboxContext::newId());
    FileActions::record(ctx, opportunityId, u"uploaded"_s, file, request.actingUser());
    tx.commit();
    return file;
}

Response downloadFile(SandboxContext &ctx, const QJsonObject &file)
{
    const QString id = file.value(u"id"_s).toString();
    if (file.value(u"status"_s).toString() == u"error"_s)
        throw SandboxError::unprocessable(u"File "_s + id +
                                          u" could not be processed and cannot be downloaded"_s);
    const auto bytes = FileContent::blob(ctx.db, id);
    if (!bytes)
        throw SandboxError::notFound(u"The content of file "_s + id + u" was not found"_s);
    return FileContent::download(file.value(u"name"_s).toString(), *bytes);
}

Response deleteFile(SandboxContext &ctx, const Request &request, const QJsonObject &file)
{
    const QString id = file.value(u"id"_s).toString();
    Transaction tx(ctx.db);
    FileActions::record(ctx, ctx.docs.parentOf(u"file"_s, id), u"deleted"_s, file, request.actingUser());
    ctx.docs.remove(u"file"_s, id);
    // A resume shares its file's id and bytes; those stay while the resume does.
    if (!ctx.docs.get(u"resume"_s, id))
        FileContent::removeBlob(ctx.db, id);
    tx.commit();
    return Response::noContent();
}

QJsonObject withOpportunity(SandboxContext &ctx, QJsonObject file)
{
    file.insert(u"opportunityId"_s, ctx.docs.parentOf(u"file"_s, file.value(u"id"_s).toString()));
    return file;
}
} // namespace

std::function<bool(qint64)> FileRoutes::uploadRange(const Request &request)
{
    const auto start = request.epochMsQuery(u"uploaded_at_start"_s);
    const auto end = request.epochMsQuery(u"uploaded_at_end"_s);
    return [start, end](qint64 at) { return (!start || at >= *start) && (!end || at <= *end); };
}

void FileRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"files:read:admin"_s;
    const QString write = u"files:write:admin"_s;
    auto opp = [&ctx](const Request &request) {
        return OpportunityRoutes::requireVisible(ctx, request, request.param(u"id"_s))
            .value(u"id"_s)
            .toString();
    };
    auto file = [&ctx](const Request &request) {
        return ChildDocuments::require(ctx, u"file"_s, request.param(u"id"_s), request.param(u"fileId"_s),
                                       u"File"_s);
    };
    auto owned = [&ctx](const Request &request) {
        return ChildDocuments::requireOwned(ctx, request, u"file"_s, request.param(u"id"_s), u"File"_s).doc;
    };
    auto inRange = [](const Request &request) {
        return [range = uploadRange(request)](const QJsonObject &f) {
            return range(qint64(f.value(u"uploadedAt"_s).toDouble()));
        };
    };

    router.add("GET", u"/opportunities/:id/files"_s, read, [&ctx, opp, inRange](Request &request) {
        const QString id = opp(request);
        const auto p = ctx.docs.page(u"file"_s, id, PageToken::window(request), inRange(request));
        return Response::page(p.items, p.hasNext, p.next);
    });
    router.add("GET", u"/opportunities/:id/file_actions"_s, read, [&ctx, opp](Request &request) {
        const auto p = ctx.docs.page(FileActions::kKind, opp(request), PageToken::window(request));
        return Response::page(p.items, p.hasNext, p.next);
    });
    router.add("GET", u"/opportunities/:id/files/:fileId"_s, read, [opp, file](Request &request) {
        opp(request);
        return Response::data(file(request));
    });
    router.add("GET", u"/opportunities/:id/files/:fileId/download"_s, read,
               [&ctx, opp, file](Request &request) {
                   opp(request);
                   return downloadFile(ctx, file(request));
               });
    router.add("POST", u"/opportunities/:id/files"_s, write, [&ctx, opp](Request &request) {
        return Response::data(uploadFile(ctx, request, opp(request)), 201);
    });
    router.add("DELETE", u"/opportunities/:id/files/:fileId"_s, write, [&ctx, opp, file](Request &request) {
        opp(request);
        return deleteFile(ctx, request, file(request));
    });

    // The spec's top-level forms.
    router.add("GET", u"/files"_s, read, [&ctx, inRange](Request &request) {
        const PageToken::Window window = PageToken::window(request);
        auto range = inRange(request);
        auto transform = [&ctx](const QJsonObject &f) { return withOpportunity(ctx, f); };
        if (request.hasQuery(u"opportunity_id"_s)) {
            const QString id =
                OpportunityRoutes::requireVisible(ctx, request, request.queryValue(u"opportunity_id"_s))
                    .value(u"id"_s)
                    .toString();
            const auto p = ctx.docs.page(u"file"_s, id, window, range, transform);
            return Response::page(p.items, p.hasNext, p.next);
        }
        auto visible = ChildDocuments::visibleTo(ctx, request, u"file"_s);
        const auto p = ctx.docs.page(
            u"file"_s, std::nullopt, window,
            [range, visible](const QJsonObject &f) { return range(f) && visible(f); }, transform);
        return Response::page(p.items, p.hasNext, p.next);
    });
    router.add("POST", u"/files"_s, write, [&ctx](Request &request) {
        const QString id = request.queryValue(u"opportunity_id"_s);
        if (id.isEmpty())
            throw SandboxError::badRequest(u"The opportunity_id query parameter is required"_s);
        OpportunityRoutes::requireVisible(ctx, request, id);
        return Response::data(withOpportunity(ctx, uploadFile(ctx, request, id)), 201);
    });
    router.add("GET", u"/files/:id"_s, read, [&ctx, owned](Request &request) {
        return Response::data(withOpportunity(ctx, owned(request)));
    });
    router.add("GET", u"/files/:id/download"_s, read,
               [&ctx, owned](Request &request) { return downloadFile(ctx, owned(request)); });
    router.add("DELETE", u"/files/:id"_s, write,
               [&ctx, owned](Request &request) { return deleteFile(ctx, request, owned(request)); });
}

} // namespace lever::sandbox

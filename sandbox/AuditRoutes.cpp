#include "AuditRoutes.h"

#include "DocumentStore.h"
#include "PageToken.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QSet>
#include <optional>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
// A repeated filter matches any of its values (Lever's union semantics); absent matches all.
QSet<QString> valuesOf(const Request &request, const QString &name)
{
    const QStringList values = request.queryValues(name);
    return QSet<QString>(values.begin(), values.end());
}
} // namespace

void AuditRoutes::install(Router &router, SandboxContext &ctx)
{
    router.add("GET", u"/audit_events"_s, u"audit_events:read:admin"_s, [&ctx](Request &request) {
        const PageToken::Window window = PageToken::window(request);
        const QSet<QString> types = valuesOf(request, u"type"_s);
        const QSet<QString> users = valuesOf(request, u"user_id"_s);
        const QSet<QString> targetTypes = valuesOf(request, u"target_type"_s);
        const QSet<QString> targetIds = valuesOf(request, u"target_id"_s);
        const auto start = request.epochMsQuery(u"created_at_start"_s);
        const auto end = request.epochMsQuery(u"created_at_end"_s);
        auto accept = [&](const QJsonObject &event) {
            const QJsonObject target = event.value(u"target"_s).toObject();
            const qint64 createdAt = qint64(event.value(u"createdAt"_s).toDouble());
            return (types.isEmpty() || types.contains(event.value(u"type"_s).toString())) &&
                   (users.isEmpty() || users.contains(event.value(u"user"_s).toString())) &&
                   (targetTypes.isEmpty() || targetTypes.contains(target.value(u"type"_s).toString())) &&
                   (targetIds.isEmpty() || targetIds.contains(target.value(u"id"_s).toString())) &&
                   (!start || createdAt >= *start) && (!end || createdAt <= *end);
        };
        const bool filtered = !types.isEmpty() || !users.isEmpty() || !targetTypes.isEmpty() ||
                              !targetIds.isEmpty() || start || end;
        const auto page =
            ctx.docs.page(u"audit_event"_s, std::nullopt, window,
                          filtered ? DocumentStore::Predicate(accept) : DocumentStore::Predicate());
        return Response::page(page.items, page.hasNext, page.next);
    });
}

} // namespace lever::sandbox

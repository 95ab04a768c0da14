#pragma once

#include <QJsonObject>
#include <QString>

namespace lever::sandbox {

class Request;
class Router;
struct OpportunityFilter;
struct SandboxContext;

// Reads of opportunities: the filtered, paged list, one opportunity, and the deleted ones.
class OpportunityRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
    // Parses the list filters of lever-api-notes.md §2; throws 400 on malformed values, 403 when
    // confidential records are asked for without access.
    static OpportunityFilter parseFilter(const Request &request);
    // Throws 404 when absent and 403 when confidential without access.
    static QJsonObject requireVisible(SandboxContext &ctx, const Request &request, const QString &id);
};

} // namespace lever::sandbox

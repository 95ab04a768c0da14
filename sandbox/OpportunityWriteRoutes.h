#pragma once

#include <QJsonObject>

namespace lever::sandbox {

class Request;
class Router;
struct Response;
struct SandboxContext;

// Writes of opportunities: create, update (name, headline, location, owner, followers), move stage,
// archive/unarchive. Every write answers with the full opportunity, honouring `expand` and `include`.
class OpportunityWriteRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);

    // The opportunity as a write answers it (`{"data": ...}` plus `extra` keys at the top level).
    static Response answer(SandboxContext &ctx, const Request &request, const QJsonObject &opp,
                           int status = 200, const QJsonObject &extra = {});
    // Refuses an `expand` the opportunity cannot take before anything is written.
    static void checkExpand(SandboxContext &ctx, const Request &request);
};

} // namespace lever::sandbox

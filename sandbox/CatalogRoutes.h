#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// The read-only catalogs a client loads once: stages (pipeline order), archive reasons (?type=hired|
// non-hired), sources and tags ({text, count} over live opportunities, by text), requisition fields.
// Each list pages like every other (limit, offset); each has its own read scope.
class CatalogRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

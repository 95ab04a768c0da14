#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// GET /opportunities/:id/applications and /opportunities/:id/applications/:applicationId.
class ApplicationRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

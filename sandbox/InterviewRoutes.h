#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// Interviews under /opportunities/:id/interviews; writes go through the API-created panel they belong to.
class InterviewRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// Interview feedback under /opportunities/:id/feedback, and the feedback templates it is built from.
class FeedbackRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

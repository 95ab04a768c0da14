#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// Parsed resumes of an opportunity (`resume` documents) and the bytes of their files.
class ResumeRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

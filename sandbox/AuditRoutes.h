#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// /audit_events: the paged audit log with Lever's filters (type, user, target, creation time).
class AuditRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

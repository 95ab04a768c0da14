#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// /eeo/responses: EEO survey answers without candidate identity, and /eeo/responses/pii with it
// (a separate scope; every read of it is audited).
class EeoRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

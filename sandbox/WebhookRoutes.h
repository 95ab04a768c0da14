#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// /webhooks: list, create (the signature token is shown only then), update one or many, delete.
class WebhookRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

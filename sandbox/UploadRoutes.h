#pragma once

#include <QtGlobal>

namespace lever::sandbox {

class Router;
struct SandboxContext;

// POST /uploads: files kept for 24 hours for the apply endpoint, and the `uri` that serves them back.
class UploadRoutes
{
public:
    static constexpr qint64 kLifetimeMs = 24LL * 60 * 60 * 1000;
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

#pragma once

#include <QJsonObject>
#include <QString>

namespace lever::sandbox {

class Router;
struct SandboxContext;

// Interview panels: under /opportunities/:id/panels (Lever's form) and the spec's top-level /panels.
class PanelRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
    // Throws 403 unless `panel` was created through the API (`externallyManaged`): Lever refuses to
    // change or delete panels scheduled in its UI.
    static void requireApiManaged(const QJsonObject &panel);
};

} // namespace lever::sandbox

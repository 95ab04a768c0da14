#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// POST /opportunities/:id/addTags|removeTags, addSources|removeSources and addLinks|removeLinks.
// Adding is idempotent and removing an absent value is a no-op. Links belong to the contact, so they
// change on every opportunity of that person.
class OpportunityTagRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

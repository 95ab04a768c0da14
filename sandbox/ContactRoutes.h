#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// GET and PUT /contacts/:id. PUT takes name and emails (required), headline, location (a string or
// {name}) and phones; omitted optional fields keep their values, other keys are ignored. Changes reach
// every opportunity of the contact.
class ContactRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

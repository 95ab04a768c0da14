#pragma once

namespace lever::sandbox {

class Router;
class Sandbox;

// /_sandbox/...: test and demo controls (faults, rate limit, latency, request log, deleting candidates and
// postings, which the Data API cannot), admin key only.
class ControlRoutes
{
public:
    static void install(Router &router, Sandbox &sandbox);
};

} // namespace lever::sandbox

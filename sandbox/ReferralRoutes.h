#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// Referrals, read-only: GET /opportunities/:id/referrals and GET /referrals (filter opportunity_id).
// Referral documents ({id, type "referral", text, instructions, fields[], baseTemplateId, user, referrer,
// stage, createdAt, completedAt}) are written by the demo data and fixtures.
class ReferralRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

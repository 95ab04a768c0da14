#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// GET /disposition_stages (real Lever, outside the spec; scope stages:read:admin): where a candidate can
// be sent, in one answer: {data: {stages, archiveReasons}}.
//   stages          every stage in pipeline order, {id, text, pipeline, rank, hasInterview}: `pipeline`
//                   is the part of the funnel the stage belongs to (lead, applicant, interview, offer, by
//                   Lever's built-in ids: lead-*, applicant-new, offer, the custom stages between them are
//                   interview stages), `rank` its 1-based position, `hasInterview` true for interview stages.
//   archiveReasons  every archive reason in stored order, {id, text, status, type}; inactive
//                   ones are kept so a client can name the reason of an old archive.
class DispositionRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

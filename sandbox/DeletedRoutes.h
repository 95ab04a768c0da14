#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// Real Lever's lists of deleted records, outside the spec (lever-response-shapes.md records both):
//   GET /postings/deleted      postings:read:admin
//   GET /applications/deleted  applications:read:admin
// Both page like every list and take `deleted_at_start` / `deleted_at_end` (inclusive, epoch ms), as
// GET /opportunities/deleted does. Confidential postings, and applications of confidential
// opportunities, are left out for callers without confidential access rather than refused: a delta sync
// must not fail on a record it may not see. Records get here through DeletedRecords (a posting deleted
// with DELETE /_sandbox/postings/:id, the applications of a deleted candidate) and the demo data.
class DeletedRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

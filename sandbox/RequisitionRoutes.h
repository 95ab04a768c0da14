#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// Requisitions (lever-api-notes.md §6), scopes requisitions:read:admin and requisitions:write:admin:
//   GET    /requisitions      filters created_at_start/end, requisition_code, status (repeatable),
//                             confidentiality
//   GET    /requisitions/:id  403 for a confidential requisition without confidential access
//   POST   /requisitions      create (201); rules in RequisitionValidator.h
//   PUT    /requisitions/:id  replaces the whole object
//   DELETE /requisitions/:id  204
// Writes keep the linked postings' requisitionCodes in step (RequisitionLinks).
class RequisitionRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

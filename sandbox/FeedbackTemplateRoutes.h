#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// The feedback-template writes of real Lever (the reads are in FeedbackRoutes), scope
// feedback_templates:write:admin:
//   POST   /feedback_templates      201 with the template (FeedbackTemplateWriter has the rules)
//   PUT    /feedback_templates/:id  replaces text, instructions and fields (Lever's PUT semantics)
//   DELETE /feedback_templates/:id  204
// PUT and DELETE work only on templates created through the API (403 for those made in the UI, which
// the baseline ones are); an unknown id is a 404. Feedback already given keeps its own copy of the
// fields, so neither changes what was written against the old template.
// Audited: feedback_template.created, .updated, .deleted.
class FeedbackTemplateRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

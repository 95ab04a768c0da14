#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// Lever's apply endpoint and the form it takes (real Lever, outside the spec):
//   GET  /postings/:id/apply  postings:read:admin   the posting's application form (ApplicationForm)
//   POST /postings/:id/apply  postings:write:admin  applies as the candidate would on the jobs page
// POST checks the body against the form (ApplyValidator), then creates the opportunity through
// OpportunityFactory (dedupe by email, posting tags, contact and applicationCreated events) with origin
// "applied" in New applicant, owned and followed by the posting's owner, and turns its application into
// the applicant's own (type "posting", with name, email, phone, company, links, comments and the answered
// custom questions). A resume upload becomes the opportunity's resume; EEO answers an EEO response.
// Answers 201 {data: {applicationId}}. Refused: an unknown posting (404), a confidential one without
// access (403), one that is not published (400, the jobs page takes no applications for it).
class ApplyRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

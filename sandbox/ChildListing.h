#pragma once

#include <QString>

namespace lever::sandbox {

class Request;
struct Response;
struct SandboxContext;

// Paged lists of documents stored under opportunities (applications, offers, referrals): one
// opportunity's, or everyone's filtered by `opportunity_id`, showing only children of live
// opportunities the caller may see.
class ChildListing
{
public:
    static bool canSeeConfidential(const Request &request);
    // The `kind` documents of one opportunity (404/403 as for the opportunity itself).
    static Response ofOpportunity(SandboxContext &ctx, const Request &request, const QString &kind,
                                  const QString &oppId);
    // The `kind` documents of every visible opportunity; `opportunity_id` (repeatable) narrows them.
    static Response ofAll(SandboxContext &ctx, const Request &request, const QString &kind);
    // One document of an opportunity; 404 when it belongs to another one.
    static Response one(SandboxContext &ctx, const Request &request, const QString &kind,
                        const QString &oppId, const QString &id, const QString &what);
};

} // namespace lever::sandbox

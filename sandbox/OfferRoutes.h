#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// Offers, read-only: GET /opportunities/:id/offers and GET /offers (filter opportunity_id). Offer documents
// ({id, createdAt, status, creator, fields[], signatures, approved, approvedAt, sentAt, sentDocument,
// signedDocument, posting, opportunityId}) are written by the demo data and fixtures.
class OfferRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

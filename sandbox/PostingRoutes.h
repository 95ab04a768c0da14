#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// Postings (lever-api-notes.md §2 and §6), scopes postings:read:admin and postings:write:admin:
//   GET  /postings       filters state, distributionChannel, confidentiality, team, department, location
//                        (also matches allLocations), commitment, level, tag (case-sensitive, repeatable,
//                        a union within one filter); updated_at_start/end combine only with
//                        confidentiality (400 otherwise); expand user|owner|hiringManager|followers; include.
//                        Gotcha kept from Lever: state=published lists only postings distributed on the
//                        public channel unless distributionChannel names both public and internal.
//   GET  /postings/:id   403 for a confidential posting without confidential access.
//   POST /postings       create (201); a confidential posting cannot be created (400).
//   POST /postings/:id   Lever's form: partial update, only the fields sent change (within `categories` and
//                        `content` too).
//   PUT  /postings/:id   the spec's form: replaces every writable field (text required); omitted fields
//                        are cleared to their create defaults, except state, workplaceType and owner, which
//                        keep their value (resetting them would break the rules below).
// Update rules: confidentiality cannot change; workplaceType cannot go back to unspecified; state moves
// only along these transitions (400 listing the allowed targets otherwise):
//   draft                       -> any state
//   pending                     -> published, rejected, draft
//   rejected                    -> draft
//   published, internal, closed -> published, internal, closed (never back to draft or pending)
// Audited: posting.created, posting.state_changed (meta {from, to}).
class PostingRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

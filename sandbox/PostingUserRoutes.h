#pragma once

namespace lever::sandbox {

class Router;
struct SandboxContext;

// GET /postings/:id/users (real Lever, outside the spec; postings:read:admin): who can see and act on a
// posting. The recorded answer has no `data` envelope: {posting: {id, text}, roles, users}.
//   roles  the posting roles: posting owner and hiring manager (may edit the posting and its candidates),
//          follower (sees it and its candidates; isReadOnly), and the account-wide admin role, whose
//          `conditions` ({accessRoles}) say who holds it without being named on the posting.
//   users  every active user holding a role, in the order owner, hiring manager, followers, admins:
//          {id, name, email, accessRole, roles: [role ids]} (Lever records no element; this is ours).
// Deactivated users are left out: they can no longer sign in. A confidential posting needs confidential
// access (403), as GET /postings/:id does.
class PostingUserRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
};

} // namespace lever::sandbox

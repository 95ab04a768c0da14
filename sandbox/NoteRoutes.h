#pragma once

#include <QJsonArray>
#include <QString>

namespace lever::sandbox {

class Router;
struct SandboxContext;

// Notes on an opportunity, with threaded comments and @username mentions.
// Whether a note was created through the API (only those may be changed or deleted) and whom it
// mentions live in a separate `note_meta` document, so the served note stays exactly Lever's shape.
class NoteRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
    // Ids of the active users named by `@username` in `text`; unknown names stay plain text.
    static QJsonArray mentionedUsers(SandboxContext &ctx, const QString &text);
};

} // namespace lever::sandbox

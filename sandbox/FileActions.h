#pragma once

#include <QJsonObject>
#include <QString>

namespace lever::sandbox {

struct SandboxContext;

// What was done to an opportunity's files, for GET /opportunities/:id/file_actions (real Lever, outside
// the spec; its recorded answer is an empty page, and Lever documents no element). Ours are honest
// records of the sandbox's own file writes, oldest first:
//   {id, action: "uploaded"|"deleted", fileId, fileName, user, createdAt}
// Demo files have none: nothing was done to them through this server.
class FileActions
{
public:
    static inline const QString kKind = QStringLiteral("file_action");

    // Appends an action on `file` (a GET .../files/:id document) by `userId`. The caller holds the
    // transaction, so the action and the change it records commit together.
    static void record(SandboxContext &ctx, const QString &opportunityId, const QString &action,
                       const QJsonObject &file, const QString &userId);
};

} // namespace lever::sandbox

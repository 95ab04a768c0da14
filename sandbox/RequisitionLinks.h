#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lever::sandbox {

struct SandboxContext;

// Keeps both sides of the posting-requisition link in step: a posting's `requisitionCodes` and a
// requisition's `postings` (posting ids). Writers call it inside their transaction.
class RequisitionLinks
{
public:
    // A posting's codes are now `codes`: its id joins those requisitions and leaves the others.
    static void postingChanged(SandboxContext &ctx, const QString &postingId, const QStringList &codes);
    // A requisition was created (`before` empty), replaced, or deleted (`after` empty): its code is
    // added to, renamed in or removed from the postings it names.
    static void requisitionChanged(SandboxContext &ctx, const QJsonObject &before, const QJsonObject &after);
};

} // namespace lever::sandbox

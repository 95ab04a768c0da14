#pragma once

#include <QJsonObject>

namespace lever::sandbox {

struct SandboxContext;

// Lever answers requisition writes (POST, PUT) with its internal record rather than the GET shape:
// `accountId`, `creatorUserId`, `ownerUserId`, `postingIds`, `reservedOfferIds`, `search`, `stateHistory`
// (lever-response-shapes.md). This keeps each requisition's status history and answers writes with the
// GET shape plus those internal fields.
class RequisitionWriteShape
{
public:
    // Appends to the requisition's status history when its status changed (call inside the write's
    // transaction, with the stored GET-shape document before and after).
    static void recordStatus(SandboxContext &ctx, const QJsonObject &before, const QJsonObject &after,
                             qint64 now);
    static void forget(SandboxContext &ctx, const QString &requisitionId);
    static QJsonObject answer(SandboxContext &ctx, const QJsonObject &requisition);
};

} // namespace lever::sandbox

#pragma once

#include "DocumentStore.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace lever::sandbox {

class Request;
struct SandboxContext;

// Postings and applications that were deleted, kept as they last were plus Lever's `deletedAt` and
// `deletedBy`, for GET /postings/deleted and /applications/deleted (the console's delta sync reads them).
// They live in their own document kinds, so every live list and lookup stops seeing them at once.
class DeletedRecords
{
public:
    static inline const QString kPostings = QStringLiteral("deleted_posting");
    static inline const QString kApplications = QStringLiteral("deleted_application");

    // Moves a posting to the deleted ones and unlinks it from its requisitions. The caller holds the
    // transaction and has checked that no candidate is on it.
    static QJsonObject deletePosting(SandboxContext &ctx, const QString &postingId, const QString &deletedBy,
                                     qint64 deletedAt);
    // Keeps the applications of an opportunity that is being deleted (Lever deletes them with it).
    static void opportunityDeleted(SandboxContext &ctx, const QString &opportunityId,
                                   const QString &deletedBy, qint64 deletedAt);
    // Removes one application from a live opportunity (Lever's "remove from job"), keeping it for
    // /applications/deleted; the opportunity itself is left as it was, updatedAt included. The caller
    // holds the transaction.
    static QJsonObject deleteApplication(SandboxContext &ctx, const QString &opportunityId,
                                         const QString &applicationId, const QString &deletedBy,
                                         qint64 deletedAt);
    // `doc` with deletedAt and deletedBy set.
    static QJsonObject stamped(QJsonObject doc, const QString &deletedBy, qint64 deletedAt);

    // `deleted_at_start` / `deleted_at_end` (inclusive, epoch ms; 400 when malformed) as a predicate.
    static DocumentStore::Predicate deletedWithin(const Request &request);
};

} // namespace lever::sandbox

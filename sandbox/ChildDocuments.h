#pragma once

#include "DocumentStore.h"

#include <QJsonObject>
#include <QString>

namespace lever::sandbox {

class Request;
struct SandboxContext;

// Lookups of documents that live under an opportunity (panels, interviews, notes, feedback, files),
// for both the nested routes and the spec's top-level ones, with the opportunity's visibility applied.
class ChildDocuments
{
public:
    // The `kind` document `id` under `opportunityId`; 404 "<what> <id> was not found" when it is absent
    // or belongs to another opportunity.
    static QJsonObject require(SandboxContext &ctx, const QString &kind, const QString &opportunityId,
                               const QString &id, const QString &what);

    struct Owned
    {
        QJsonObject doc;
        QJsonObject opportunity;
    };
    // For top-level routes (/panels/:id, /files/:id): the document and its opportunity, which must be
    // visible to the caller (404 when absent, 403 when confidential without access).
    static Owned requireOwned(SandboxContext &ctx, const Request &request, const QString &kind,
                              const QString &id, const QString &what);

    // For top-level lists: accepts documents whose opportunity exists and the caller may see.
    static DocumentStore::Predicate visibleTo(SandboxContext &ctx, const Request &request,
                                              const QString &kind);
};

} // namespace lever::sandbox

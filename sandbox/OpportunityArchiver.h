#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace lever::sandbox {

class Request;
struct SandboxContext;

// PUT /opportunities/:id/archived: archive with a reason (or replace the reason), unarchive with
// `reason: null`, hire against an open requisition, and optionally drop the pending interviews.
class OpportunityArchiver
{
public:
    // `opp` is the visible opportunity; returns it as stored afterwards.
    static QJsonObject apply(SandboxContext &ctx, const Request &request, QJsonObject opp);

private:
    // Removes the opportunity's interviews dated after now, and panels left without interviews.
    // Returns the removed (interview id, panel id) pairs.
    static QList<QPair<QString, QString>> cleanInterviews(SandboxContext &ctx, const QString &oppId);
    // Counts the hire against the requisition, closing it when its headcount is filled.
    static void hireOnRequisition(SandboxContext &ctx, const QString &oppId, QJsonObject requisition);
};

} // namespace lever::sandbox

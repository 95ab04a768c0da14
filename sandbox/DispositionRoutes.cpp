#include "DispositionRoutes.h"

#include "DocumentStore.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QString pipelineOf(const QString &stageId)
{
    if (stageId.startsWith(u"lead-"_s))
        return u"lead"_s;
    if (stageId == u"applicant-new"_s)
        return u"applicant"_s;
    if (stageId == u"offer"_s)
        return u"offer"_s;
    return u"interview"_s;
}
} // namespace

void DispositionRoutes::install(Router &router, SandboxContext &ctx)
{
    router.add("GET", u"/disposition_stages"_s, u"stages:read:admin"_s, [&ctx](Request &) {
        QJsonArray stages;
        const QList<QJsonObject> stored = ctx.docs.all(u"stage"_s);
        for (const QJsonObject &stage : stored) {
            const QString pipeline = pipelineOf(stage.value(u"id"_s).toString());
            stages.append(QJsonObject{{u"id"_s, stage.value(u"id"_s)},
                                      {u"text"_s, stage.value(u"text"_s)},
                                      {u"pipeline"_s, pipeline},
                                      {u"rank"_s, stages.size() + 1},
                                      {u"hasInterview"_s, pipeline == u"interview"_s}});
        }
        QJsonArray reasons;
        const QList<QJsonObject> archiveReasons = ctx.docs.all(u"archive_reason"_s);
        for (const QJsonObject &reason : archiveReasons)
            reasons.append(QJsonObject{{u"id"_s, reason.value(u"id"_s)},
                                       {u"text"_s, reason.value(u"text"_s)},
                                       {u"status"_s, reason.value(u"status"_s)},
                                       {u"type"_s, reason.value(u"type"_s)}});
        return Response::data(QJsonObject{{u"stages"_s, stages}, {u"archiveReasons"_s, reasons}});
    });
}

} // namespace lever::sandbox

#include "PanelResource.h"

#include "QueryBuilder.h"

using namespace Qt::StringLiterals;

namespace lever::api {

QString PanelResource::check(const Panel &panel)
{
    if (panel.timezone.isEmpty())
        return u"A panel needs a time zone"_s;
    if (panel.interviews.isEmpty())
        return u"A panel needs at least one interview"_s;
    for (const Interview &i : panel.interviews) {
        if (i.interviewers.isEmpty())
            return u"Every interview needs at least one interviewer"_s;
        if (i.duration < 1)
            return u"Every interview needs a duration of at least one minute"_s;
    }
    return {};
}

Pager<Panel> PanelResource::list(const QString &opportunityId, Priority priority)
{
    return Resource::list<Panel>(path({u"opportunities"_s, opportunityId, u"panels"_s}), {}, priority);
}

Pager<Panel> PanelResource::listAll(const QString &opportunityId, Priority priority)
{
    QueryBuilder q;
    if (!opportunityId.isEmpty())
        q.add("opportunity_id", opportunityId);
    return Resource::list<Panel>(u"/panels"_s, q.encoded(), priority);
}

Call<Panel> PanelResource::create(const QString &opportunityId, const Panel &panel)
{
    if (const QString problem = check(panel); !problem.isEmpty())
        return refuse<Panel>(problem);
    return write<Panel>("POST", path({u"opportunities"_s, opportunityId, u"panels"_s}), panel.toWriteJson(),
                        PerformAs::Required);
}

Call<Panel> PanelResource::update(const QString &opportunityId, const QString &panelId, const Panel &panel)
{
    if (const QString problem = check(panel); !problem.isEmpty())
        return refuse<Panel>(problem);
    return write<Panel>("PUT", path({u"opportunities"_s, opportunityId, u"panels"_s, panelId}),
                        panel.toWriteJson(), PerformAs::Required);
}

Call<NoContent> PanelResource::remove(const QString &opportunityId, const QString &panelId)
{
    return Resource::remove(path({u"opportunities"_s, opportunityId, u"panels"_s, panelId}),
                            PerformAs::Required);
}

} // namespace lever::api

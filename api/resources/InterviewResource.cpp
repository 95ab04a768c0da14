#include "InterviewResource.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Pager<Interview> InterviewResource::list(const QString &opportunityId, Priority priority)
{
    return Resource::list<Interview>(path({u"opportunities"_s, opportunityId, u"interviews"_s}), {},
                                     priority);
}

Call<Interview> InterviewResource::get(const QString &opportunityId, const QString &interviewId)
{
    return read<Interview>(path({u"opportunities"_s, opportunityId, u"interviews"_s, interviewId}));
}

Call<Interview> InterviewResource::create(const QString &opportunityId, const Interview &interview)
{
    if (interview.panel.isEmpty())
        return refuse<Interview>(u"An interview is created inside a panel: none was given"_s);
    return write<Interview>("POST", path({u"opportunities"_s, opportunityId, u"interviews"_s}),
                            interview.toWriteJson(true, false), PerformAs::Required);
}

Call<Interview> InterviewResource::update(const QString &opportunityId, const QString &interviewId,
                                          const Interview &interview)
{
    return write<Interview>("PUT", path({u"opportunities"_s, opportunityId, u"interviews"_s, interviewId}),
                            interview.toWriteJson(false, false), PerformAs::Required);
}

Call<NoContent> InterviewResource::remove(const QString &opportunityId, const QString &interviewId)
{
    return Resource::remove(path({u"opportunities"_s, opportunityId, u"interviews"_s, interviewId}),
                            PerformAs::Required);
}

} // namespace lever::api

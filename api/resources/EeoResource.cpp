#include "EeoResource.h"

#include "QueryBuilder.h"

using namespace Qt::StringLiterals;

namespace lever::api {

namespace {
QByteArray rangeQuery(const TimeRange &appliedAt)
{
    QueryBuilder q;
    q.add("applied_at_start", appliedAt.start).add("applied_at_end", appliedAt.end);
    return q.encoded();
}
} // namespace

Pager<EeoResponse> EeoResource::responses(const TimeRange &appliedAt, Priority priority)
{
    return list<EeoResponse>(u"/eeo/responses"_s, rangeQuery(appliedAt), priority);
}

Pager<EeoResponse> EeoResource::responsesWithPii(const TimeRange &appliedAt, Priority priority)
{
    return list<EeoResponse>(u"/eeo/responses/pii"_s, rangeQuery(appliedAt), priority);
}

} // namespace lever::api

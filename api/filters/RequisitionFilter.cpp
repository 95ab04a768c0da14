#include "RequisitionFilter.h"

#include "QueryBuilder.h"

namespace lever::api {

QByteArray RequisitionFilter::toQuery() const
{
    QueryBuilder q;
    q.add("created_at_start", createdAt.start)
        .add("created_at_end", createdAt.end)
        .add("requisition_code", requisitionCodes)
        .add("status", statuses);
    if (confidentiality != Confidentiality::Default)
        q.add("confidentiality", confidentialityParam(confidentiality));
    return q.encoded();
}

} // namespace lever::api

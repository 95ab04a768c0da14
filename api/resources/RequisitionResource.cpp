#include "RequisitionResource.h"

using namespace Qt::StringLiterals;

namespace lever::api {

namespace {
QString missing(const Requisition &r)
{
    if (r.name.trimmed().isEmpty())
        return u"A requisition needs a name"_s;
    if (r.requisitionCode.trimmed().isEmpty())
        return u"A requisition needs a requisition code"_s;
    if (!r.headcountInfinite && r.headcountTotal < 1)
        return u"A requisition needs a headcount of at least 1, or unlimited"_s;
    return {};
}
} // namespace

Pager<Requisition> RequisitionResource::list(const RequisitionFilter &filter, Priority priority)
{
    return Resource::list<Requisition>(u"/requisitions"_s, filter.toQuery(), priority);
}

Call<Requisition> RequisitionResource::get(const QString &id)
{
    return read<Requisition>(path({u"requisitions"_s, id}));
}

Call<Requisition> RequisitionResource::create(const Requisition &requisition)
{
    if (const QString problem = missing(requisition); !problem.isEmpty())
        return refuse<Requisition>(problem);
    return write<Requisition>("POST", u"/requisitions"_s, requisition.toWriteJson(), PerformAs::No);
}

Call<Requisition> RequisitionResource::update(const QString &id, const Requisition &requisition)
{
    if (const QString problem = missing(requisition); !problem.isEmpty())
        return refuse<Requisition>(problem);
    return write<Requisition>("PUT", path({u"requisitions"_s, id}), requisition.toWriteJson(), PerformAs::No);
}

Call<NoContent> RequisitionResource::remove(const QString &id)
{
    return Resource::remove(path({u"requisitions"_s, id}), PerformAs::No);
}

} // namespace lever::api

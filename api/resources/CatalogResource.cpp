#include "CatalogResource.h"

#include "QueryBuilder.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Pager<Stage> CatalogResource::stages(Priority priority)
{
    return list<Stage>(u"/stages"_s, {}, priority);
}

Call<Stage> CatalogResource::stage(const QString &id)
{
    return read<Stage>(path({u"stages"_s, id}));
}

Pager<ArchiveReason> CatalogResource::archiveReasons(ArchiveReasonType type, Priority priority)
{
    QueryBuilder q;
    if (type == ArchiveReasonType::Hired)
        q.add("type", u"hired"_s);
    else if (type == ArchiveReasonType::NonHired)
        q.add("type", u"non-hired"_s);
    return list<ArchiveReason>(u"/archive_reasons"_s, q.encoded(), priority);
}

Call<ArchiveReason> CatalogResource::archiveReason(const QString &id)
{
    return read<ArchiveReason>(path({u"archive_reasons"_s, id}));
}

Pager<Source> CatalogResource::sources(Priority priority)
{
    return list<Source>(u"/sources"_s, {}, priority);
}

Pager<Tag> CatalogResource::tags(Priority priority)
{
    return list<Tag>(u"/tags"_s, {}, priority);
}

Pager<RequisitionField> CatalogResource::requisitionFields(Priority priority)
{
    return list<RequisitionField>(u"/requisition_fields"_s, {}, priority);
}

} // namespace lever::api

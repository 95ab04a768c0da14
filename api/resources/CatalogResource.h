#pragma once

#include "resources/Resource.h"
#include "types/ArchiveReason.h"
#include "types/RequisitionField.h"
#include "types/Source.h"
#include "types/Stage.h"
#include "types/Tag.h"

namespace lever::api {

// The account's reference lists: stages (in pipeline order), archive reasons, sources, tags and
// requisition field definitions.
class CatalogResource : public Resource
{
public:
    explicit CatalogResource(Client &client)
        : Resource(client)
    {}

    enum class ArchiveReasonType { Any, Hired, NonHired };

    Pager<Stage> stages(Priority priority = Priority::Visible);
    Call<Stage> stage(const QString &id);
    Pager<ArchiveReason> archiveReasons(ArchiveReasonType type = ArchiveReasonType::Any,
                                        Priority priority = Priority::Visible);
    Call<ArchiveReason> archiveReason(const QString &id);
    Pager<Source> sources(Priority priority = Priority::Visible);
    Pager<Tag> tags(Priority priority = Priority::Visible);
    Pager<RequisitionField> requisitionFields(Priority priority = Priority::Visible);
};

} // namespace lever::api

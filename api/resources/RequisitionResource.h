#pragma once

#include "filters/RequisitionFilter.h"
#include "resources/Resource.h"
#include "types/Requisition.h"

namespace lever::api {

// Requisitions (headcount). PUT replaces the whole requisition; a requisition cannot go back to draft.
class RequisitionResource : public Resource
{
public:
    explicit RequisitionResource(Client &client)
        : Resource(client)
    {}

    Pager<Requisition> list(const RequisitionFilter &filter = {}, Priority priority = Priority::Background);
    Call<Requisition> get(const QString &id);
    // name, requisitionCode and headcountTotal are required.
    Call<Requisition> create(const Requisition &requisition);
    Call<Requisition> update(const QString &id, const Requisition &requisition);
    Call<NoContent> remove(const QString &id);
};

} // namespace lever::api

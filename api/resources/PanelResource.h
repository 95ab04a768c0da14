#pragma once

#include "resources/Resource.h"
#include "types/Panel.h"

namespace lever::api {

// Interview panels of an opportunity: the practical way to schedule (lever-api-notes.md §6). Only
// API-created panels can be changed; PUT replaces the panel (existing interviews keep their ids, new
// ones have none, omitted ones are deleted). perform_as is required for every write.
class PanelResource : public Resource
{
public:
    explicit PanelResource(Client &client)
        : Resource(client)
    {}

    Pager<Panel> list(const QString &opportunityId, Priority priority = Priority::Interactive);
    // The spec's top-level GET /panels (optionally of one opportunity: opportunity_id).
    Pager<Panel> listAll(const QString &opportunityId = {}, Priority priority = Priority::Background);
    Call<Panel> create(const QString &opportunityId, const Panel &panel);
    Call<Panel> update(const QString &opportunityId, const QString &panelId, const Panel &panel);
    Call<NoContent> remove(const QString &opportunityId, const QString &panelId);

private:
    static QString check(const Panel &panel);
};

} // namespace lever::api

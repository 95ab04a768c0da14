#include "search/OpportunitiesByEmail.h"

#include "Client.h"
#include "filters/OpportunityFilter.h"
#include "resources/OpportunityResource.h"

#include <memory>

namespace lever::models {

api::Pager<api::Opportunity> OpportunitiesByEmail::fetch(api::Client &client, const QStringList &emails,
                                                         const api::TimeRange &createdAt, QObject *context,
                                                         Done done)
{
    api::OpportunityFilter filter;
    filter.emails = emails;
    filter.createdAt = createdAt;
    filter.expand = api::OpportunityExpand::Applications;
    auto found = std::make_shared<QList<api::Opportunity>>();
    api::Pager<api::Opportunity> pager = client.opportunities().list(filter, api::Priority::Interactive);
    pager
        .onPage(context, [found](const QList<api::Opportunity> &page,
                                 const api::PagerProgress &) { found->append(page); })
        .onRestart(context, [found] { found->clear(); })
        .onFinished(context, [found, done = std::move(done)](const api::Result<api::PagerSummary> &r) {
            if (r.ok())
                done(*found);
            else
                done(r.error());
        });
    return pager;
}

} // namespace lever::models

#pragma once

#include "filters/OpportunityFilter.h"
#include "resources/Resource.h"
#include "types/NewOpportunity.h"
#include "types/Opportunity.h"
#include "types/OpportunityChanges.h"

namespace lever::api {

// Opportunities (candidates in pipelines): reads, create, update, and the pipeline moves of the
// board and candidate page, in the real service's forms (lever-api-notes.md §1).
class OpportunityResource : public Resource
{
public:
    explicit OpportunityResource(Client &client)
        : Resource(client)
    {}

    Pager<Opportunity> list(const OpportunityFilter &filter = {}, Priority priority = Priority::Background,
                            int limit = 100);
    Call<Opportunity> get(const QString &id, OpportunityExpansions expand = {});
    // GET /opportunities/deleted (deletedBy/deletedAt filled in).
    Pager<Opportunity> deleted(const TimeRange &deletedAt = {}, Priority priority = Priority::Background);

    struct CreateOptions
    {
        bool parse = false;                 // parse an attached resume into the profile
        bool performAsPostingOwner = false; // act as the posting's owner instead of the acting user
    };
    // POST /opportunities (perform_as required).
    Call<CreatedOpportunity> create(const NewOpportunity &opportunity, const CreateOptions &options);
    Call<CreatedOpportunity> create(const NewOpportunity &opportunity) { return create(opportunity, {}); }
    // PUT /opportunities/{id}: name, headline, location, owner, followers.
    Call<Opportunity> update(const QString &id, const OpportunityChanges &changes);

    // PUT /opportunities/{id}/stage {stage}; archived opportunities move and stay archived.
    Call<Opportunity> moveToStage(const QString &id, const QString &stageId);
    struct ArchiveOptions
    {
        bool cleanInterviews = false; // remove pending interviews
        QString requisitionId;        // only with a hired reason
    };
    // PUT /opportunities/{id}/archived {reason, cleanInterviews, requisitionId}; a new reason replaces
    // the old one on an archived opportunity.
    Call<Opportunity> archive(const QString &id, const QString &reasonId, const ArchiveOptions &options);
    Call<Opportunity> archive(const QString &id, const QString &reasonId)
    {
        return archive(id, reasonId, {});
    }
    // PUT /opportunities/{id}/archived {reason: null}.
    Call<Opportunity> unarchive(const QString &id);

    Call<Opportunity> addTags(const QString &id, const QStringList &tags);
    Call<Opportunity> removeTags(const QString &id, const QStringList &tags);
    Call<Opportunity> addSources(const QString &id, const QStringList &sources);
    Call<Opportunity> removeSources(const QString &id, const QStringList &sources);
    // Links belong to the contact: they change on every opportunity of the person.
    Call<Opportunity> addLinks(const QString &id, const QStringList &links);
    Call<Opportunity> removeLinks(const QString &id, const QStringList &links);

private:
    Call<Opportunity> listChange(const QString &id, const char *action, const char *key,
                                 const QStringList &values);
};

} // namespace lever::api

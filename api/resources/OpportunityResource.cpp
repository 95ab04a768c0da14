#include "OpportunityResource.h"

#include "JsonWriter.h"
#include "QueryBuilder.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Pager<Opportunity> OpportunityResource::list(const OpportunityFilter &filter, Priority priority, int limit)
{
    return Resource::list<Opportunity>(u"/opportunities"_s, filter.toQuery(), priority, limit);
}

Call<Opportunity> OpportunityResource::get(const QString &id, OpportunityExpansions expand)
{
    QueryBuilder q;
    Expansions::add(q, expand);
    return read<Opportunity>(path({u"opportunities"_s, id}), q.encoded());
}

Pager<Opportunity> OpportunityResource::deleted(const TimeRange &deletedAt, Priority priority)
{
    QueryBuilder q;
    q.add("deleted_at_start", deletedAt.start).add("deleted_at_end", deletedAt.end);
    return Resource::list<Opportunity>(u"/opportunities/deleted"_s, q.encoded(), priority);
}

Call<CreatedOpportunity> OpportunityResource::create(const NewOpportunity &opportunity,
                                                     const CreateOptions &options)
{
    if (opportunity.name.trimmed().isEmpty() && opportunity.emails.isEmpty() && !opportunity.contact)
        return refuse<CreatedOpportunity>(u"A new candidate needs a name, an e-mail address or a contact"_s);
    QueryBuilder q;
    if (options.parse)
        q.add("parse", std::optional<bool>(true));
    if (options.performAsPostingOwner)
        q.add("perform_as_posting_owner", std::optional<bool>(true));
    return write<CreatedOpportunity>("POST", u"/opportunities"_s, opportunity.toJson(), PerformAs::Required,
                                     q.encoded(), Parsers::root<CreatedOpportunity>());
}

Call<Opportunity> OpportunityResource::update(const QString &id, const OpportunityChanges &changes)
{
    return write<Opportunity>("PUT", path({u"opportunities"_s, id}), changes.toJson(), PerformAs::Optional);
}

Call<Opportunity> OpportunityResource::moveToStage(const QString &id, const QString &stageId)
{
    return write<Opportunity>("PUT", path({u"opportunities"_s, id, u"stage"_s}),
                              QJsonObject{{"stage"_L1, stageId}}, PerformAs::Optional);
}

Call<Opportunity> OpportunityResource::archive(const QString &id, const QString &reasonId,
                                               const ArchiveOptions &options)
{
    if (reasonId.isEmpty())
        return refuse<Opportunity>(u"Choose an archive reason"_s);
    QJsonObject body{{"reason"_L1, reasonId}, {"cleanInterviews"_L1, options.cleanInterviews}};
    if (!options.requisitionId.isEmpty())
        body.insert("requisitionId"_L1, options.requisitionId);
    return write<Opportunity>("PUT", path({u"opportunities"_s, id, u"archived"_s}), body,
                              PerformAs::Optional);
}

Call<Opportunity> OpportunityResource::unarchive(const QString &id)
{
    return write<Opportunity>("PUT", path({u"opportunities"_s, id, u"archived"_s}),
                              QJsonObject{{"reason"_L1, QJsonValue()}}, PerformAs::Optional);
}

Call<Opportunity> OpportunityResource::listChange(const QString &id, const char *action, const char *key,
                                                  const QStringList &values)
{
    if (values.isEmpty())
        return refuse<Opportunity>(u"Nothing to change: the list is empty"_s);
    return write<Opportunity>("POST", path({u"opportunities"_s, id, QString::fromLatin1(action)}),
                              QJsonObject{{QLatin1StringView(key), JsonWriter::strings(values)}},
                              PerformAs::Optional);
}

Call<Opportunity> OpportunityResource::addTags(const QString &id, const QStringList &tags)
{
    return listChange(id, "addTags", "tags", tags);
}

Call<Opportunity> OpportunityResource::removeTags(const QString &id, const QStringList &tags)
{
    return listChange(id, "removeTags", "tags", tags);
}

Call<Opportunity> OpportunityResource::addSources(const QString &id, const QStringList &sources)
{
    return listChange(id, "addSources", "sources", sources);
}

Call<Opportunity> OpportunityResource::removeSources(const QString &id, const QStringList &sources)
{
    return listChange(id, "removeSources", "sources", sources);
}

Call<Opportunity> OpportunityResource::addLinks(const QString &id, const QStringList &links)
{
    return listChange(id, "addLinks", "links", links);
}

Call<Opportunity> OpportunityResource::removeLinks(const QString &id, const QStringList &links)
{
    return listChange(id, "removeLinks", "links", links);
}

} // namespace lever::api

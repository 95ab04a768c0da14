#include "PostingResource.h"

#include "QueryBuilder.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Pager<Posting> PostingResource::list(const PostingFilter &filter, Priority priority, int limit)
{
    const QString problem = filter.validate();
    if (!problem.isEmpty()) {
        auto pager = Resource::list<Posting>(u"/postings"_s, {}, priority, limit);
        pager.core()->refuse(problem); // nothing is sent: it finishes with the reason
        return pager;
    }
    return Resource::list<Posting>(u"/postings"_s, filter.toQuery(), priority, limit);
}

Call<Posting> PostingResource::get(const QString &id, PostingExpansions expand, PostingIncludes include)
{
    QueryBuilder q;
    Expansions::add(q, expand);
    Expansions::add(q, include);
    return read<Posting>(path({u"postings"_s, id}), q.encoded());
}

Call<Posting> PostingResource::create(const PostingDraft &draft)
{
    if (!draft.text || draft.text->trimmed().isEmpty())
        return refuse<Posting>(u"A posting needs a title"_s);
    return write<Posting>("POST", u"/postings"_s, draft.toJson(), PerformAs::Required);
}

Call<Posting> PostingResource::update(const QString &id, const PostingDraft &changes)
{
    return write<Posting>("POST", path({u"postings"_s, id}), changes.toJson(), PerformAs::Required);
}

Pager<DeletedRecord> PostingResource::deleted(const TimeRange &deletedAt, Priority priority)
{
    QueryBuilder q;
    q.add("deleted_at_start", deletedAt.start).add("deleted_at_end", deletedAt.end);
    return Resource::list<DeletedRecord>(u"/postings/deleted"_s, q.encoded(), priority);
}

Call<PostingApplyForm> PostingResource::applyForm(const QString &id)
{
    return read<PostingApplyForm>(path({u"postings"_s, id, u"apply"_s}));
}

} // namespace lever::api

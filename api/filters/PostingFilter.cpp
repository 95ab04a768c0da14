#include "PostingFilter.h"

#include "QueryBuilder.h"

using namespace Qt::StringLiterals;

namespace lever::api {

QString PostingFilter::validate() const
{
    const bool others = !states.isEmpty() || !distributionChannels.isEmpty() || !group.isEmpty() ||
                        !teams.isEmpty() || !departments.isEmpty() || !locations.isEmpty() ||
                        !commitments.isEmpty() || !levels.isEmpty() || !tags.isEmpty();
    if (updatedAt.isSet() && others)
        return u"Lever only combines the updated-at filter of postings with confidentiality"_s;
    return {};
}

QByteArray PostingFilter::toQuery() const
{
    QueryBuilder q;
    q.add("state", states).add("distributionChannel", distributionChannels);
    if (confidentiality != Confidentiality::Default)
        q.add("confidentiality", confidentialityParam(confidentiality));
    if (!group.isEmpty())
        q.add("group", group);
    q.add("team", teams)
        .add("department", departments)
        .add("location", locations)
        .add("commitment", commitments)
        .add("level", levels)
        .add("tag", tags)
        .add("updated_at_start", updatedAt.start)
        .add("updated_at_end", updatedAt.end);
    Expansions::add(q, expand);
    Expansions::add(q, include);
    return q.encoded();
}

} // namespace lever::api

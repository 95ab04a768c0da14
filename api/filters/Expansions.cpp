#include "Expansions.h"

#include "QueryBuilder.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace lever::api {

namespace {
template <class Flags, class Enum, std::size_t N>
void addAll(QueryBuilder &query, const char *key, Flags flags,
            const std::pair<Enum, const char *> (&names)[N])
{
    for (const auto &[flag, name] : names) {
        if (flags.testFlag(flag))
            query.add(key, QString::fromLatin1(name));
    }
}
} // namespace

void Expansions::add(QueryBuilder &query, OpportunityExpansions expand)
{
    static const std::pair<OpportunityExpand, const char *> names[] = {
        {OpportunityExpand::Applications, "applications"},
        {OpportunityExpand::Stage, "stage"},
        {OpportunityExpand::Owner, "owner"},
        {OpportunityExpand::Followers, "followers"},
        {OpportunityExpand::SourcedBy, "sourcedBy"},
        {OpportunityExpand::Contact, "contact"}};
    addAll(query, "expand", expand, names);
}

void Expansions::add(QueryBuilder &query, OpportunityIncludes include)
{
    static const std::pair<OpportunityInclude, const char *> names[] = {
        {OpportunityInclude::Followers, "followers"}};
    addAll(query, "include", include, names);
}

void Expansions::add(QueryBuilder &query, PostingExpansions expand)
{
    static const std::pair<PostingExpand, const char *> names[] = {
        {PostingExpand::User, "user"},
        {PostingExpand::Owner, "owner"},
        {PostingExpand::HiringManager, "hiringManager"},
        {PostingExpand::Followers, "followers"}};
    addAll(query, "expand", expand, names);
}

void Expansions::add(QueryBuilder &query, PostingIncludes include)
{
    static const std::pair<PostingInclude, const char *> names[] = {{PostingInclude::Content, "content"},
                                                                    {PostingInclude::Followers, "followers"}};
    addAll(query, "include", include, names);
}

} // namespace lever::api

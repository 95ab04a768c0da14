#pragma once

#include <QFlags>

namespace lever::api {

class QueryBuilder;

// `expand` (ids replaced by their objects) and `include` (only the listed fields) as typed sets;
// each member becomes one repeated parameter (`?expand=owner&expand=stage`).
enum class OpportunityExpand {
    Applications = 0x1,
    Stage = 0x2,
    Owner = 0x4,
    Followers = 0x8,
    SourcedBy = 0x10,
    Contact = 0x20,
};
Q_DECLARE_FLAGS(OpportunityExpansions, OpportunityExpand)

enum class OpportunityInclude { Followers = 0x1 };
Q_DECLARE_FLAGS(OpportunityIncludes, OpportunityInclude)

enum class PostingExpand { User = 0x1, Owner = 0x2, HiringManager = 0x4, Followers = 0x8 };
Q_DECLARE_FLAGS(PostingExpansions, PostingExpand)

enum class PostingInclude { Content = 0x1, Followers = 0x2 };
Q_DECLARE_FLAGS(PostingIncludes, PostingInclude)

// Appends the parameters of a set to a query.
class Expansions
{
public:
    static void add(QueryBuilder &query, OpportunityExpansions expand);
    static void add(QueryBuilder &query, OpportunityIncludes include);
    static void add(QueryBuilder &query, PostingExpansions expand);
    static void add(QueryBuilder &query, PostingIncludes include);
};

} // namespace lever::api

Q_DECLARE_OPERATORS_FOR_FLAGS(lever::api::OpportunityExpansions)
Q_DECLARE_OPERATORS_FOR_FLAGS(lever::api::OpportunityIncludes)
Q_DECLARE_OPERATORS_FOR_FLAGS(lever::api::PostingExpansions)
Q_DECLARE_OPERATORS_FOR_FLAGS(lever::api::PostingIncludes)

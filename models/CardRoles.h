#pragma once

#include <Qt>

namespace lever::models {

// The data roles of a card in ColumnModel: every field a card, its tooltip or a screen reader shows.
// Qt::DisplayRole is the name; Qt::ToolTipRole name and headline; Qt::AccessibleTextRole a sentence.
namespace CardRole {
enum Role {
    Id = Qt::UserRole + 1,  // QString
    Name,                   // QString
    Headline,               // QString
    Email,                  // QString: the first address
    Emails,                 // QString: every address, ", "-separated (what text search covers)
    PostingId,              // QString
    PostingTitle,           // QString
    OwnerId,                // QString
    OwnerName,              // QString
    OwnerInitials,          // QString ("AL")
    Tags,                   // QStringList
    Origin,                 // QString: agency | applied | internal | referred | sourced | university
    Sources,                // QStringList
    StageId,                // QString
    StageName,              // QString
    DaysInStage,            // int
    NextInterview,          // QDateTime; invalid when none is known (or child data not fetched yet)
    NextInterviewConfirmed, // bool: every interviewer accepted
    HasOtherOpportunities,  // bool: the person has another opportunity in the store
    Archived,               // bool
    ArchiveReasonId,        // QString
    ArchiveReason,          // QString: the reason's text
    CreatedAt,              // QDateTime
    UpdatedAt,              // QDateTime
    ChildDataFetchedAt,     // QDateTime; invalid: interviews not fetched yet
    PendingWrite,           // bool: a change to this card is being saved
    ContactId,              // QString: the person
};
} // namespace CardRole

} // namespace lever::models

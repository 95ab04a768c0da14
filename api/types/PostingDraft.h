#pragma once

#include "types/Posting.h"

namespace lever::api {

// The body of POST /postings (create: `text` required) and POST /postings/{id} (Lever's partial
// update): only the fields that are set are sent (lever-api-notes.md §6).
struct PostingDraft
{
    std::optional<QString> text;
    std::optional<QString> state;
    std::optional<QStringList> distributionChannels;
    std::optional<QString> owner;
    std::optional<QString> hiringManager;
    std::optional<Posting::Categories> categories;
    std::optional<QStringList> tags;
    // Sent as descriptionHtml, lists and closingHtml (Lever's HTML whitelist applies).
    std::optional<Posting::Content> content;
    std::optional<QString> workplaceType;
    std::optional<QStringList> requisitionCodes;
    std::optional<Posting::SalaryRange> salaryRange;
    // Sends `salaryRange: null`, which removes the range (an update that empties all four fields).
    bool clearSalaryRange = false;
    std::optional<QString> salaryDescriptionHtml;

    QJsonObject toJson() const;
};

} // namespace lever::api

#pragma once

#include "Confidentiality.h"
#include "TimeRange.h"
#include "filters/Expansions.h"

#include <QByteArray>
#include <QStringList>

namespace lever::api {

// Every filter of GET /postings (lever-api-notes.md §2). Gotchas kept in mind: listing published
// postings returns only public ones unless both distribution channels are given, and updatedAt can
// only be combined with confidentiality (validate() says so before anything is sent).
struct PostingFilter
{
    QStringList states;               // published | internal | closed | draft | pending | rejected
    QStringList distributionChannels; // public | internal
    Confidentiality confidentiality = Confidentiality::Default;
    QString group; // location | team | department | commitment
    QStringList teams;
    QStringList departments;
    QStringList locations;
    QStringList commitments;
    QStringList levels; // deprecated by Lever
    QStringList tags;
    TimeRange updatedAt;
    PostingExpansions expand;
    PostingIncludes include;

    // Empty when Lever would accept the combination.
    QString validate() const;
    QByteArray toQuery() const;
};

} // namespace lever::api

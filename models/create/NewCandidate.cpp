#include "NewCandidate.h"

namespace lever::models {

api::NewOpportunity NewCandidate::toApi(const QString &contactId) const
{
    auto text = [](const QString &value) -> std::optional<QString> {
        const QString t = value.trimmed();
        return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
    };
    api::NewOpportunity o;
    o.name = name.trimmed();
    o.headline = text(headline);
    o.emails = emails;
    o.phones = phones;
    o.location = text(location);
    o.links = links;
    o.posting = text(postingId);
    o.stage = text(stageId);
    o.owner = text(ownerId);
    o.origin = text(origin);
    o.sources = sources;
    o.tags = tags;
    // Lever's create has no referral field: the referrer follows the profile and the note names them.
    if (!referrerId.isEmpty() && origin == QLatin1String("referred"))
        o.followers = {referrerId};
    o.contact = text(contactId);
    return o;
}

} // namespace lever::models

#pragma once

#include "Pager.h"
#include "Result.h"
#include "TimeRange.h"
#include "types/Opportunity.h"

#include <QList>
#include <QStringList>
#include <functional>

class QObject;

namespace lever::api {
class Client;
}

namespace lever::models {

// GET /opportunities?email=… (every page, applications expanded so cards get their posting, as sync
// loads them): the search's lookup, the new candidate's duplicate check and its re-read after a lost
// answer all ask Lever this one question.
class OpportunitiesByEmail
{
public:
    using Done = std::function<void(const api::Result<QList<api::Opportunity>> &)>;
    // `done` runs once, in `context`'s thread, unless the returned pager is cancelled first or
    // `context` is destroyed. A page read again after a restart replaces what came before.
    static api::Pager<api::Opportunity> fetch(api::Client &client, const QStringList &emails,
                                              const api::TimeRange &createdAt, QObject *context, Done done);
};

} // namespace lever::models

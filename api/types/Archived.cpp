#include "Archived.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Archived Archived::read(JsonReader &r)
{
    return Archived{r.string("reason"_L1), r.integer("archivedAt"_L1)};
}

QJsonObject Archived::toJson() const
{
    return QJsonObject{{"reason"_L1, reason}, {"archivedAt"_L1, archivedAt}};
}

} // namespace lever::api

#include "Tag.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Tag Tag::read(JsonReader &r)
{
    return Tag{r.string("text"_L1), r.integer("count"_L1)};
}

QJsonObject Tag::toJson() const
{
    return QJsonObject{{"text"_L1, text}, {"count"_L1, count}};
}

} // namespace lever::api

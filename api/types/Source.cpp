#include "Source.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Source Source::read(JsonReader &r)
{
    return Source{r.string("text"_L1), r.integer("count"_L1)};
}

QJsonObject Source::toJson() const
{
    return QJsonObject{{"text"_L1, text}, {"count"_L1, count}};
}

} // namespace lever::api

#include "Stage.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Stage Stage::read(JsonReader &r)
{
    return Stage{r.string("id"_L1), r.string("text"_L1)};
}

QJsonObject Stage::toJson() const
{
    return QJsonObject{{"id"_L1, id}, {"text"_L1, text}};
}

} // namespace lever::api

#include "Phone.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Phone Phone::read(JsonReader &r)
{
    return Phone{r.string("type"_L1), r.string("value"_L1)};
}

QJsonObject Phone::toJson() const
{
    return QJsonObject{{"type"_L1, type}, {"value"_L1, value}};
}

} // namespace lever::api

#include "RequisitionField.h"

using namespace Qt::StringLiterals;

namespace lever::api {

RequisitionField RequisitionField::read(JsonReader &r)
{
    RequisitionField f;
    f.id = r.string("id"_L1);
    f.text = r.string("text"_L1);
    f.type = r.string("type"_L1);
    f.isRequired = r.boolean("isRequired"_L1);
    f.options = r.rawArray("options"_L1);
    return f;
}

QJsonObject RequisitionField::toJson() const
{
    QJsonObject o{{"id"_L1, id}, {"text"_L1, text}, {"type"_L1, type}, {"isRequired"_L1, isRequired}};
    if (!options.isEmpty())
        o.insert("options"_L1, options);
    return o;
}

} // namespace lever::api

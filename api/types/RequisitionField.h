#pragma once

#include "JsonReader.h"

namespace lever::api {

// A custom requisition field definition (GET /requisition_fields); values live in
// Requisition::customFields under the field's id.
struct RequisitionField
{
    QString id;
    QString text;
    QString type; // text | number | date | dropdown | object
    bool isRequired = false;
    QJsonArray options; // dropdown options / object subfields, kept as sent

    static RequisitionField read(JsonReader &r);
    static std::optional<RequisitionField> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<RequisitionField>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api

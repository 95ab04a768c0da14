#include "PostingDraft.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

QJsonObject PostingDraft::toJson() const
{
    QJsonObject o;
    JsonWriter::set(o, "text"_L1, text);
    JsonWriter::set(o, "state"_L1, state);
    JsonWriter::set(o, "distributionChannels"_L1, distributionChannels);
    JsonWriter::set(o, "owner"_L1, owner);
    JsonWriter::set(o, "hiringManager"_L1, hiringManager);
    if (categories) {
        // Only the categories that are set: a partial update must not clear the others.
        QJsonObject c;
        JsonWriter::set(c, "team"_L1, categories->team);
        JsonWriter::set(c, "department"_L1, categories->department);
        JsonWriter::set(c, "location"_L1, categories->location);
        if (!categories->allLocations.isEmpty())
            c.insert("allLocations"_L1, JsonWriter::strings(categories->allLocations));
        JsonWriter::set(c, "commitment"_L1, categories->commitment);
        JsonWriter::set(c, "level"_L1, categories->level);
        o.insert("categories"_L1, c);
    }
    JsonWriter::set(o, "tags"_L1, tags);
    if (content) {
        QJsonObject c{{"descriptionHtml"_L1, content->descriptionHtml},
                      {"lists"_L1, JsonWriter::array(content->lists)},
                      {"closingHtml"_L1, content->closingHtml}};
        o.insert("content"_L1, c);
    }
    JsonWriter::set(o, "workplaceType"_L1, workplaceType);
    JsonWriter::set(o, "requisitionCodes"_L1, requisitionCodes);
    if (salaryRange)
        o.insert("salaryRange"_L1, salaryRange->toJson());
    else if (clearSalaryRange)
        o.insert("salaryRange"_L1, QJsonValue(QJsonValue::Null));
    JsonWriter::set(o, "salaryDescriptionHtml"_L1, salaryDescriptionHtml);
    return o;
}

} // namespace lever::api

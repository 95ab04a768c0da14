#include "DeletedRecord.h"

using namespace Qt::StringLiterals;

namespace lever::api {

DeletedRecord DeletedRecord::read(JsonReader &r)
{
    DeletedRecord d;
    d.id = r.string("id"_L1);
    d.deletedAt = r.nullableInteger("deletedAt"_L1);
    d.deletedBy = r.nullableString("deletedBy"_L1);
    d.opportunityId = r.nullableString("opportunityId"_L1);
    // An application names its posting by id, or as an object when expanded.
    if (r.raw("posting"_L1).isObject())
        d.posting = r.rawObject("posting"_L1).value("id"_L1).toString();
    else
        d.posting = r.nullableString("posting"_L1);
    return d;
}

} // namespace lever::api

#pragma once

#include "Confidentiality.h"
#include "TimeRange.h"

#include <QByteArray>
#include <QStringList>

namespace lever::api {

// The filters of GET /requisitions.
struct RequisitionFilter
{
    TimeRange createdAt;
    QStringList requisitionCodes;
    QStringList statuses; // open | onHold | closed | draft
    Confidentiality confidentiality = Confidentiality::Default;

    QByteArray toQuery() const;
};

} // namespace lever::api

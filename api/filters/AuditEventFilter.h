#pragma once

#include "TimeRange.h"

#include <QByteArray>
#include <QStringList>

namespace lever::api {

// The filters of GET /audit_events (a paid add-on on real Lever).
struct AuditEventFilter
{
    QStringList types;
    QStringList userIds;
    QStringList targetTypes;
    QStringList targetIds;
    TimeRange createdAt;

    QByteArray toQuery() const;
};

} // namespace lever::api

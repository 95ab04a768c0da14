#pragma once

#include "MultipartParser.h"

#include <QJsonObject>

namespace lever::sandbox {

struct SandboxContext;

// Stores an uploaded file of an opportunity (GET .../files shape) or its resume (GET .../resumes shape,
// whose file shares the resume's id and bytes, as Lever's do). The caller holds the transaction.
class OpportunityAttachments
{
public:
    static QJsonObject storeFile(SandboxContext &ctx, const QString &opportunityId,
                                 const MultipartParser::Part &part, const QString &id);
    // `parsedData`: what parse=true read (Lever's {positions, schools}; empty lists when not parsed).
    static QJsonObject storeResume(SandboxContext &ctx, const QString &opportunityId,
                                   const MultipartParser::Part &part, const QJsonObject &parsedData);
};

} // namespace lever::sandbox

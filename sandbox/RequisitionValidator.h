#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lever::sandbox {

class Request;
class ResourceFields;
struct SandboxContext;

// Turns requisition bodies into stored requisitions (the GET /requisitions/{id} shape). Both create and
// PUT take the whole object: name, requisitionCode (unique, 409) and headcountTotal (an integer >= 1 or
// "unlimited") are required; a requisition that left draft cannot go back to it. Throws SandboxError.
class RequisitionValidator
{
public:
    RequisitionValidator(SandboxContext &ctx, const Request &request);

    QJsonObject create(const QJsonObject &body) const;
    QJsonObject replace(const QJsonObject &current, const QJsonObject &body) const;

    static const QStringList &statuses();

private:
    void apply(QJsonObject &doc, const ResourceFields &body) const;
    void applyHeadcount(QJsonObject &doc, const ResourceFields &body) const;
    // Checked against the requisition_field documents: known ids, values of the field's type.
    QJsonObject customFields(const ResourceFields &body) const;
    QStringList postingIds(const ResourceFields &body) const;

    SandboxContext &m_ctx;
    const Request &m_request;
};

} // namespace lever::sandbox

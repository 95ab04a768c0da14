#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace lever::sandbox {

class Request;
class ResourceFields;
struct SandboxContext;

// Turns posting request bodies into stored postings (the GET /postings/{id} shape), enforcing every
// rule of PostingRoutes.h: required text, users, categories, HTML whitelist, salary, requisition codes,
// workplace type, confidentiality and state transitions. Throws SandboxError 400 naming the field.
class PostingValidator
{
public:
    enum class Mode {
        Create,  // POST /postings: absent fields take their defaults
        Patch,   // POST /postings/{id}: only the fields present change
        Replace, // PUT /postings/{id}: absent fields are cleared (see PostingRoutes.h for the exceptions)
    };

    PostingValidator(SandboxContext &ctx, const Request &request);

    QJsonObject create(const QJsonObject &body) const;
    QJsonObject update(const QJsonObject &current, const QJsonObject &body, Mode mode) const;

    static const QStringList &states();
    // The states a posting in `from` may move to (itself included).
    static QStringList allowedTargets(const QString &from);
    // urls {list, show, apply} on the sandbox's origin; null for drafts, as Lever answers.
    static QJsonValue urls(const QString &origin, const QString &id, const QString &state);
    // ISO 3166 code of the territory a location ends with ("Berlin, Germany" -> "DE"), else "".
    static QString countryOf(const QString &location);

private:
    void apply(QJsonObject &doc, const ResourceFields &body, Mode mode) const;
    void applyState(QJsonObject &doc, const ResourceFields &body, Mode mode) const;
    void applyPeople(QJsonObject &doc, const ResourceFields &body, Mode mode) const;
    void applyCategories(QJsonObject &doc, const ResourceFields &body, Mode mode) const;
    void applyContent(QJsonObject &doc, const ResourceFields &body, Mode mode) const;
    void applySalary(QJsonObject &doc, const ResourceFields &body, Mode mode) const;
    void applyWorkplace(QJsonObject &doc, const ResourceFields &body, Mode mode) const;
    void applyRequisitionCodes(QJsonObject &doc, const ResourceFields &body, Mode mode) const;

    SandboxContext &m_ctx;
    const Request &m_request;
};

} // namespace lever::sandbox

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace lever::sandbox {

struct SandboxContext;

// Checks a POST /postings/{id}/apply body against the posting's application form (ApplicationForm) and
// reads it into an applicant; every refusal is a 400 naming the offending entry. The body mirrors the
// form, as Lever's does:
//   personalInformation [{name, value}]  names from the form; fullName and email required; `resume` holds
//                                        the id (or uri) of a live POST /uploads upload
//   urls                [{name, value}]  names from the form; http(s) URLs
//   customQuestions     [{id, fields: [{id?, value}]}]  a card of the form; fields by id, else in order;
//                                        every required field of the form must be answered
//   eeoResponses        {gender|race|veteran: option text or optionId}  only where the form asks them
//   sources             [string]; postId (must name the posting), consent and the browser details
//                       (ipAddress, userAgent, acceptLanguage, referer, timezone) are accepted.
class ApplyValidator
{
public:
    struct Applicant
    {
        QString name, email, phone, location, company, comments;
        QString resumeUploadId; // empty: none
        QStringList links, sources;
        QJsonArray customQuestions; // the form's cards with each field's `value` filled in
        QJsonObject eeo;            // question key -> chosen option text
        QJsonObject browser;        // ipAddress, userAgent... as sent
    };

    ApplyValidator(SandboxContext &ctx, const QJsonObject &form);
    Applicant read(const QJsonObject &body) const;

private:
    void readPersonal(const QJsonArray &entries, Applicant &out) const;
    void readUrls(const QJsonArray &entries, Applicant &out) const;
    QJsonArray readCustom(const QJsonArray &cards) const;
    QJsonObject readEeo(const QJsonObject &answers) const;
    // The live upload named by an id or by its uri; 400 otherwise.
    QString uploadId(const QString &value, const QString &field) const;
    static QJsonValue answer(const QJsonObject &field, const QJsonValue &value, const QString &name);

    SandboxContext &m_ctx;
    QJsonObject m_form;
};

} // namespace lever::sandbox

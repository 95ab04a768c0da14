#pragma once

#include "resources/OpportunityResource.h"
#include "types/Attachment.h"

#include <QList>
#include <QPair>
#include <optional>

namespace lever::api {

// POST /opportunities as multipart/form-data, the form Lever takes when a resume or files come along
// (lever-api-notes.md §1): the JSON body's fields in the bracket notation of Lever's form
// (`emails[]`, `phones[0][value]`, `archived[reason]`), then `resumeFile` and `files[]`. Every part
// is a one-shot body, so a lost answer is never followed by a blind second POST.
class OpportunityMultipart : public Resource
{
public:
    explicit OpportunityMultipart(Client &client)
        : Resource(client)
    {}

    Call<CreatedOpportunity> create(const NewOpportunity &opportunity,
                                    const OpportunityResource::CreateOptions &options,
                                    const std::optional<Attachment> &resume, const QList<Attachment> &files);

    // The form fields of a JSON body, in order: {"emails[]", "a@b.co"}, {"phones[0][value]", "…"}.
    static QList<QPair<QByteArray, QString>> formFields(const QJsonObject &body);
};

} // namespace lever::api

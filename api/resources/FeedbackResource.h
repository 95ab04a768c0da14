#pragma once

#include "resources/Resource.h"
#include "types/Feedback.h"
#include "types/FeedbackDraft.h"
#include "types/FeedbackTemplate.h"

namespace lever::api {

// Interview feedback of an opportunity, and the account's feedback templates. Every feedback write
// requires perform_as.
class FeedbackResource : public Resource
{
public:
    explicit FeedbackResource(Client &client)
        : Resource(client)
    {}

    Pager<Feedback> list(const QString &opportunityId, Priority priority = Priority::Interactive);
    Call<Feedback> get(const QString &opportunityId, const QString &feedbackId);
    Call<Feedback> create(const QString &opportunityId, const FeedbackDraft &draft);
    // PUT: completedAt and fieldValues.
    Call<Feedback> update(const QString &opportunityId, const QString &feedbackId,
                          const FeedbackDraft &draft);
    Call<NoContent> remove(const QString &opportunityId, const QString &feedbackId);

    Pager<FeedbackTemplate> templates(Priority priority = Priority::Visible);
    Call<FeedbackTemplate> getTemplate(const QString &id);
    // Template writes (feedback_templates:write:admin): text, instructions and fields are sent; exactly
    // one field must be a score-system. Only templates created through the API can be changed or deleted.
    Call<FeedbackTemplate> createTemplate(const FeedbackTemplate &templ);
    Call<FeedbackTemplate> updateTemplate(const QString &id, const FeedbackTemplate &templ);
    Call<NoContent> removeTemplate(const QString &id);
};

} // namespace lever::api

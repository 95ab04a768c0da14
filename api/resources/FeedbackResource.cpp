#include "FeedbackResource.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Pager<Feedback> FeedbackResource::list(const QString &opportunityId, Priority priority)
{
    return Resource::list<Feedback>(path({u"opportunities"_s, opportunityId, u"feedback"_s}), {}, priority);
}

Call<Feedback> FeedbackResource::get(const QString &opportunityId, const QString &feedbackId)
{
    return read<Feedback>(path({u"opportunities"_s, opportunityId, u"feedback"_s, feedbackId}));
}

Call<Feedback> FeedbackResource::create(const QString &opportunityId, const FeedbackDraft &draft)
{
    if (draft.baseTemplateId.isEmpty())
        return refuse<Feedback>(u"Feedback needs a template"_s);
    if (draft.panel.has_value() != draft.interview.has_value())
        return refuse<Feedback>(u"Feedback names both a panel and an interview, or neither"_s);
    return write<Feedback>("POST", path({u"opportunities"_s, opportunityId, u"feedback"_s}), draft.toJson(),
                           PerformAs::Required);
}

Call<Feedback> FeedbackResource::update(const QString &opportunityId, const QString &feedbackId,
                                        const FeedbackDraft &draft)
{
    return write<Feedback>("PUT", path({u"opportunities"_s, opportunityId, u"feedback"_s, feedbackId}),
                           draft.toUpdateJson(), PerformAs::Required);
}

Call<NoContent> FeedbackResource::remove(const QString &opportunityId, const QString &feedbackId)
{
    return Resource::remove(path({u"opportunities"_s, opportunityId, u"feedback"_s, feedbackId}),
                            PerformAs::Required);
}

Pager<FeedbackTemplate> FeedbackResource::templates(Priority priority)
{
    return Resource::list<FeedbackTemplate>(u"/feedback_templates"_s, {}, priority);
}

Call<FeedbackTemplate> FeedbackResource::getTemplate(const QString &id)
{
    return read<FeedbackTemplate>(path({u"feedback_templates"_s, id}));
}

} // namespace lever::api

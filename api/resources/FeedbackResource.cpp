#include "FeedbackResource.h"

#include <QJsonArray>

#include <algorithm>

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

namespace {
// What a template write takes: the read-only keys (id, group, stage, times) stay out of the body.
QJsonObject templateBody(const FeedbackTemplate &templ)
{
    QJsonArray fields;
    for (const FeedbackField &f : templ.fields)
        fields.append(f.toTemplateJson());
    return QJsonObject{
        {u"text"_s, templ.text}, {u"instructions"_s, templ.instructions}, {u"fields"_s, fields}};
}

std::optional<QString> templateProblem(const FeedbackTemplate &templ)
{
    if (templ.text.trimmed().isEmpty())
        return u"A feedback template needs a name"_s;
    const auto scoreSystems =
        std::count_if(templ.fields.cbegin(), templ.fields.cend(),
                      [](const FeedbackField &f) { return f.type == u"score-system"_s; });
    if (scoreSystems != 1)
        return u"A feedback template needs exactly one overall rating (score-system) field"_s;
    return std::nullopt;
}
} // namespace

Call<FeedbackTemplate> FeedbackResource::createTemplate(const FeedbackTemplate &templ)
{
    if (const auto problem = templateProblem(templ))
        return refuse<FeedbackTemplate>(*problem);
    return write<FeedbackTemplate>("POST", u"/feedback_templates"_s, templateBody(templ), PerformAs::No);
}

Call<FeedbackTemplate> FeedbackResource::updateTemplate(const QString &id, const FeedbackTemplate &templ)
{
    if (const auto problem = templateProblem(templ))
        return refuse<FeedbackTemplate>(*problem);
    return write<FeedbackTemplate>("PUT", path({u"feedback_templates"_s, id}), templateBody(templ),
                                   PerformAs::No);
}

Call<NoContent> FeedbackResource::removeTemplate(const QString &id)
{
    return Resource::remove(path({u"feedback_templates"_s, id}), PerformAs::No);
}

} // namespace lever::api

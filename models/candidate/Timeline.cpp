#include "candidate/Timeline.h"

#include "Store.h"
#include "candidate/CandidateModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lever::models {

QString Timeline::kindName(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::StageChange:
        return tr("Stage changes");
    case TimelineEntry::Kind::Note:
        return tr("Notes");
    case TimelineEntry::Kind::Feedback:
        return tr("Feedback");
    case TimelineEntry::Kind::Interview:
        return tr("Interviews");
    case TimelineEntry::Kind::File:
        return tr("Files");
    }
    return {};
}

QList<TimelineEntry> Timeline::build(const CandidateModel &model, const Store &store)
{
    QList<TimelineEntry> out;
    if (!model.hasOpportunity())
        return out;
    QList<const api::Opportunity *> opportunities{&model.opportunity()};
    for (const api::Opportunity &o : model.otherOpportunities())
        opportunities.append(&o);

    auto userName = [&store](const QString &id) -> QString {
        const UserInfo *u = store.user(id);
        return u ? u->name : id;
    };
    for (const api::Opportunity *o : opportunities) {
        // Which posting the event belongs to matters once the person has several opportunities.
        QString where;
        if (opportunities.size() > 1) {
            const QString posting = o->applications.isEmpty() ? QString()
                                    : o->applications.first().expanded
                                        ? o->applications.first().expanded->posting.value_or(QString())
                                        : QString();
            const PostingInfo *p = posting.isEmpty() ? nullptr : store.posting(posting);
            where = p ? p->text : tr("another opportunity");
            if (o->id == model.opportunityId())
                where = p ? p->text : tr("this opportunity");
        }
        auto suffix = [&where](const QString &text) -> QString {
            return where.isEmpty() ? text : QString(text + u" · "_s + where);
        };
        for (const api::Opportunity::StageChange &c : o->stageChanges) {
            const QString stage = store.stageName(c.toStageId);
            out.append({TimelineEntry::Kind::StageChange, c.updatedAt,
                        suffix(tr("Moved to %1").arg(stage.isEmpty() ? c.toStageId : stage)),
                        c.userId ? tr("by %1").arg(userName(*c.userId)) : QString(), o->id,
                        c.userId.value_or(QString())});
        }
        const CandidateModel::Children children = model.children().value(o->id);
        for (const api::Note &n : children.notes) {
            out.append({TimelineEntry::Kind::Note, n.createdAt.value_or(0),
                        suffix(n.secret ? tr("Secret note by %1").arg(userName(n.user))
                                        : tr("Note by %1").arg(userName(n.user))),
                        n.value(), o->id, n.user});
        }
        for (const api::Feedback &f : children.feedback) {
            const QString score = f.score();
            out.append({TimelineEntry::Kind::Feedback, f.completedAt.value_or(f.createdAt.value_or(0)),
                        suffix(tr("%1 by %2").arg(f.text, userName(f.user.id))),
                        score.isEmpty() ? QString() : tr("Score: %1").arg(score), o->id, f.user.id});
        }
        for (const api::Panel &p : children.panels) {
            for (const api::Interview &i : p.interviews) {
                QStringList names;
                for (const api::Interview::Interviewer &who : i.interviewers)
                    names.append(who.name.isEmpty() ? userName(who.id) : who.name);
                out.append({TimelineEntry::Kind::Interview, i.date,
                            suffix(i.isCanceled() ? tr("Interview (cancelled): %1").arg(i.subject)
                                                  : tr("Interview: %1").arg(i.subject)),
                            names.join(u", "_s), o->id, i.user});
            }
        }
        for (const api::File &f : children.files)
            out.append({TimelineEntry::Kind::File, f.uploadedAt.value_or(0),
                        suffix(tr("File %1").arg(f.name)), QString(), o->id, QString()});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    return out;
}

} // namespace lever::models

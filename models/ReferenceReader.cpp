#include "ReferenceReader.h"

#include "Client.h"
#include "ModelsLog.h"
#include "Store.h"
#include "resources/CatalogResource.h"
#include "resources/PostingResource.h"
#include "resources/UserResource.h"

#include <memory>

namespace lever::models {

ReferenceReader::ReferenceReader(api::Client &client, Store &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

template <class T, class Info>
void ReferenceReader::collect(api::Pager<T> pager, std::function<Info(const T &)> convert,
                              std::function<void(const QList<Info> &)> keep,
                              std::function<void(const api::ApiError &)> failed)
{
    auto items = std::make_shared<QList<Info>>();
    pager
        .onPage(this,
                [items, convert](const QList<T> &page, const api::PagerProgress &) {
                    for (const T &item : page)
                        items->append(convert(item));
                })
        .onFinished(this, [items, keep, failed](const api::Result<api::PagerSummary> &r) {
            if (r.ok())
                keep(*items);
            else
                failed(r.error());
        });
}

void ReferenceReader::read(api::Priority priority)
{
    const auto listed = [this](auto set) {
        return [this, set](const auto &list) {
            (m_store.*set)(list);
            Q_EMIT listRead(true, {});
        };
    };
    const auto failed = [this](const api::ApiError &error) { Q_EMIT listRead(false, error); };
    collect<api::Stage, StageInfo>(
        m_client.catalog().stages(priority),
        [](const api::Stage &s) {
            return StageInfo{s.id, s.text};
        },
        listed(&Store::setStages), failed);
    collect<api::ArchiveReason, ArchiveReasonInfo>(
        m_client.catalog().archiveReasons(api::CatalogResource::ArchiveReasonType::Any, priority),
        [](const api::ArchiveReason &a) {
            return ArchiveReasonInfo{a.id, a.text, a.isHired(), a.isActive()};
        },
        listed(&Store::setArchiveReasons), failed);
    api::UserFilter users;
    users.includeDeactivated = true; // owners of old cards may have left
    collect<api::User, UserInfo>(
        m_client.users().list(users, priority),
        [](const api::User &u) {
            return UserInfo{u.id, u.name, u.email, UserInfo::initialsOf(u.name), u.isDeactivated()};
        },
        listed(&Store::setUsers), failed);
    collect<api::Posting, PostingInfo>(
        m_client.postings().list({}, priority),
        [](const api::Posting &p) {
            return PostingInfo{p.id, p.text, p.categories.team.value_or(QString()), p.state,
                               p.categories.department.value_or(QString())};
        },
        listed(&Store::setPostings), failed);

    const auto skipped = [](const char *what) {
        return [what](const api::ApiError &e) {
            qCInfo(lcModels) << what << "not read, filters list the cards' own:" << e.message();
        };
    };
    const auto label = [](const auto &l) { return LabelCount{l.text, l.count}; };
    collect<api::Tag, LabelCount>(
        m_client.catalog().tags(priority), label,
        [this](const QList<LabelCount> &tags) { m_store.setAccountTags(tags); }, skipped("tags"));
    collect<api::Source, LabelCount>(
        m_client.catalog().sources(priority), label,
        [this](const QList<LabelCount> &sources) { m_store.setAccountSources(sources); }, skipped("sources"));
}

void ReferenceReader::readUnknown(const api::Opportunity &o)
{
    const QString stage = o.stage.id;
    if (!stage.isEmpty() && !m_store.stages().isEmpty() && m_store.stageIndex(stage) < 0 &&
        !m_asked.contains(stage)) {
        m_asked.insert(stage);
        m_client.catalog().stage(stage).then(this, [this](const api::Result<api::Stage> &r) {
            if (!r.ok() || m_store.stageIndex(r->id) >= 0)
                return;
            QList<StageInfo> stages = m_store.stages();
            stages.append(
                StageInfo{r->id, r->text}); // last: Lever's pipeline order comes with the next full read
            m_store.setStages(stages);
        });
    }
    const QString reason = o.archived ? o.archived->reason : QString();
    if (!reason.isEmpty() && !m_store.archiveReasons().isEmpty() &&
        m_store.archiveReasonName(reason).isEmpty() && !m_asked.contains(reason)) {
        m_asked.insert(reason);
        m_client.catalog().archiveReason(reason).then(this, [this](const api::Result<api::ArchiveReason> &r) {
            if (!r.ok() || !m_store.archiveReasonName(r->id).isEmpty())
                return;
            QList<ArchiveReasonInfo> reasons = m_store.archiveReasons();
            reasons.append(ArchiveReasonInfo{r->id, r->text, r->isHired(), r->isActive()});
            m_store.setArchiveReasons(reasons);
        });
    }
}

} // namespace lever::models

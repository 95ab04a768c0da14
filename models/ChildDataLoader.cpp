#include "ChildDataLoader.h"

#include "Client.h"
#include "ModelsLog.h"
#include "Store.h"
#include "resources/InterviewResource.h"
#include "resources/OpportunityResource.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace lever::models {

ChildDataLoader::ChildDataLoader(api::Client &client, Store &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

ChildDataLoader::~ChildDataLoader() = default;

bool ChildDataLoader::isFresh(const QString &id) const
{
    const ChildData *data = m_store.childData(id);
    return data && QDateTime::currentMSecsSinceEpoch() - data->fetchedAt < m_maxAgeMs;
}

void ChildDataLoader::setVisible(const QStringList &ids)
{
    m_visibleOrder = ids;
    m_visible = QSet<QString>(ids.cbegin(), ids.cend());
    // Cards that scrolled away: their queued requests go (one already on the wire finishes).
    for (auto it = m_requests.begin(); it != m_requests.end();) {
        if (it->priority == api::Priority::Visible && !m_visible.contains(it.key())) {
            api::Pager<api::Interview> pager = it->pager;
            it = m_requests.erase(it);
            pager.cancel();
        } else {
            ++it;
        }
    }
    if (m_held)
        return;
    for (const QString &id : ids) {
        if (!m_requests.contains(id) && !isFresh(id) && m_store.opportunity(id))
            fetch(id, api::Priority::Visible);
    }
}

void ChildDataLoader::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (!held)
        setVisible(m_visibleOrder);
}

void ChildDataLoader::open(const QString &id)
{
    auto it = m_requests.find(id);
    if (it != m_requests.end()) {
        it->priority = api::Priority::Interactive;
        it->pager.setPriority(api::Priority::Interactive);
    } else {
        fetch(id, api::Priority::Interactive);
    }
    m_client.opportunities()
        .get(id, api::OpportunityExpand::Applications)
        .setPriority(api::Priority::Interactive)
        .then(this, [this, id](const api::Result<api::Opportunity> &r) {
            if (r.ok()) {
                if (!m_store.hasPendingWrite(id))
                    m_store.upsert(r.value());
            } else if (r.error().category() != api::ApiError::Category::Cancelled) {
                Q_EMIT failed(id, r.error().userText());
            }
        });
}

void ChildDataLoader::fetch(const QString &id, api::Priority priority)
{
    const quint64 generation = m_nextGeneration++;
    auto items = std::make_shared<QList<api::Interview>>();
    Request request;
    request.priority = priority;
    request.generation = generation;
    request.pager = m_client.interviews().list(id, priority);
    request.pager
        .onPage(this, [items](const QList<api::Interview> &page,
                              const api::PagerProgress &) { items->append(page); })
        .onFinished(this, [this, id, generation, items](const api::Result<api::PagerSummary> &r) {
            const auto it = m_requests.constFind(id);
            if (it == m_requests.constEnd() || it->generation != generation)
                return; // cancelled when its card left the screen
            const api::Priority priority = it->priority;
            m_requests.erase(it);
            if (!r.ok()) {
                if (r.error().category() == api::ApiError::Category::Cancelled)
                    return;
                qCInfo(lcModels) << "child data failed:" << r.error().toString();
                if (priority == api::Priority::Interactive)
                    Q_EMIT failed(id, r.error().userText());
                return;
            }
            ChildData data;
            data.fetchedAt = QDateTime::currentMSecsSinceEpoch();
            data.interviews = std::move(*items);
            data.summarize(data.fetchedAt);
            m_store.setChildData(id, std::move(data));
            Q_EMIT loaded(id);
        });
    m_requests.insert(id, request);
}

} // namespace lever::models

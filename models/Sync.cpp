#include "Sync.h"

#include "Client.h"
#include "EpochMs.h"
#include "ModelsLog.h"
#include "Store.h"
#include "WhenText.h"
#include "resources/ApplicationResource.h"
#include "resources/OpportunityResource.h"
#include "resources/PostingResource.h"

#include <QLocale>
#include <memory>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isCancel(const api::ApiError &error)
{
    return error.category() == api::ApiError::Category::Cancelled;
}
} // namespace

Sync::Sync(api::Client &client, Store &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_reference(client, store)
{
    connect(&m_reference, &ReferenceReader::listRead, this, [this](bool ok, const api::ApiError &error) {
        if (!ok)
            fail(error);
        checkReferenceDone();
    });
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &Sync::applySlice);
    m_deltaTimer.setInterval(m_deltaIntervalMs);
    connect(&m_deltaTimer, &QTimer::timeout, this, [this] {
        if (!m_activeFetched && !m_activePager.core())
            loadActive(); // the full load failed earlier: try again
        else
            runDelta(false);
    });
}

Sync::~Sync() = default;

bool Sync::isBusy() const
{
    return !m_activeLoaded || m_archivedLoading || m_deltaRunning || m_referencePending > 0 ||
           !m_work.isEmpty();
}

void Sync::setDeltaIntervalMs(int ms)
{
    m_deltaIntervalMs = ms;
    if (ms <= 0) {
        m_deltaTimer.stop();
        return;
    }
    m_deltaTimer.setInterval(ms);
    if (m_started)
        m_deltaTimer.start();
}

void Sync::start()
{
    if (m_started)
        return;
    m_started = true;
    m_expectedTotal = m_store.opportunityCount() > 0 ? m_store.opportunityCount() : -1;
    loadReference(api::Priority::Visible); // small, and the board needs its columns first
    loadActive();
    if (m_deltaIntervalMs > 0)
        m_deltaTimer.start();
    updateStatus();
    setBusyState();
}

void Sync::resume(const SyncState &state, const QDateTime &shownFrom)
{
    if (m_started)
        return;
    if (!state.resumable()) {
        start();
        return;
    }
    m_started = true;
    m_watermark = state.watermark;
    m_expectedTotal = state.expectedTotal > 0 ? state.expectedTotal : m_store.opportunityCount();
    m_loaded = m_store.opportunityCount();
    m_activeFetched = true;
    m_activeLoaded = true;
    m_archivedLoaded = state.archivedLoaded;
    if (state.lastSyncedMs > 0)
        m_lastSynced = QDateTime::fromMSecsSinceEpoch(state.lastSyncedMs);
    m_showingCached = true;
    m_shownFrom = shownFrom;
    // The opportunities first: they are what a start from the cache waits for. Stages, users and
    // postings rarely change and follow right after.
    m_referenceAfterDelta = true;
    updateStatus();
    Q_EMIT activeLoaded();
    if (m_deltaIntervalMs > 0)
        m_deltaTimer.start();
    runDelta(false);
    setBusyState();
}

SyncState Sync::state() const
{
    SyncState s;
    s.watermark = m_activeFetched ? m_watermark : 0;
    s.lastSyncedMs = m_lastSynced.isValid() ? m_lastSynced.toMSecsSinceEpoch() : 0;
    s.expectedTotal = m_store.opportunityCount();
    s.activeLoaded = m_activeFetched;
    s.archivedLoaded = m_archivedLoaded;
    return s;
}

void Sync::sweep(bool archived, qint64 cutoff)
{
    const QSet<QString> &seen = archived ? m_seenArchived : m_seenActive;
    QStringList gone;
    for (int slot = 0; slot < m_store.slotCount(); ++slot) {
        if (!m_store.isLive(slot))
            continue;
        const OpportunityRecord &r = m_store.at(slot);
        // Changed since the load began (a write's answer, a card the user created): newer than the load.
        if (r.archived == archived && r.updatedAt < cutoff && !seen.contains(r.id) &&
            !m_store.hasPendingWrite(r.id))
            gone.append(r.id);
    }
    for (const QString &id : std::as_const(gone))
        m_store.remove(id);
    if (!gone.isEmpty())
        qCInfo(lcModels) << "full load removed" << gone.size() << (archived ? "archived" : "active")
                         << "cards Lever no longer has";
}

void Sync::stop()
{
    m_deltaTimer.stop();
    for (auto *pager : {&m_activePager, &m_archivedPager, &m_deltaPager, &m_deletedPager}) {
        pager->cancel();
        *pager = {};
    }
    for (auto *pager : {&m_deletedPostingsPager, &m_deletedApplicationsPager}) {
        pager->cancel();
        *pager = {};
    }
    m_work.clear();
    m_archivedLoading = false;
    m_deltaRunning = false;
    m_started = false;
    setBusyState();
}

void Sync::loadReference(api::Priority priority)
{
    m_referencePending += ReferenceReader::kLists;
    m_reference.read(priority);
    setBusyState();
}

void Sync::checkReferenceDone()
{
    --m_referencePending;
    if (m_referencePending == 0 && m_activeFetched && !m_activeLoaded) {
        // Queue behind the pages still being applied.
        queue(Work{{}, {}, 0, [this] {
                       if (m_activeLoaded)
                           return;
                       m_activeLoaded = true;
                       Q_EMIT activeLoaded();
                   }});
    }
    setBusyState();
}

void Sync::loadActive()
{
    const qint64 roundStart = nowMs();
    m_loaded = 0;
    m_seenActive.clear();
    api::OpportunityFilter filter;
    filter.archived = false;
    filter.expand = api::OpportunityExpand::Applications; // the posting of each card
    filter.confidentiality = m_confidentiality;
    m_activePager = m_client.opportunities().list(filter, api::Priority::Background, 100);
    m_activePager
        .onPage(this,
                [this](const QList<api::Opportunity> &items, const api::PagerProgress &) {
                    queue(Work{items, {}, 0, {}, Work::Kind::Active});
                })
        // "Invalid offset token": the pager starts over; upserts are idempotent, only the count restarts.
        .onRestart(this,
                   [this] {
                       m_loaded = 0;
                       m_seenActive.clear();
                   })
        .onFinished(this, [this, roundStart](const api::Result<api::PagerSummary> &r) {
            m_activePager = {};
            if (!r.ok()) {
                if (!isCancel(r.error()))
                    fail(r.error());
                return;
            }
            m_activeFetched = true;
            m_watermark = roundStart - m_overlapMs;
            queue(Work{{}, {}, 0, [this] {
                           qCInfo(lcModels) << "active opportunities loaded:" << m_loaded;
                           sweep(false, m_watermark);
                           m_seenActive = {};
                           if (m_referencePending == 0 && !m_activeLoaded) {
                               m_activeLoaded = true;
                               Q_EMIT activeLoaded();
                           }
                           m_lastSynced = QDateTime::currentDateTime();
                           m_lastError.clear();
                           Q_EMIT synced(m_lastSynced);
                           if (m_archivedInBackground)
                               startArchived();
                           if (m_deltaWanted)
                               runDelta(m_userRefresh);
                           updateStatus();
                           Q_EMIT stateChanged(state());
                       }});
        });
    setBusyState();
}

void Sync::loadArchived()
{
    startArchived();
}

void Sync::startArchived()
{
    if (m_archivedLoaded || m_archivedLoading)
        return;
    m_archivedLoading = true;
    m_archivedApplied = 0;
    m_seenArchived.clear();
    const qint64 roundStart = nowMs();
    api::OpportunityFilter filter;
    filter.archived = true;
    filter.expand = api::OpportunityExpand::Applications;
    filter.confidentiality = m_confidentiality;
    m_archivedPager = m_client.opportunities().list(filter, api::Priority::Background, 100);
    m_archivedPager
        .onPage(this,
                [this](const QList<api::Opportunity> &items, const api::PagerProgress &) {
                    queue(Work{items, {}, 0, {}, Work::Kind::Archived});
                })
        .onRestart(this,
                   [this] {
                       m_archivedApplied = 0;
                       m_seenArchived.clear();
                   })
        .onFinished(this, [this, roundStart](const api::Result<api::PagerSummary> &r) {
            m_archivedPager = {};
            if (!r.ok()) {
                m_archivedLoading = false;
                if (!isCancel(r.error()))
                    fail(r.error());
                setBusyState();
                return;
            }
            queue(Work{{}, {}, 0, [this, roundStart] {
                           m_archivedLoading = false;
                           m_archivedLoaded = true;
                           qCInfo(lcModels) << "archived opportunities loaded:" << m_archivedApplied;
                           sweep(true, roundStart - m_overlapMs);
                           m_seenArchived = {};
                           Q_EMIT archivedLoaded();
                           updateStatus();
                           Q_EMIT stateChanged(state());
                       }});
        });
    setBusyState();
    updateStatus();
}

void Sync::refresh()
{
    if (!m_started) {
        start();
        return;
    }
    if (!m_activeFetched) {
        if (!m_activePager.core())
            loadActive(); // the full load failed: start it again
        return;
    }
    m_userRefresh = true;
    updateStatus();
    runDelta(true);
}

void Sync::runDelta(bool withReference)
{
    if (!m_activeFetched || m_deltaRunning) {
        m_deltaWanted = true;
        return;
    }
    m_deltaWanted = false;
    m_deltaRunning = true;
    if (withReference)
        loadReference(api::Priority::Visible);
    const qint64 roundStart = nowMs();
    // A recruiter pressing F5 is waiting for it, and so is one looking at cached data at start; the
    // minute timer is not.
    const api::Priority priority =
        m_userRefresh || m_showingCached ? api::Priority::Visible : api::Priority::Background;
    api::OpportunityFilter filter;
    filter.updatedAt.start = m_watermark;
    filter.expand = api::OpportunityExpand::Applications;
    filter.confidentiality = m_confidentiality;
    m_deltaPager = m_client.opportunities().list(filter, priority, 100);
    m_deltaPager
        .onPage(this,
                [this](const QList<api::Opportunity> &items, const api::PagerProgress &) {
                    queue(Work{items, {}, 0, {}});
                })
        .onFinished(this, [this, roundStart, priority](const api::Result<api::PagerSummary> &r) {
            m_deltaPager = {};
            if (!r.ok()) {
                m_deltaRunning = false;
                m_userRefresh = false;
                if (!isCancel(r.error()))
                    fail(r.error());
                setBusyState();
                return;
            }
            api::TimeRange since;
            since.start = m_watermark;
            m_deletedPager = m_client.opportunities().deleted(since, priority);
            m_deletedPager
                .onPage(this,
                        [this](const QList<api::Opportunity> &items, const api::PagerProgress &) {
                            Work work;
                            for (const api::Opportunity &o : items)
                                work.removals.append(o.id);
                            queue(std::move(work));
                        })
                .onFinished(this,
                            [this, roundStart, priority](const api::Result<api::PagerSummary> &deleted) {
                                m_deletedPager = {};
                                if (!deleted.ok()) {
                                    m_deltaRunning = false;
                                    m_userRefresh = false;
                                    if (!isCancel(deleted.error()))
                                        fail(deleted.error());
                                    setBusyState();
                                    return;
                                }
                                readDeletedPostings(roundStart, priority);
                            });
        });
    setBusyState();
}

bool Sync::deletionsReadFailed(const api::ApiError &error, bool &readable)
{
    if (error.category() == api::ApiError::Category::Forbidden) {
        qCInfo(lcModels) << "skipping deleted postings and applications from now on:" << error.message();
        readable = false;
        return false;
    }
    m_deltaRunning = false;
    m_userRefresh = false;
    if (!isCancel(error))
        fail(error);
    setBusyState();
    return true;
}

void Sync::readDeletedPostings(qint64 roundStart, api::Priority priority)
{
    if (!m_deletedPostingsReadable) {
        readDeletedApplications(roundStart, priority);
        return;
    }
    api::TimeRange since;
    since.start = m_watermark;
    auto gone = std::make_shared<QSet<QString>>();
    m_deletedPostingsPager = m_client.postings().deleted(since, priority);
    m_deletedPostingsPager
        .onPage(this,
                [gone](const QList<api::DeletedRecord> &items, const api::PagerProgress &) {
                    for (const api::DeletedRecord &d : items)
                        gone->insert(d.id);
                })
        .onFinished(this, [this, roundStart, priority, gone](const api::Result<api::PagerSummary> &r) {
            m_deletedPostingsPager = {};
            if (!r.ok() && deletionsReadFailed(r.error(), m_deletedPostingsReadable))
                return;
            if (!gone->isEmpty()) {
                QList<PostingInfo> kept = m_store.postings();
                kept.removeIf([&gone](const PostingInfo &p) { return gone->contains(p.id); });
                m_store.setPostings(kept);
            }
            readDeletedApplications(roundStart, priority);
        });
}

void Sync::readDeletedApplications(qint64 roundStart, api::Priority priority)
{
    const auto finish = [this, roundStart] {
        queue(Work{{}, {}, 0, [this, roundStart] { finishDelta(roundStart); }});
    };
    if (!m_deletedApplicationsReadable) {
        finish();
        return;
    }
    api::TimeRange since;
    since.start = m_watermark;
    auto gone = std::make_shared<QList<api::DeletedRecord>>();
    m_deletedApplicationsPager = m_client.applications().deleted(since, priority);
    m_deletedApplicationsPager
        .onPage(this, [gone](const QList<api::DeletedRecord> &items,
                             const api::PagerProgress &) { gone->append(items); })
        .onFinished(this, [this, gone, finish](const api::Result<api::PagerSummary> &r) {
            m_deletedApplicationsPager = {};
            if (!r.ok() && deletionsReadFailed(r.error(), m_deletedApplicationsReadable))
                return;
            // After the pages queued before: an opportunity deleted with its applications is gone by
            // then, and one changed since keeps what the newer answer says unless it still names the
            // deleted application's posting.
            queue(
                Work{{}, {}, 0, [this, gone] {
                         for (const api::DeletedRecord &d : std::as_const(*gone)) {
                             if (!d.opportunityId || !d.posting || m_store.hasPendingWrite(*d.opportunityId))
                                 continue;
                             const OpportunityRecord *card = m_store.opportunity(*d.opportunityId);
                             if (card && card->postingId == *d.posting)
                                 m_store.modify(*d.opportunityId,
                                                [](OpportunityRecord &record) { record.postingId.clear(); });
                         }
                     }});
            finish();
        });
}

void Sync::finishDelta(qint64 roundStart)
{
    m_deltaRunning = false;
    m_userRefresh = false;
    m_watermark = roundStart - m_overlapMs;
    m_lastSynced = QDateTime::currentDateTime();
    m_lastError.clear();
    Q_EMIT synced(m_lastSynced);
    if (std::exchange(m_showingCached, false)) {
        if (std::exchange(m_referenceAfterDelta, false))
            loadReference(api::Priority::Visible);
        if (!m_archivedLoaded && m_archivedInBackground)
            startArchived();
    }
    updateStatus();
    setBusyState();
    Q_EMIT stateChanged(state());
    if (m_deltaWanted)
        runDelta(false);
}

void Sync::queue(Work work)
{
    m_work.append(std::move(work));
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
    setBusyState();
}

void Sync::apply(const api::Opportunity &o)
{
    const int slot = m_store.slotOf(o.id);
    if (slot >= 0) {
        const OpportunityRecord &existing = m_store.at(slot);
        // A write in flight brings its own answer; an older copy (an overlapping page) changes nothing.
        if (m_store.hasPendingWrite(o.id) || existing.updatedAt > o.updatedAt.value_or(o.createdAt))
            return;
    }
    m_store.upsert(o);
    m_reference.readUnknown(o);
}

void Sync::applySlice()
{
    int budget = m_sliceSize;
    bool progressed = false;
    while (!m_work.isEmpty() && budget > 0) {
        Work &work = m_work.first();
        while (work.offset < work.upserts.size() && budget > 0) {
            const api::Opportunity &o = work.upserts.at(work.offset++);
            if (work.kind == Work::Kind::Active) {
                ++m_loaded;
                m_seenActive.insert(o.id);
            } else if (work.kind == Work::Kind::Archived) {
                ++m_archivedApplied;
                m_seenArchived.insert(o.id);
            }
            apply(o);
            --budget;
            progressed = true;
        }
        if (progressed) {
            // Before any step queued behind this page runs (such as "active loaded").
            Q_EMIT progressChanged(m_loaded, m_expectedTotal);
            updateStatus();
            progressed = false;
        }
        while (!work.removals.isEmpty() && budget > 0) {
            m_store.remove(work.removals.takeLast());
            --budget;
        }
        if (work.offset < work.upserts.size() || !work.removals.isEmpty())
            break;
        std::function<void()> then = std::move(work.then);
        m_work.removeFirst();
        if (then)
            then();
    }
    if (!m_work.isEmpty())
        m_applyTimer.start();
    setBusyState();
}

void Sync::fail(const api::ApiError &error)
{
    qCWarning(lcModels) << "sync failed:" << error.toString();
    m_lastError = error.userText();
    updateStatus();
    Q_EMIT errorOccurred(m_lastError);
}

void Sync::updateStatus()
{
    const QLocale locale;
    QString text;
    if (!m_lastError.isEmpty()) {
        text = tr("Sync failed: %1").arg(m_lastError);
    } else if (m_showingCached) {
        text = tr("Showing data from %1, updating…").arg(whenText(m_shownFrom));
    } else if (!m_activeLoaded) {
        text = m_expectedTotal > 0 ? tr("Syncing %1 of %2 opportunities…")
                                         .arg(locale.toString(m_loaded), locale.toString(m_expectedTotal))
                                   : tr("Syncing %1 opportunities…").arg(locale.toString(m_loaded));
    } else if (m_userRefresh) {
        text = tr("Refreshing…");
    } else {
        const QString time = locale.toString(m_lastSynced.time(), QLocale::ShortFormat);
        text = m_archivedLoading ? tr("Up to date · synced %1 · loading archived: %2…")
                                       .arg(time, locale.toString(m_archivedApplied))
                                 : tr("Up to date · synced %1").arg(time);
    }
    if (text == m_statusText)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged(text);
}

void Sync::setBusyState()
{
    const bool busy = m_started && isBusy();
    if (busy == m_wasBusy)
        return;
    m_wasBusy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace lever::models

#pragma once

#include "Confidentiality.h"
#include "Pager.h"
#include "ReferenceReader.h"
#include "SyncState.h"
#include "types/DeletedRecord.h"
#include "types/Opportunity.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>

namespace lever::api {
class Client;
}

namespace lever::models {

class Store;

// Keeps a Store in step with Lever: a paged full load at Background priority (active opportunities
// first, so the board is usable early; archived ones afterwards or on demand), stages, archive
// reasons, postings and users alongside, then deltas by `updated_at_start` (and deletions) every
// minute and on refresh(). Pages are applied to the store in slices between event-loop turns, so the
// UI thread never stalls on a big page. Status and errors come out as ready-made text.
class Sync : public QObject
{
    Q_OBJECT
public:
    Sync(api::Client &client, Store &store, QObject *parent = nullptr);
    ~Sync() override;

    // Starts the full load (reference data and active opportunities, then archived ones when
    // archivedInBackground()), then deltas every deltaIntervalMs(). Cards already in the store (a
    // cache that could not be resumed) that the full load does not bring back are removed after it.
    void start();
    // Starts from a store filled from the local cache: the board is usable at once, a delta from the
    // saved watermark (and the deletions since) brings it up to date, then the reference data and,
    // if they were never loaded, the archived opportunities follow. `shownFrom` is when the cached
    // data was saved, for the status text.
    void resume(const SyncState &state, const QDateTime &shownFrom);
    // Where the sync stands now, for the cache to keep (stateChanged() when it moves).
    SyncState state() const;
    // Loads archived opportunities now if they are not loaded or loading (an Archive lane or a
    // filter needs them).
    void loadArchived();
    // A delta now, with the reference data (F5). Before the active load finished, it does nothing.
    void refresh();
    // Stops every read and the timer.
    void stop();

    // Which opportunities to read: Lever's default is the non-confidential ones; All needs a credential
    // with confidential access (otherwise every read fails with 403).
    void setConfidentiality(api::Confidentiality confidentiality) { m_confidentiality = confidentiality; }
    api::Confidentiality confidentiality() const { return m_confidentiality; }
    void setArchivedInBackground(bool on) { m_archivedInBackground = on; }
    bool archivedInBackground() const { return m_archivedInBackground; }
    void setDeltaIntervalMs(int ms);
    int deltaIntervalMs() const { return m_deltaIntervalMs; }
    // Records applied per event-loop turn.
    void setSliceSize(int records) { m_sliceSize = qMax(1, records); }
    // How far back a delta reaches before the start of the previous round (clock differences and
    // writes committed while a page was read).
    void setDeltaOverlapMs(qint64 ms) { m_overlapMs = ms; }

    bool isActiveLoaded() const { return m_activeLoaded; }
    bool isArchivedLoaded() const { return m_archivedLoaded; }
    bool isArchivedLoading() const { return m_archivedLoading; }
    bool isBusy() const;
    // Opportunities applied by the running full load, and the total when known (-1: unknown; Lever
    // gives no totals, so it is known only from an earlier load).
    qint64 loadedCount() const { return m_loaded; }
    qint64 expectedTotal() const { return m_expectedTotal; }
    QDateTime lastSyncedAt() const { return m_lastSynced; }
    QString statusText() const { return m_statusText; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void progressChanged(qint64 loaded, qint64 total);
    void statusTextChanged(const QString &text);
    // Active opportunities and reference data are in: the board is usable.
    void activeLoaded();
    void archivedLoaded();
    // A round (full load or delta) finished and was applied.
    void synced(const QDateTime &at);
    void busyChanged(bool busy);
    // A read failed: ApiError::userText(), ready to show. The next delta retries.
    void errorOccurred(const QString &message);
    // A round finished and everything it read is in the store: the cache saves state() with it.
    void stateChanged(const lever::models::SyncState &state);

private:
    struct Work
    {
        QList<api::Opportunity> upserts;
        QStringList removals;
        qsizetype offset = 0;
        std::function<void()> then; // runs once everything queued before it is applied
        enum class Kind { Other, Active, Archived } kind = Kind::Other;
    };

    void loadReference(api::Priority priority);
    void loadActive();
    void startArchived();
    void runDelta(bool withReference);
    void finishDelta(qint64 roundStart);
    // The delta's last steps: postings deleted since the watermark leave the posting list, and a card
    // whose application was deleted loses that posting. Both lists need admin scopes; without them
    // (403) the step is skipped from then on, since a full load brings the same facts, only later.
    void readDeletedPostings(qint64 roundStart, api::Priority priority);
    void readDeletedApplications(qint64 roundStart, api::Priority priority);
    // True when the failed read ends the round (fail() was called); false when it was a 403 to skip.
    bool deletionsReadFailed(const api::ApiError &error, bool &readable);
    void queue(Work work);
    void applySlice();
    void apply(const api::Opportunity &opportunity);
    void fail(const api::ApiError &error);
    void updateStatus();
    void setBusyState();
    void checkReferenceDone();
    // Removes the cards of one lane that a finished full load of that lane did not bring.
    void sweep(bool archived, qint64 cutoff);

    api::Client &m_client;
    Store &m_store;
    api::Confidentiality m_confidentiality = api::Confidentiality::Default;
    bool m_archivedInBackground = true;
    int m_deltaIntervalMs = 60000;
    int m_sliceSize = 250;
    qint64 m_overlapMs = 30000;

    bool m_started = false;
    bool m_activeFetched = false; // the pager finished; applying may still be going on
    bool m_activeLoaded = false;
    bool m_archivedLoading = false;
    bool m_archivedLoaded = false;
    bool m_deltaRunning = false;
    bool m_deltaWanted = false;
    bool m_userRefresh = false;
    bool m_showingCached = false; // resumed from the cache; the first delta has not finished yet
    bool m_referenceAfterDelta = false;
    QDateTime m_shownFrom;
    QSet<QString> m_seenActive; // ids a running full load brought, for sweep()
    QSet<QString> m_seenArchived;
    int m_referencePending = 0;
    bool m_wasBusy = false;
    qint64 m_loaded = 0;
    qint64 m_expectedTotal = -1;
    qint64 m_archivedApplied = 0;
    qint64 m_watermark = 0; // epoch ms: deltas ask for updates since this
    QDateTime m_lastSynced;
    QString m_statusText;
    QString m_lastError;

    ReferenceReader m_reference; // the lists, and single stages or reasons a card names
    api::Pager<api::Opportunity> m_activePager;
    api::Pager<api::Opportunity> m_archivedPager;
    api::Pager<api::Opportunity> m_deltaPager;
    api::Pager<api::Opportunity> m_deletedPager;
    api::Pager<api::DeletedRecord> m_deletedPostingsPager;
    api::Pager<api::DeletedRecord> m_deletedApplicationsPager;
    bool m_deletedPostingsReadable = true;
    bool m_deletedApplicationsReadable = true;
    QList<Work> m_work;
    QTimer m_applyTimer;
    QTimer m_deltaTimer;
};

} // namespace lever::models

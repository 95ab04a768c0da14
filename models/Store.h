#pragma once

#include "ChildData.h"
#include "OpportunityRecord.h"
#include "ReferenceData.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <functional>
#include <vector>

namespace lever::api {
struct Opportunity;
}

namespace lever::models {

// One signed-in account's data in memory: opportunities by id with indexes by stage (active ones),
// by archive reason (archived ones) and by posting, plus stages, archive reasons, postings, users and
// lazily fetched child data. Every change is announced per opportunity, so item models update rows
// in place and never reset on a normal update.
//
// Opportunities live in numbered slots that stay fixed while the record lives (a removed slot is
// reused later); item models hold slots, not ids, so a row costs one int.
class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    // --- Opportunities
    int opportunityCount() const { return int(m_slotById.size()); }
    int activeCount() const { return m_activeCount; }
    // Slots run from 0 to slotCount() - 1; some may be free (isLive() false).
    int slotCount() const { return int(m_records.size()); }
    bool isLive(int slot) const { return slot >= 0 && slot < slotCount() && m_live[size_t(slot)]; }
    const OpportunityRecord &at(int slot) const { return m_records[size_t(slot)]; }
    int slotOf(const QString &id) const { return m_slotById.value(id, -1); }
    // Null when unknown.
    const OpportunityRecord *opportunity(const QString &id) const;
    // The card's lower-case search key (OpportunityRecord::searchKey), kept a second time in one
    // contiguous buffer in slot order: filtering scans it front to back instead of chasing a pointer
    // per record, several times faster on 100,000 cards. Valid until the next store change.
    QByteArrayView searchKey(int slot) const
    {
        const KeySpan &span = m_keySpans[size_t(slot)];
        return QByteArrayView(m_keyArena.constData() + span.offset, qsizetype(span.length));
    }

    QSet<int> activeInStage(const QString &stageId) const { return m_byStage.value(stageId); }
    QSet<int> archivedWithReason(const QString &reasonId) const { return m_byArchiveReason.value(reasonId); }
    QSet<int> forPosting(const QString &postingId) const { return m_byPosting.value(postingId); }
    // How many loaded opportunities share this contact (the person); > 1 marks "other opportunities".
    int opportunitiesOfContact(const QString &contactId) const { return m_contacts.value(contactId).count; }

    // Inserts or updates from the API's answer. Fields the answer lacks keep their stored value: an
    // answer without expanded applications keeps the posting.
    void upsert(const api::Opportunity &opportunity);
    void upsert(const QList<api::Opportunity> &opportunities);
    // Inserts or replaces a record as is (ids interned here).
    void upsertRecord(OpportunityRecord record);
    // Many records at once (the local cache at start), announced as one opportunitiesReset() rather
    // than a signal per card: item models then sort each column once. Records already known are
    // upserted as usual.
    void insertMany(std::vector<OpportunityRecord> records);
    // Changes a stored record in place (optimistic writes); false when the id is unknown.
    bool modify(const QString &id, const std::function<void(OpportunityRecord &)> &change);
    bool remove(const QString &id);
    // Drops every opportunity (sign-out, account switch): announced as a reset.
    void clearOpportunities();

    // Writes in flight per opportunity (Actions): sync leaves such records alone, since the write's
    // own answer brings the newer state, and cards can show that a change is being saved.
    void beginWrite(const QString &id) { ++m_pendingWrites[id]; }
    void endWrite(const QString &id);
    bool hasPendingWrite(const QString &id) const { return m_pendingWrites.contains(id); }

    // The record an API answer turns into, merged over `existing` when there is one.
    OpportunityRecord recordFrom(const api::Opportunity &opportunity, const OpportunityRecord *existing);

    // --- Reference data; each setter announces a change only when something differs.
    const QList<StageInfo> &stages() const { return m_stages; }
    void setStages(const QList<StageInfo> &stages);
    int stageIndex(const QString &stageId) const { return m_stageIndex.value(stageId, -1); }
    QString stageName(const QString &stageId) const;

    const QList<ArchiveReasonInfo> &archiveReasons() const { return m_archiveReasons; }
    void setArchiveReasons(const QList<ArchiveReasonInfo> &reasons);
    QString archiveReasonName(const QString &reasonId) const;

    const QList<PostingInfo> &postings() const { return m_postings; }
    void setPostings(const QList<PostingInfo> &postings);
    const PostingInfo *posting(const QString &postingId) const;

    // Every tag and source of the account from Lever (GET /tags, /sources); empty until read, and when
    // the credential may not read them (the filters then list what the loaded cards carry).
    const QList<LabelCount> &accountTags() const { return m_accountTags; }
    const QList<LabelCount> &accountSources() const { return m_accountSources; }
    void setAccountTags(const QList<LabelCount> &tags);
    void setAccountSources(const QList<LabelCount> &sources);

    const QList<UserInfo> &users() const { return m_users; }
    void setUsers(const QList<UserInfo> &users);
    const UserInfo *user(const QString &userId) const;

    // --- Child data (interviews), fetched lazily.
    const ChildData *childData(const QString &opportunityId) const;
    void setChildData(const QString &opportunityId, ChildData data);

    // One shared copy of a repeated string (ids, tags, sources, origins), or of a repeated list (the
    // same tags on many cards).
    QString intern(const QString &text);
    QStringList internList(const QStringList &list);

Q_SIGNALS:
    void opportunityInserted(int slot);
    // `before` is the record as it was (its stageId/archived tell where a moved card came from).
    void opportunityUpdated(int slot, const lever::models::OpportunityRecord &before);
    // Emitted after the slot was freed; `before` is the removed record.
    void opportunityRemoved(int slot, const lever::models::OpportunityRecord &before);
    void opportunitiesAboutToBeCleared();
    void opportunitiesCleared();
    // insertMany() added records: whoever lists opportunities reads them all again.
    void opportunitiesReset();
    void stagesAboutToChange();
    void stagesChanged();
    void archiveReasonsAboutToChange();
    void archiveReasonsChanged();
    void postingsChanged();
    void accountLabelsChanged(); // accountTags() or accountSources()
    void usersAboutToChange();
    void usersChanged();
    void childDataChanged(int slot);

private:
    void index(int slot, const OpportunityRecord &record, int delta);
    void setSearchKey(int slot, const QByteArray &key);
    void compactKeys();
    void internRecord(OpportunityRecord &record);

    struct KeySpan
    {
        quint32 offset = 0;
        quint32 length = 0;
    };
    std::vector<OpportunityRecord> m_records;
    QByteArray m_keyArena;
    std::vector<KeySpan> m_keySpans;
    qsizetype m_keyGarbage = 0; // bytes of replaced keys still in the arena
    std::vector<bool> m_live;
    QList<int> m_freeSlots;
    QHash<QString, int> m_slotById;
    QHash<QString, QSet<int>> m_byStage;
    QHash<QString, QSet<int>> m_byArchiveReason;
    QHash<QString, QSet<int>> m_byPosting;
    struct ContactEntry
    {
        int count = 0;
        int firstSlot = -1; // one of its opportunities, to refresh its mark when a second arrives
    };
    QHash<QString, ContactEntry> m_contacts;
    int m_activeCount = 0;
    QSet<QString> m_pool;
    QSet<QStringList> m_listPool;

    QList<StageInfo> m_stages;
    QHash<QString, int> m_stageIndex;
    QList<ArchiveReasonInfo> m_archiveReasons;
    QList<PostingInfo> m_postings;
    QList<LabelCount> m_accountTags;
    QList<LabelCount> m_accountSources;
    QHash<QString, int> m_postingIndex;
    QList<UserInfo> m_users;
    QHash<QString, int> m_userIndex;
    QHash<QString, ChildData> m_childData;
    QHash<QString, int> m_pendingWrites;
};

} // namespace lever::models

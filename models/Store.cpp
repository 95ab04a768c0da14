#include "Store.h"

#include "types/Opportunity.h"

using namespace Qt::StringLiterals;

namespace lever::models {

Store::Store(QObject *parent)
    : QObject(parent)
{}

Store::~Store() = default;

QString Store::intern(const QString &text)
{
    if (text.isEmpty())
        return {};
    const auto it = m_pool.constFind(text);
    if (it != m_pool.constEnd())
        return *it;
    m_pool.insert(text);
    return text;
}

void Store::internRecord(OpportunityRecord &r)
{
    r.stageId = intern(r.stageId);
    r.ownerId = intern(r.ownerId);
    r.postingId = intern(r.postingId);
    r.origin = intern(r.origin);
    r.archiveReasonId = intern(r.archiveReasonId);
    r.tags = internList(r.tags);
    r.sources = internList(r.sources);
    r.stagePath = internList(r.stagePath);
}

QStringList Store::internList(const QStringList &list)
{
    if (list.isEmpty())
        return {};
    const auto it = m_listPool.constFind(list);
    if (it != m_listPool.constEnd())
        return *it;
    QStringList shared;
    shared.reserve(list.size());
    for (const QString &item : list)
        shared.append(intern(item));
    m_listPool.insert(shared);
    return shared;
}

const OpportunityRecord *Store::opportunity(const QString &id) const
{
    const int slot = slotOf(id);
    return slot < 0 ? nullptr : &m_records[size_t(slot)];
}

OpportunityRecord Store::recordFrom(const api::Opportunity &o, const OpportunityRecord *existing)
{
    OpportunityRecord r;
    r.id = o.id;
    r.name = o.name;
    r.headline = o.headline;
    r.emails = o.emails.join(u", "_s);
    r.contactId = o.contact.id;
    r.stageId = o.stage.id;
    r.ownerId = o.owner.id;
    // The posting comes from expanded applications; an answer without them (a write's answer) keeps
    // what the store knew.
    if (!o.applications.isEmpty() && o.applications.first().expanded)
        r.postingId = o.applications.first().expanded->posting.value_or(QString());
    else if (existing && !o.applications.isEmpty())
        r.postingId = existing->postingId;
    r.origin = o.origin;
    if (o.archived) {
        r.archived = true;
        r.archiveReasonId = o.archived->reason;
        r.archivedAt = o.archived->archivedAt;
    }
    r.tags = o.tags;
    r.sources = o.sources;
    // An answer without stage changes (Lever always sends them; a partial answer may not) keeps what
    // the store knew.
    if (!o.stageChanges.isEmpty()) {
        r.stagePath.reserve(o.stageChanges.size());
        r.stagePathAt.reserve(o.stageChanges.size());
        for (const api::Opportunity::StageChange &change : o.stageChanges) {
            r.stagePath.append(change.toStageId);
            r.stagePathAt.append(change.updatedAt);
        }
    } else if (existing) {
        r.stagePath = existing->stagePath;
        r.stagePathAt = existing->stagePathAt;
    }
    r.createdAt = o.createdAt;
    r.updatedAt = o.updatedAt.value_or(o.createdAt);
    if (o.lastAdvancedAt)
        r.stageEnteredAt = *o.lastAdvancedAt;
    else if (!o.stageChanges.isEmpty())
        r.stageEnteredAt = o.stageChanges.last().updatedAt;
    else
        r.stageEnteredAt = o.createdAt;
    if (existing && existing->contactId == r.contactId)
        r.contactId = existing->contactId; // keep the shared copy
    r.updateSearchKey();
    internRecord(r);
    return r;
}

void Store::index(int slot, const OpportunityRecord &r, int delta)
{
    auto adjust = [slot, delta](QHash<QString, QSet<int>> &hash, const QString &key) {
        if (delta > 0) {
            hash[key].insert(slot);
        } else {
            auto it = hash.find(key);
            if (it != hash.end()) {
                it->remove(slot);
                if (it->isEmpty())
                    hash.erase(it);
            }
        }
    };
    if (r.archived)
        adjust(m_byArchiveReason, r.archiveReasonId);
    else
        adjust(m_byStage, r.stageId);
    if (!r.postingId.isEmpty())
        adjust(m_byPosting, r.postingId);
    if (!r.contactId.isEmpty()) {
        ContactEntry &entry = m_contacts[r.contactId];
        entry.count += delta;
        if (delta > 0 && entry.firstSlot < 0)
            entry.firstSlot = slot;
        else if (delta < 0 && entry.firstSlot == slot)
            entry.firstSlot = -1;
        if (entry.count <= 0)
            m_contacts.remove(r.contactId);
    }
    if (!r.archived)
        m_activeCount += delta;
}

void Store::setSearchKey(int slot, const QByteArray &key)
{
    KeySpan &span = m_keySpans[size_t(slot)];
    m_keyGarbage += span.length;
    span = KeySpan{quint32(m_keyArena.size()), quint32(key.size())};
    m_keyArena.append(key);
    // Updates leave old keys behind: rewrite the arena once they are half of it.
    if (m_keyGarbage > 1024 * 1024 && m_keyGarbage > m_keyArena.size() / 2)
        compactKeys();
}

void Store::compactKeys()
{
    QByteArray arena;
    arena.reserve(m_keyArena.size() - m_keyGarbage);
    for (KeySpan &span : m_keySpans) {
        const quint32 offset = quint32(arena.size());
        arena.append(m_keyArena.constData() + span.offset, qsizetype(span.length));
        span.offset = offset;
    }
    m_keyArena = std::move(arena);
    m_keyGarbage = 0;
}

void Store::upsert(const api::Opportunity &opportunity)
{
    const int slot = slotOf(opportunity.id);
    upsertRecord(recordFrom(opportunity, slot < 0 ? nullptr : &m_records[size_t(slot)]));
}

void Store::upsert(const QList<api::Opportunity> &opportunities)
{
    for (const api::Opportunity &o : opportunities)
        upsert(o);
}

void Store::upsertRecord(OpportunityRecord record)
{
    if (record.id.isEmpty())
        return;
    internRecord(record);
    int slot = slotOf(record.id);
    if (slot >= 0) {
        OpportunityRecord before = std::move(m_records[size_t(slot)]);
        index(slot, before, -1);
        m_records[size_t(slot)] = std::move(record);
        index(slot, m_records[size_t(slot)], +1);
        if (before.searchKey != m_records[size_t(slot)].searchKey)
            setSearchKey(slot, m_records[size_t(slot)].searchKey);
        Q_EMIT opportunityUpdated(slot, before);
        return;
    }
    if (!m_freeSlots.isEmpty()) {
        slot = m_freeSlots.takeLast();
        m_records[size_t(slot)] = std::move(record);
        m_live[size_t(slot)] = true;
    } else {
        slot = int(m_records.size());
        m_records.push_back(std::move(record));
        m_live.push_back(true);
        m_keySpans.push_back({});
    }
    const OpportunityRecord &stored = m_records[size_t(slot)];
    setSearchKey(slot, stored.searchKey);
    m_slotById.insert(stored.id, slot);
    index(slot, stored, +1);
    Q_EMIT opportunityInserted(slot);
    // A second opportunity of the same person changes the mark on the first one's card.
    if (!stored.contactId.isEmpty()) {
        const ContactEntry entry = m_contacts.value(stored.contactId);
        if (entry.count == 2 && entry.firstSlot >= 0 && entry.firstSlot != slot && isLive(entry.firstSlot)) {
            const OpportunityRecord &other = m_records[size_t(entry.firstSlot)];
            Q_EMIT opportunityUpdated(entry.firstSlot, other);
        }
    }
}

void Store::insertMany(std::vector<OpportunityRecord> records)
{
    m_records.reserve(m_records.size() + records.size());
    m_live.reserve(m_live.size() + records.size());
    m_keySpans.reserve(m_keySpans.size() + records.size());
    m_slotById.reserve(m_slotById.size() + qsizetype(records.size()));
    std::vector<OpportunityRecord> known;
    for (OpportunityRecord &record : records) {
        if (record.id.isEmpty())
            continue;
        if (m_slotById.contains(record.id)) {
            known.push_back(std::move(record));
            continue;
        }
        internRecord(record);
        const int slot = int(m_records.size());
        m_records.push_back(std::move(record));
        m_live.push_back(true);
        m_keySpans.push_back({});
        const OpportunityRecord &stored = m_records.back();
        setSearchKey(slot, stored.searchKey);
        m_slotById.insert(stored.id, slot);
        index(slot, stored, +1);
    }
    Q_EMIT opportunitiesReset();
    for (OpportunityRecord &record : known)
        upsertRecord(std::move(record));
}

bool Store::modify(const QString &id, const std::function<void(OpportunityRecord &)> &change)
{
    const int slot = slotOf(id);
    if (slot < 0)
        return false;
    OpportunityRecord record = m_records[size_t(slot)];
    change(record);
    record.id = id; // the id is the key
    upsertRecord(std::move(record));
    return true;
}

void Store::endWrite(const QString &id)
{
    auto it = m_pendingWrites.find(id);
    if (it != m_pendingWrites.end() && --*it <= 0)
        m_pendingWrites.erase(it);
}

bool Store::remove(const QString &id)
{
    const int slot = slotOf(id);
    if (slot < 0)
        return false;
    OpportunityRecord before = std::move(m_records[size_t(slot)]);
    m_records[size_t(slot)] = OpportunityRecord();
    setSearchKey(slot, QByteArray());
    index(slot, before, -1);
    m_slotById.remove(id);
    m_live[size_t(slot)] = false;
    m_freeSlots.append(slot);
    m_childData.remove(id);
    Q_EMIT opportunityRemoved(slot, before);
    // The person's remaining opportunity loses its "other opportunities" mark. Removals are rare, so
    // finding it by a scan is fine.
    if (!before.contactId.isEmpty() && m_contacts.value(before.contactId).count == 1) {
        for (int other = 0; other < slotCount(); ++other) {
            if (m_live[size_t(other)] && m_records[size_t(other)].contactId == before.contactId) {
                m_contacts[before.contactId].firstSlot = other;
                Q_EMIT opportunityUpdated(other, m_records[size_t(other)]);
                break;
            }
        }
    }
    return true;
}

void Store::clearOpportunities()
{
    Q_EMIT opportunitiesAboutToBeCleared();
    m_records.clear();
    m_live.clear();
    m_keyArena.clear();
    m_keySpans.clear();
    m_keyGarbage = 0;
    m_freeSlots.clear();
    m_slotById.clear();
    m_byStage.clear();
    m_byArchiveReason.clear();
    m_byPosting.clear();
    m_contacts.clear();
    m_childData.clear();
    m_activeCount = 0;
    Q_EMIT opportunitiesCleared();
}

void Store::setStages(const QList<StageInfo> &stages)
{
    if (stages == m_stages)
        return;
    Q_EMIT stagesAboutToChange();
    m_stages = stages;
    m_stageIndex.clear();
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        m_stages[i].id = intern(m_stages[i].id);
        m_stageIndex.insert(m_stages[i].id, int(i));
    }
    Q_EMIT stagesChanged();
}

QString Store::stageName(const QString &stageId) const
{
    const int i = stageIndex(stageId);
    return i < 0 ? QString() : m_stages.at(i).text;
}

void Store::setArchiveReasons(const QList<ArchiveReasonInfo> &reasons)
{
    if (reasons == m_archiveReasons)
        return;
    Q_EMIT archiveReasonsAboutToChange();
    m_archiveReasons = reasons;
    for (ArchiveReasonInfo &reason : m_archiveReasons)
        reason.id = intern(reason.id);
    Q_EMIT archiveReasonsChanged();
}

QString Store::archiveReasonName(const QString &reasonId) const
{
    for (const ArchiveReasonInfo &reason : m_archiveReasons) {
        if (reason.id == reasonId)
            return reason.text;
    }
    return {};
}

void Store::setPostings(const QList<PostingInfo> &postings)
{
    if (postings == m_postings)
        return;
    m_postings = postings;
    m_postingIndex.clear();
    for (qsizetype i = 0; i < m_postings.size(); ++i) {
        m_postings[i].id = intern(m_postings[i].id);
        m_postingIndex.insert(m_postings[i].id, int(i));
    }
    Q_EMIT postingsChanged();
}

void Store::setAccountTags(const QList<LabelCount> &tags)
{
    if (tags == m_accountTags)
        return;
    m_accountTags = tags;
    for (LabelCount &t : m_accountTags)
        t.text = intern(t.text); // the same strings as the cards' tags
    Q_EMIT accountLabelsChanged();
}

void Store::setAccountSources(const QList<LabelCount> &sources)
{
    if (sources == m_accountSources)
        return;
    m_accountSources = sources;
    for (LabelCount &s : m_accountSources)
        s.text = intern(s.text);
    Q_EMIT accountLabelsChanged();
}

const PostingInfo *Store::posting(const QString &postingId) const
{
    const int i = m_postingIndex.value(postingId, -1);
    return i < 0 ? nullptr : &m_postings.at(i);
}

void Store::setUsers(const QList<UserInfo> &users)
{
    if (users == m_users)
        return;
    Q_EMIT usersAboutToChange();
    m_users = users;
    m_userIndex.clear();
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        m_users[i].id = intern(m_users[i].id);
        m_userIndex.insert(m_users[i].id, int(i));
    }
    Q_EMIT usersChanged();
}

const UserInfo *Store::user(const QString &userId) const
{
    const int i = m_userIndex.value(userId, -1);
    return i < 0 ? nullptr : &m_users.at(i);
}

const ChildData *Store::childData(const QString &opportunityId) const
{
    const auto it = m_childData.constFind(opportunityId);
    return it == m_childData.constEnd() ? nullptr : &*it;
}

void Store::setChildData(const QString &opportunityId, ChildData data)
{
    const int slot = slotOf(opportunityId);
    if (slot < 0)
        return; // not (or no longer) on the board
    m_childData.insert(m_records[size_t(slot)].id, std::move(data));
    Q_EMIT childDataChanged(slot);
}

} // namespace lever::models

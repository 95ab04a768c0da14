#include "SearchModel.h"

#include "EmailLookup.h"
#include "Store.h"
#include "postings/RequisitionListModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
constexpr std::array<int, SearchHit::kGroupCount> kDefaultCaps{8, 5, 5, 5, 8};
constexpr int kMoreStep = 25; // "N more…" shows this many more of its group

SearchHit hitOf(SearchHit::Group group, const QString &id, const QString &title, const QString &detail,
                int tier)
{
    SearchHit hit;
    hit.group = group;
    hit.id = id;
    hit.title = title;
    hit.detail = detail;
    hit.tier = tier;
    return hit;
}

// Best tier first, then by title, so equal matches read alphabetically.
void sortHits(QList<SearchHit> &hits)
{
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        return a.title.compare(b.title, Qt::CaseInsensitive) < 0;
    });
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    return kept.join(u" · "_s);
}
} // namespace

SearchModel::SearchModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_candidates(store)
    , m_caps(kDefaultCaps)
    , m_defaultCaps(kDefaultCaps)
{
    m_storeChanged.setSingleShot(true);
    m_storeChanged.setInterval(150);
    connect(&m_storeChanged, &QTimer::timeout, this, &SearchModel::rebuild);
    // A changed card may match differently: forget the remembered scans, rebuild once the burst ends.
    auto cardChanged = [this](int slot) {
        m_candidates.cardChanged(slot);
        scheduleRebuild();
    };
    auto cardsReset = [this] {
        m_candidates.cardsReset();
        scheduleRebuild();
    };
    connect(&store, &Store::opportunityInserted, this, cardChanged);
    connect(&store, &Store::opportunityUpdated, this, cardChanged);
    connect(&store, &Store::opportunityRemoved, this, cardChanged);
    connect(&store, &Store::opportunitiesCleared, this, cardsReset);
    connect(&store, &Store::opportunitiesReset, this, cardsReset);
    connect(&store, &Store::postingsChanged, this, &SearchModel::scheduleRebuild);
    connect(&store, &Store::usersChanged, this, &SearchModel::scheduleRebuild);
    connect(&store, &Store::stagesChanged, this, &SearchModel::scheduleRebuild);
    connect(&store, &Store::archiveReasonsChanged, this, &SearchModel::scheduleRebuild);
}

SearchModel::~SearchModel() = default;

void SearchModel::setEmailLookup(EmailLookup *lookup)
{
    m_lookup = lookup;
    if (lookup) {
        connect(lookup, &EmailLookup::busyChanged, this, &SearchModel::scheduleRebuild);
        connect(lookup, &EmailLookup::finished, this, &SearchModel::scheduleRebuild);
        connect(lookup, &EmailLookup::failed, this, &SearchModel::scheduleRebuild);
    }
}

void SearchModel::setRequisitions(RequisitionListModel *requisitions)
{
    m_requisitions = requisitions;
    if (!requisitions)
        return;
    connect(requisitions, &QAbstractItemModel::modelReset, this, &SearchModel::scheduleRebuild);
    connect(requisitions, &QAbstractItemModel::rowsInserted, this, &SearchModel::scheduleRebuild);
    connect(requisitions, &QAbstractItemModel::rowsRemoved, this, &SearchModel::scheduleRebuild);
    connect(requisitions, &QAbstractItemModel::dataChanged, this, &SearchModel::scheduleRebuild);
}

void SearchModel::setCommands(const QList<SearchCommand> &commands)
{
    m_commands = commands;
    rebuild();
}

void SearchModel::setQuery(const QString &text)
{
    if (text == m_queryText)
        return;
    m_queryText = text;
    m_query = SearchQuery(text);
    m_caps = m_defaultCaps;
    rebuild();
}

void SearchModel::setCap(Group group, int cap)
{
    m_caps[size_t(group)] = m_defaultCaps[size_t(group)] = std::max(1, cap);
    rebuild();
}

void SearchModel::showMore(Group group)
{
    m_caps[size_t(group)] += kMoreStep;
    rebuild();
}

void SearchModel::scheduleRebuild()
{
    m_storeChanged.start();
}

void SearchModel::rebuild()
{
    m_storeChanged.stop();
    beginResetModel();
    m_hits.clear();
    m_rows.clear();
    int candidateTotal = 0;
    for (int g = 0; g < SearchHit::kGroupCount; ++g) {
        const auto group = Group(g);
        const int cap = m_caps[size_t(g)];
        QList<SearchHit> hits;
        int total = 0;
        switch (group) {
        case Group::Candidates:
            hits = findCandidates(cap, &total);
            candidateTotal = total;
            break;
        case Group::Postings:
            hits = findPostings();
            break;
        case Group::Requisitions:
            hits = findRequisitions();
            break;
        case Group::People:
            hits = findPeople();
            break;
        case Group::Commands:
            hits = findCommands();
            break;
        }
        if (group != Group::Candidates) {
            sortHits(hits);
            total = int(hits.size());
        }
        const QString note = group == Group::Candidates && total == 0 ? noteText() : QString();
        if (hits.isEmpty() && note.isEmpty())
            continue;
        m_rows.append({RowKind::Header, group, 0});
        if (!note.isEmpty())
            m_rows.append({RowKind::Note, group, 0});
        const int shown = std::min(int(hits.size()), cap);
        for (int i = 0; i < shown; ++i) {
            m_rows.append({RowKind::Item, group, int(m_hits.size())});
            m_hits.append(hits.at(i));
        }
        if (total > shown)
            m_rows.append({RowKind::More, group, total - shown});
    }
    if (m_rows.isEmpty() && !m_query.isEmpty())
        m_rows.append({RowKind::Note, Group::Commands, 0});
    endResetModel();
    if (m_lookup)
        m_lookup->setQuery(m_queryText, candidateTotal > 0);
    Q_EMIT resultsChanged();
}

QList<SearchHit> SearchModel::findCandidates(int limit, int *total)
{
    const CandidateSearch::Result found = m_candidates.find(m_query, limit);
    *total = found.total;
    const bool byEmail = m_query.text().contains(u'@');
    QList<SearchHit> hits;
    hits.reserve(qsizetype(found.top.size()));
    for (const int slot : found.top) {
        const OpportunityRecord &r = m_store.at(slot);
        SearchHit hit;
        hit.group = Group::Candidates;
        hit.id = r.id;
        hit.title = r.name.isEmpty() ? tr("(no name)") : r.name;
        hit.archived = r.archived;
        hit.tier = m_query.rankName(QByteArrayView(r.nameKey()));
        const QString state = r.archived
                                  ? tr("Archived · %1").arg(m_store.archiveReasonName(r.archiveReasonId))
                                  : m_store.stageName(r.stageId);
        const QString about = byEmail || r.headline.isEmpty() ? r.firstEmail() : r.headline;
        hit.detail = joined({state, about});
        hits.append(hit);
    }
    return hits;
}

QList<SearchHit> SearchModel::findPostings() const
{
    QList<SearchHit> hits;
    if (m_query.isEmpty())
        return hits;
    const QHash<QString, QString> states{{u"published"_s, tr("Published")},
                                         {u"internal"_s, tr("Internal")},
                                         {u"closed"_s, tr("Closed")},
                                         {u"draft"_s, tr("Draft")},
                                         {u"pending"_s, tr("Pending")}};
    for (const PostingInfo &p : m_store.postings()) {
        const int tier = m_query.rank(p.text, p.team + u' ' + p.state);
        if (tier >= 0)
            hits.append(
                hitOf(Group::Postings, p.id, p.text, joined({p.team, states.value(p.state, p.state)}), tier));
    }
    return hits;
}

QList<SearchHit> SearchModel::findRequisitions() const
{
    QList<SearchHit> hits;
    if (m_query.isEmpty() || !m_requisitions)
        return hits;
    for (int row = 0; row < m_requisitions->rowCount(); ++row) {
        const api::Requisition &r = m_requisitions->requisition(row);
        const QString other =
            QStringList{r.requisitionCode, r.team.value_or(QString()), r.location.value_or(QString())}.join(
                u' ');
        const int tier = m_query.rank(r.name, other);
        if (tier >= 0)
            hits.append(hitOf(Group::Requisitions, r.id, r.name,
                              joined({r.requisitionCode, RequisitionListModel::statusLabel(r.status),
                                      r.team.value_or(QString())}),
                              tier));
    }
    return hits;
}

QList<SearchHit> SearchModel::findPeople() const
{
    QList<SearchHit> hits;
    if (m_query.isEmpty())
        return hits;
    for (const UserInfo &u : m_store.users()) {
        const int tier = m_query.rank(u.name, u.email);
        if (tier >= 0)
            hits.append(hitOf(Group::People, u.id, u.name,
                              joined({u.email, u.deactivated ? tr("Deactivated") : QString()}), tier));
    }
    return hits;
}

QList<SearchHit> SearchModel::findCommands() const
{
    QList<SearchHit> hits;
    for (const SearchCommand &command : m_commands) {
        if (!command.action || !command.action->isEnabled())
            continue;
        const int tier = m_query.rank(command.text);
        if (tier < 0)
            continue;
        SearchHit hit;
        hit.group = Group::Commands;
        hit.title = command.text;
        hit.detail = command.detail;
        hit.tier = tier;
        hit.action = command.action;
        hits.append(hit);
    }
    // With no query, commands keep the order they were given in (menu order).
    if (m_query.isEmpty())
        for (SearchHit &hit : hits)
            hit.tier = 0;
    return hits;
}

QString SearchModel::noteText() const
{
    if (m_query.isEmpty())
        return {};
    if (m_lookup && EmailLookup::looksLikeEmail(m_queryText)) {
        const QString email = m_queryText.trimmed();
        if (m_lookup->wasAnswered(email))
            return tr("Lever has no candidate with the email %1.").arg(email);
        return tr("Asking Lever for %1…").arg(email);
    }
    return {};
}

QString SearchModel::groupTitle(Group group)
{
    switch (group) {
    case Group::Candidates:
        return tr("Candidates");
    case Group::Postings:
        return tr("Postings");
    case Group::Requisitions:
        return tr("Requisitions");
    case Group::People:
        return tr("People");
    case Group::Commands:
        return tr("Commands");
    }
    return {};
}

int SearchModel::bestRow() const
{
    int best = -1;
    int bestTier = 1000;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if (r.kind == RowKind::Item && m_hits.at(r.index).tier < bestTier) {
            bestTier = m_hits.at(r.index).tier;
            best = row;
        }
    }
    if (best < 0) {
        for (int row = 0; row < m_rows.size() && best < 0; ++row)
            best = isSelectable(row) ? row : -1;
    }
    return best;
}

int SearchModel::rowOf(Group group, const QString &idOrTitle) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if (r.kind != RowKind::Item || r.group != group)
            continue;
        const SearchHit &h = m_hits.at(r.index);
        if ((h.id.isEmpty() ? h.title : h.id) == idOrTitle)
            return row;
    }
    return -1;
}

bool SearchModel::isSelectable(int row) const
{
    const RowKind kind = rowKind(row);
    return row >= 0 && row < m_rows.size() && (kind == RowKind::Item || kind == RowKind::More);
}

SearchHit SearchModel::hit(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).kind != RowKind::Item)
        return {};
    return m_hits.at(m_rows.at(row).index);
}

SearchModel::RowKind SearchModel::rowKind(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : RowKind::Note;
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags SearchModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return isSelectable(index.row()) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == RowKindRole)
        return int(r.kind);
    if (role == GroupRole)
        return int(r.group);
    switch (r.kind) {
    case RowKind::Header:
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? groupTitle(r.group) : QVariant();
    case RowKind::More:
        if (role == Qt::DisplayRole)
            return tr("%Ln more…", nullptr, r.index);
        if (role == Qt::AccessibleTextRole)
            return tr("Show %Ln more in %1", nullptr, r.index).arg(groupTitle(r.group));
        return {};
    case RowKind::Note: {
        const QString text = r.group == Group::Candidates
                                 ? noteText()
                                 : tr("Nothing matches “%1”.").arg(m_queryText.trimmed());
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? text : QVariant();
    }
    case RowKind::Item:
        break;
    }
    const SearchHit &h = m_hits.at(r.index);
    switch (role) {
    case Qt::DisplayRole:
        return h.title;
    case Qt::ToolTipRole:
        return joined({h.title, h.detail});
    case Qt::AccessibleTextRole:
        return joined({h.title, h.detail});
    case IdRole:
        return h.id;
    case DetailRole:
        return h.group == Group::Commands ? QString() : h.detail;
    case ShortcutRole:
        return h.group == Group::Commands ? h.detail : QString();
    case ArchivedRole:
        return h.archived;
    case TierRole:
        return h.tier;
    default:
        return {};
    }
}

} // namespace lever::models

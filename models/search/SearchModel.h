#pragma once

#include "CandidateSearch.h"
#include "SearchHit.h"
#include "SearchQuery.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <array>

namespace lever::models {

class EmailLookup;
class RequisitionListModel;
class Store;

// "Search everything": candidates (active and archived), postings, requisitions, people and commands
// matching the query, as one list with a header row per group, at most cap(group) entries per group
// and an "N more…" row for the rest. Everything comes from what is loaded locally, so it updates on
// every keystroke; an email the Store lacks is asked of Lever through an EmailLookup, when one is set.
// Requisitions are those the requisitions page loaded (RequisitionListModel).
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using Group = SearchHit::Group;
    enum class RowKind { Header, Item, More, Note };
    Q_ENUM(RowKind)
    enum Role {
        RowKindRole = Qt::UserRole + 300, // RowKind as int
        GroupRole,                        // Group as int
        IdRole,
        DetailRole,
        ArchivedRole,
        TierRole,
        ShortcutRole, // commands: the shortcut's text
    };

    explicit SearchModel(Store &store, QObject *parent = nullptr);
    ~SearchModel() override;

    // Optional sources.
    void setEmailLookup(EmailLookup *lookup);
    void setRequisitions(RequisitionListModel *requisitions);
    // Commands are read when set (the palette sets them as it opens, so they are current).
    void setCommands(const QList<SearchCommand> &commands);

    // Does now what the first keystroke would otherwise wait for (the palette calls it as it opens).
    void warmUp() { m_candidates.warmUp(); }
    void setQuery(const QString &text);
    QString query() const { return m_queryText; }
    int cap(Group group) const { return m_caps[size_t(group)]; }
    void setCap(Group group, int cap);
    // The "N more…" row's action: a longer list of that group.
    void showMore(Group group);

    // The row to select after a change: the first best-ranked entry in group order; -1 when none.
    int bestRow() const;
    int rowOf(Group group, const QString &idOrTitle) const;
    bool isSelectable(int row) const;
    // The entry of an Item row (a default SearchHit for other rows).
    SearchHit hit(int row) const;
    RowKind rowKind(int row) const;
    static QString groupTitle(Group group);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // After every rebuild (a query, a store change, a lookup's answer).
    void resultsChanged();

private:
    void rebuild();
    void scheduleRebuild();
    QList<SearchHit> findCandidates(int limit, int *total);
    QList<SearchHit> findPostings() const;
    QList<SearchHit> findRequisitions() const;
    QList<SearchHit> findPeople() const;
    QList<SearchHit> findCommands() const;
    QString noteText() const;

    struct Row
    {
        RowKind kind;
        Group group;
        int index = 0; // into m_hits (Item), or how many more (More)
    };
    Store &m_store;
    CandidateSearch m_candidates;
    QPointer<EmailLookup> m_lookup;
    QPointer<RequisitionListModel> m_requisitions;
    QList<SearchCommand> m_commands;
    QString m_queryText;
    SearchQuery m_query;
    std::array<int, SearchHit::kGroupCount> m_caps{};
    std::array<int, SearchHit::kGroupCount> m_defaultCaps{};
    QList<SearchHit> m_hits;
    QList<Row> m_rows;
    QTimer m_storeChanged; // store changes arrive in bursts (sync pages): one rebuild per burst
};

} // namespace lever::models

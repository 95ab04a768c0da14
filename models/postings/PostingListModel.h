#pragma once

#include "Client.h"
#include "types/Posting.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace lever::models {

class LocalCache;

// Every posting of the account as a table (title, state, team, department, location, commitment,
// updated), filled by a paged load and kept current by upsert() after each save.
class PostingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        StateColumn,
        TeamColumn,
        DepartmentColumn,
        LocationColumn,
        CommitmentColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 100,
        StateRole,
        TeamRole,
        DepartmentRole,
        LocationRole,
        CommitmentRole,
        SearchTextRole, // title, tags, categories and requisition codes, lower case
        SortRole,       // what sorting compares (epoch ms for the updated column)
    };

    explicit PostingListModel(api::Client &client, QObject *parent = nullptr);

    // Loads every posting again (Priority::Visible), page by page. Postings the load does not bring back
    // are removed once it finished.
    void reload();
    // Shows the list the local cache kept (as soon as the cache is read) until Lever's answer replaces
    // it, so the list reads offline; each complete load is kept there in turn.
    void setCache(LocalCache *cache);
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const api::Posting &posting(int row) const { return m_postings.at(row); }
    int rowOf(const QString &id) const;
    // Adds or replaces one posting (after a create or an update).
    void upsert(const api::Posting &posting);

    // Distinct non-empty values of a category in use (team, department, location, commitment, level),
    // sorted, for completion and filters.
    QStringList valuesInUse(const QString &category) const;
    QStringList tagsInUse() const;
    // Postings per state.
    QMap<QString, int> stateCounts() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void countsChanged();

private:
    void setLoading(bool loading);
    void appendPage(const QList<api::Posting> &page);
    void restoreFromCache();
    // After a complete load: drops the rows it did not bring and keeps the list in the cache.
    void finishLoad();

    api::Client &m_client;
    QList<api::Posting> m_postings;
    QHash<QString, int> m_rows;
    bool m_loading = false;
    QPointer<QObject> m_loadContext; // destroyed to cancel a running load
    QSet<QString> m_seen;            // ids the running load brought
    bool m_answered = false;         // a page came from Lever: the cached list is not wanted any more
    QPointer<LocalCache> m_cache;
};

} // namespace lever::models

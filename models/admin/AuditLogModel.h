#pragma once

#include "Pager.h"
#include "filters/AuditEventFilter.h"
#include "types/AuditEvent.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lever::api {
class ApiError;
class Client;
} // namespace lever::api

namespace lever::models {

// The account's audit log as a table read one page at a time as the view scrolls (Qt's fetch-more
// pattern over api::Pager: the pager is paused after each page and resumed by fetchMore()). Lever sells
// audit events as an add-on, so "not enabled" and "scope missing" are states of the model, not errors a
// view would show over an empty table.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TypeColumn, UserColumn, TargetTypeColumn, TargetIdColumn, ColumnCount };
    enum class State {
        Idle,
        Loading,
        Ready,
        NotEnabled,   // Lever answered that the account has no audit log (403/404 without a scope named)
        MissingScope, // 403 naming a scope: this credential lacks audit_events:read:admin
        Failed,
    };
    Q_ENUM(State)
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int CreatedAtRole = Qt::UserRole + 1;

    explicit AuditLogModel(api::Client &client, QObject *parent = nullptr);

    // Starts over from the first page with `filter`.
    void setFilter(const api::AuditEventFilter &filter);
    api::AuditEventFilter filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    // User ids → names, for the User column (ids are shown for unknown users).
    void setUserNames(const QHash<QString, QString> &names);

    State state() const { return m_state; }
    QString stateText() const { return m_stateText; }
    int pagesLoaded() const { return m_pages; }
    bool hasMore() const { return m_hasMore; }
    bool isFetching() const { return m_fetching; }
    const api::AuditEvent &event(int row) const { return m_events.at(row); }
    // The event's fields as "name: value" lines, meta included, for the details panel.
    QString details(int row) const;
    // Whether an error means the feature is off or the scope is missing (shared with other admin pages).
    static State stateFor(const api::ApiError &error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void stateChanged(lever::models::AuditLogModel::State state);
    void pageLoaded(int pages);

private:
    void setState(State state, const QString &text = {});
    QString userName(const std::optional<QString> &id) const;

    api::Client &m_client;
    api::AuditEventFilter m_filter;
    api::Pager<api::AuditEvent> m_pager;
    // Each read gets its own context, so a page of a replaced read can never arrive.
    QObject *m_readContext = nullptr;
    QList<api::AuditEvent> m_events;
    QHash<QString, QString> m_userNames;
    State m_state = State::Idle;
    QString m_stateText;
    int m_pages = 0;
    bool m_hasMore = false;
    bool m_fetching = false;
};

} // namespace lever::models

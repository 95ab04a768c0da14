#include "AuditLogModel.h"

#include "ApiError.h"
#include "Client.h"
#include "resources/AuditEventResource.h"

#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lever::models {

AuditLogModel::AuditLogModel(api::Client &client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

AuditLogModel::State AuditLogModel::stateFor(const api::ApiError &error)
{
    const int status = error.httpStatus();
    if (status == 403 && error.message().contains(u"scope"_s, Qt::CaseInsensitive))
        return State::MissingScope;
    // Lever answers for an add-on the account has not bought with a refusal that names no scope.
    if (status == 403 || status == 404)
        return State::NotEnabled;
    return State::Failed;
}

void AuditLogModel::setFilter(const api::AuditEventFilter &filter)
{
    m_filter = filter;
    delete m_readContext; // cancels the previous read
    m_pager = {};
    beginResetModel();
    m_events.clear();
    m_pages = 0;
    m_hasMore = true;
    m_fetching = true;
    endResetModel();
    setState(State::Loading);

    m_readContext = new QObject(this);
    QObject *context = m_readContext;
    m_pager = m_client.auditEvents().list(filter, api::Priority::Visible);
    m_pager
        .onPage(context,
                [this](const QList<api::AuditEvent> &page, const api::PagerProgress &progress) {
                    // One page per fetchMore(): the next waits until the view scrolls to the end.
                    m_pager.pause();
                    m_fetching = false;
                    m_hasMore = progress.hasNext;
                    m_pages = progress.pages;
                    if (!page.isEmpty()) {
                        beginInsertRows({}, int(m_events.size()), int(m_events.size() + page.size()) - 1);
                        m_events.append(page);
                        endInsertRows();
                    }
                    setState(State::Ready);
                    Q_EMIT pageLoaded(m_pages);
                })
        .onRestart(context,
                   [this] {
                       // Lever refused the offset token and the pager starts over: so do the rows.
                       beginResetModel();
                       m_events.clear();
                       endResetModel();
                   })
        .onFinished(context, [this](const api::Result<api::PagerSummary> &result) {
            m_fetching = false;
            m_hasMore = false;
            if (result.ok()) {
                setState(State::Ready);
                Q_EMIT pageLoaded(m_pages); // "more" has gone
                return;
            }
            const State state = stateFor(result.error());
            if (state == State::Failed)
                setState(state, result.error().userText());
            else
                setState(state, result.error().message());
        });
}

void AuditLogModel::setUserNames(const QHash<QString, QString> &names)
{
    m_userNames = names;
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, UserColumn), index(rowCount() - 1, UserColumn));
}

void AuditLogModel::setState(State state, const QString &text)
{
    const bool changed = state != m_state || text != m_stateText;
    m_state = state;
    m_stateText = text;
    if (changed)
        Q_EMIT stateChanged(state);
}

QString AuditLogModel::userName(const std::optional<QString> &id) const
{
    if (!id || id->isEmpty())
        return tr("System");
    return m_userNames.value(*id, *id);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::AuditEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.createdAtTime().toLocalTime(), QLocale::ShortFormat);
        case TypeColumn:
            return e.type;
        case UserColumn:
            return userName(e.user);
        case TargetTypeColumn:
            return e.targetType;
        case TargetIdColumn:
            return e.targetId;
        }
        break;
    case Qt::ToolTipRole:
        return details(index.row());
    case IdRole:
        return e.id;
    case CreatedAtRole:
        return e.createdAt;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Event");
    case UserColumn:
        return tr("User");
    case TargetTypeColumn:
        return tr("Target type");
    case TargetIdColumn:
        return tr("Target");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_state == State::Ready && m_hasMore && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    setState(State::Loading);
    m_pager.resume();
}

QString AuditLogModel::details(int row) const
{
    if (row < 0 || row >= m_events.size())
        return {};
    const api::AuditEvent &e = m_events.at(row);
    QStringList lines{
        tr("Event: %1").arg(e.type),
        tr("When: %1").arg(QLocale().toString(e.createdAtTime().toLocalTime(), QLocale::LongFormat)),
        tr("User: %1").arg(userName(e.user)),
        tr("Target: %1 %2").arg(e.targetType, e.targetId),
        tr("Event id: %1").arg(e.id),
    };
    if (!e.meta.isEmpty()) {
        lines.append(tr("Details:"));
        lines.append(QString::fromUtf8(QJsonDocument(e.meta).toJson(QJsonDocument::Indented)).trimmed());
    }
    return lines.join(u'\n');
}

} // namespace lever::models

#include "RequisitionListModel.h"

#include "filters/RequisitionFilter.h"
#include "resources/RequisitionResource.h"

using namespace Qt::StringLiterals;

namespace lever::models {

RequisitionListModel::RequisitionListModel(api::Client &client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

const QStringList &RequisitionListModel::statuses()
{
    static const QStringList s = {u"draft"_s, u"open"_s, u"onHold"_s, u"closed"_s};
    return s;
}

const QStringList &RequisitionListModel::employmentStatuses()
{
    static const QStringList s = {u"full-time"_s, u"part-time"_s, u"intern"_s, u"contractor"_s,
                                  u"temp-worker"_s};
    return s;
}

QString RequisitionListModel::statusLabel(const QString &status)
{
    if (status == u"draft"_s)
        return tr("Draft");
    if (status == u"open"_s)
        return tr("Open");
    if (status == u"onHold"_s)
        return tr("On hold");
    if (status == u"closed"_s)
        return tr("Closed");
    return status;
}

void RequisitionListModel::reload()
{
    delete m_loadContext;
    m_loadContext = new QObject(this);
    beginResetModel();
    m_items.clear();
    m_rows.clear();
    endResetModel();
    m_loading = true;
    Q_EMIT loadingChanged(true);
    m_client.requisitions()
        .list(api::RequisitionFilter(), api::Priority::Visible)
        .onPage(m_loadContext,
                [this](const QList<api::Requisition> &page, const api::PagerProgress &) {
                    for (const auto &r : page)
                        upsert(r);
                })
        .onRestart(m_loadContext,
                   [this] {
                       beginResetModel();
                       m_items.clear();
                       m_rows.clear();
                       endResetModel();
                   })
        .onFinished(m_loadContext, [this](const api::Result<api::PagerSummary> &r) {
            m_loading = false;
            Q_EMIT loadingChanged(false);
            if (!r)
                Q_EMIT loadFailed(r.error().userText());
        });
}

int RequisitionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RequisitionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequisitionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Requisition &r = m_items.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == CodeRole)
        return r.requisitionCode;
    if (role == StatusRole)
        return r.status;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return r.requisitionCode;
    case NameColumn:
        return r.name;
    case StatusColumn:
        return statusLabel(r.status);
    case HeadcountColumn:
        return r.headcountInfinite ? tr("%1 of unlimited").arg(r.headcountHired)
                                   : tr("%1 of %2").arg(r.headcountHired).arg(r.headcountTotal);
    case TeamColumn:
        return r.team.value_or(QString());
    case LocationColumn:
        return r.location.value_or(QString());
    }
    return {};
}

QVariant RequisitionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case HeadcountColumn:
        return tr("Hired");
    case TeamColumn:
        return tr("Team");
    case LocationColumn:
        return tr("Location");
    }
    return {};
}

int RequisitionListModel::rowOf(const QString &id) const
{
    return m_rows.value(id, -1);
}

QStringList RequisitionListModel::codes() const
{
    QStringList out;
    for (const auto &r : m_items)
        out.append(r.requisitionCode);
    return out;
}

void RequisitionListModel::upsert(const api::Requisition &requisition)
{
    const int row = rowOf(requisition.id);
    if (row >= 0) {
        m_items[row] = requisition;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_items.size());
    beginInsertRows({}, at, at);
    m_rows.insert(requisition.id, at);
    m_items.append(requisition);
    endInsertRows();
}

void RequisitionListModel::reindex()
{
    m_rows.clear();
    for (int i = 0; i < m_items.size(); ++i)
        m_rows.insert(m_items.at(i).id, i);
}

void RequisitionListModel::create(const api::Requisition &requisition)
{
    m_client.requisitions().create(requisition).then(this, [this](const api::Result<api::Requisition> &r) {
        if (!r) {
            Q_EMIT writeFailed(r.error().userText());
            return;
        }
        upsert(r.value());
        Q_EMIT created(r.value());
    });
}

void RequisitionListModel::update(const api::Requisition &requisition)
{
    // PUT replaces everything, so re-read first: a change made meanwhile must not vanish unseen.
    m_client.requisitions()
        .get(requisition.id)
        .then(this, [this, requisition](const api::Result<api::Requisition> &now) {
            if (!now) {
                Q_EMIT writeFailed(now.error().userText());
                return;
            }
            if (now.value().updatedAt != requisition.updatedAt) {
                upsert(now.value());
                Q_EMIT changedElsewhere(now.value());
                return;
            }
            m_client.requisitions()
                .update(requisition.id, requisition)
                .then(this, [this](const api::Result<api::Requisition> &r) {
                    if (!r) {
                        Q_EMIT writeFailed(r.error().userText());
                        return;
                    }
                    upsert(r.value());
                    Q_EMIT updated(r.value());
                });
        });
}

void RequisitionListModel::remove(const QString &id)
{
    m_client.requisitions().remove(id).then(this, [this, id](const api::Result<api::NoContent> &r) {
        if (!r) {
            Q_EMIT writeFailed(r.error().userText());
            return;
        }
        const int row = rowOf(id);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            reindex();
            endRemoveRows();
        }
        Q_EMIT removed(id);
    });
}

} // namespace lever::models

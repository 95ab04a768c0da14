#include "PostingListModel.h"

#include "PostingRules.h"
#include "cache/CachedParts.h"
#include "filters/PostingFilter.h"
#include "resources/PostingResource.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {

QString category(const api::Posting &p, const QString &name)
{
    const auto &c = p.categories;
    if (name == u"team"_s)
        return c.team.value_or(QString());
    if (name == u"department"_s)
        return c.department.value_or(QString());
    if (name == u"location"_s)
        return c.location.value_or(QString());
    if (name == u"commitment"_s)
        return c.commitment.value_or(QString());
    if (name == u"level"_s)
        return c.level.value_or(QString());
    return {};
}

// The postings list as the local cache keeps it (account-wide part).
const QString kCacheKind = u"postings"_s;
} // namespace

PostingListModel::PostingListModel(api::Client &client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

void PostingListModel::reload()
{
    delete m_loadContext; // cancels the previous load's pages
    m_loadContext = new QObject(this);
    beginResetModel();
    m_postings.clear();
    m_rows.clear();
    endResetModel();
    Q_EMIT countsChanged();
    setLoading(true);
    m_seen.clear();
    m_answered = false;
    restoreFromCache();
    QObject *context = m_loadContext;
    m_client.postings()
        .list(api::PostingFilter(), api::Priority::Visible)
        .onPage(context,
                [this](const QList<api::Posting> &page, const api::PagerProgress &) {
                    m_answered = true;
                    for (const api::Posting &p : page)
                        m_seen.insert(p.id);
                    appendPage(page);
                })
        .onRestart(context,
                   [this] {
                       beginResetModel();
                       m_postings.clear();
                       m_rows.clear();
                       m_seen.clear();
                       endResetModel();
                   })
        .onFinished(context, [this](const api::Result<api::PagerSummary> &r) {
            setLoading(false);
            if (!r) {
                Q_EMIT loadFailed(r.error().userText());
                return;
            }
            m_answered = true;
            finishLoad();
        });
}

void PostingListModel::setCache(LocalCache *cache)
{
    m_cache = cache;
    if (!cache)
        return;
    if (cache->isLoaded())
        restoreFromCache();
    else
        connect(cache, &LocalCache::loaded, this, &PostingListModel::restoreFromCache,
                Qt::SingleShotConnection);
}

void PostingListModel::restoreFromCache()
{
    if (!m_cache || m_answered || !m_postings.isEmpty())
        return;
    const std::optional<QList<api::Posting>> postings =
        CachedParts(m_cache).list<api::Posting>({}, kCacheKind);
    if (postings)
        appendPage(*postings);
}

void PostingListModel::finishLoad()
{
    for (qsizetype row = m_postings.size() - 1; row >= 0; --row) {
        if (m_seen.contains(m_postings.at(row).id))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_postings.removeAt(row);
        endRemoveRows();
    }
    m_rows.clear();
    for (qsizetype row = 0; row < m_postings.size(); ++row)
        m_rows.insert(m_postings.at(row).id, int(row));
    Q_EMIT countsChanged();
    CachedParts(m_cache).putList({}, kCacheKind, m_postings);
}

void PostingListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PostingListModel::appendPage(const QList<api::Posting> &page)
{
    QList<api::Posting> fresh;
    for (const api::Posting &p : page) {
        if (m_rows.contains(p.id))
            upsert(p); // saved meanwhile: keep one row
        else
            fresh.append(p);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_postings.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const api::Posting &p : std::as_const(fresh)) {
        m_rows.insert(p.id, int(m_postings.size()));
        m_postings.append(p);
    }
    endInsertRows();
    Q_EMIT countsChanged();
}

int PostingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_postings.size());
}

int PostingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Posting &p = m_postings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return p.text;
        case StateColumn:
            return PostingRules::stateLabel(p.state);
        case TeamColumn:
            return category(p, u"team"_s);
        case DepartmentColumn:
            return category(p, u"department"_s);
        case LocationColumn:
            return category(p, u"location"_s);
        case CommitmentColumn:
            return category(p, u"commitment"_s);
        case UpdatedColumn:
            return QLocale().toString(p.updatedAtTime().toLocalTime().date(), QLocale::ShortFormat);
        }
        return {};
    case SortRole:
        if (index.column() == UpdatedColumn)
            return p.updatedAt.value_or(p.createdAt);
        return data(index, Qt::DisplayRole).toString().toLower();
    case IdRole:
        return p.id;
    case StateRole:
        return p.state;
    case TeamRole:
        return category(p, u"team"_s);
    case DepartmentRole:
        return category(p, u"department"_s);
    case LocationRole:
        return category(p, u"location"_s);
    case CommitmentRole:
        return category(p, u"commitment"_s);
    case SearchTextRole: {
        QStringList parts = {p.text, category(p, u"team"_s), category(p, u"department"_s),
                             category(p, u"location"_s), category(p, u"commitment"_s)};
        parts += p.tags;
        parts += p.requisitionCodes;
        return parts.join(u'\n').toLower();
    }
    }
    return {};
}

QVariant PostingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case TeamColumn:
        return tr("Team");
    case DepartmentColumn:
        return tr("Department");
    case LocationColumn:
        return tr("Location");
    case CommitmentColumn:
        return tr("Commitment");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

int PostingListModel::rowOf(const QString &id) const
{
    return m_rows.value(id, -1);
}

void PostingListModel::upsert(const api::Posting &posting)
{
    const int row = rowOf(posting.id);
    if (row >= 0) {
        m_postings[row] = posting;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        const int at = int(m_postings.size());
        beginInsertRows({}, at, at);
        m_rows.insert(posting.id, at);
        m_postings.append(posting);
        endInsertRows();
    }
    Q_EMIT countsChanged();
}

QStringList PostingListModel::valuesInUse(const QString &name) const
{
    QStringList out;
    for (const api::Posting &p : m_postings) {
        const QString v = category(p, name).trimmed();
        if (!v.isEmpty())
            out.append(v);
    }
    out.removeDuplicates();
    out.sort(Qt::CaseInsensitive);
    return out;
}

QStringList PostingListModel::tagsInUse() const
{
    QStringList out;
    for (const api::Posting &p : m_postings)
        out += p.tags;
    out.removeDuplicates();
    out.sort(Qt::CaseInsensitive);
    return out;
}

QMap<QString, int> PostingListModel::stateCounts() const
{
    QMap<QString, int> counts;
    for (const api::Posting &p : m_postings)
        ++counts[p.state];
    return counts;
}

} // namespace lever::models

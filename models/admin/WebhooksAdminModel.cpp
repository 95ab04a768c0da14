#include "WebhooksAdminModel.h"

#include "Client.h"
#include "resources/WebhookResource.h"

#include <QHostAddress>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lever::models {

WebhooksAdminModel::WebhooksAdminModel(api::Client &client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

QStringList WebhooksAdminModel::events()
{
    return {u"applicationCreated"_s,     u"candidateHired"_s,   u"candidateStageChange"_s,
            u"candidateArchiveChange"_s, u"candidateDeleted"_s, u"interviewCreated"_s,
            u"interviewUpdated"_s,       u"interviewDeleted"_s, u"contactCreated"_s,
            u"contactUpdated"_s};
}

bool WebhooksAdminModel::takesConditions(const QString &event)
{
    return event == u"applicationCreated"_s || event == u"candidateArchiveChange"_s ||
           event == u"candidateHired"_s || event == u"candidateStageChange"_s;
}

QStringList WebhooksAdminModel::origins()
{
    return {u"applied"_s, u"sourced"_s, u"referred"_s, u"university"_s, u"agency"_s, u"internal"_s};
}

QString WebhooksAdminModel::eventTitle(const QString &event)
{
    static const QHash<QString, const char *> titles = {
        {u"applicationCreated"_s, QT_TR_NOOP("Application created")},
        {u"candidateHired"_s, QT_TR_NOOP("Candidate hired")},
        {u"candidateStageChange"_s, QT_TR_NOOP("Candidate stage change")},
        {u"candidateArchiveChange"_s, QT_TR_NOOP("Candidate archive change")},
        {u"candidateDeleted"_s, QT_TR_NOOP("Candidate deleted")},
        {u"interviewCreated"_s, QT_TR_NOOP("Interview created")},
        {u"interviewUpdated"_s, QT_TR_NOOP("Interview updated")},
        {u"interviewDeleted"_s, QT_TR_NOOP("Interview deleted")},
        {u"contactCreated"_s, QT_TR_NOOP("Contact created")},
        {u"contactUpdated"_s, QT_TR_NOOP("Contact updated")},
    };
    const char *title = titles.value(event);
    return title ? tr(title) : event;
}

QString WebhooksAdminModel::originTitle(const QString &origin)
{
    static const QHash<QString, const char *> titles = {
        {u"applied"_s, QT_TR_NOOP("Applied")},   {u"sourced"_s, QT_TR_NOOP("Sourced")},
        {u"referred"_s, QT_TR_NOOP("Referred")}, {u"university"_s, QT_TR_NOOP("University")},
        {u"agency"_s, QT_TR_NOOP("Agency")},     {u"internal"_s, QT_TR_NOOP("Internal")},
    };
    const char *title = titles.value(origin);
    return title ? tr(title) : origin;
}

QString WebhooksAdminModel::checkUrl(const QString &text, bool allowLoopbackHttp)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return tr("Enter the URL Lever should send events to.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("Enter a whole URL, such as https://example.com/lever-events.");
    // Lever delivers over HTTPS only, to certificates that chain to a public CA (lever-api-notes §5).
    const bool loopback = url.host() == u"localhost"_s || QHostAddress(url.host()).isLoopback();
    if (url.scheme() == u"http"_s && allowLoopbackHttp && loopback)
        return {};
    if (url.scheme() != u"https"_s)
        return tr("Lever only delivers to https:// URLs.");
    return {};
}

void WebhooksAdminModel::reload()
{
    const int generation = ++m_generation;
    auto collected = std::make_shared<QList<api::Webhook>>();
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_client.webhooks()
        .list()
        .onPage(this, [collected](const QList<api::Webhook> &page,
                                  const api::PagerProgress &) { collected->append(page); })
        .onRestart(this, [collected] { collected->clear(); })
        .onFinished(this, [this, generation, collected](const api::Result<api::PagerSummary> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (result.ok()) {
                beginResetModel(); // a reload: a new set of rows
                m_rows = *collected;
                for (api::Webhook &w : m_rows)
                    w.signatureToken.reset(); // Lever's list never has it; never keep one
                endResetModel();
            } else {
                Q_EMIT loadFailed(result.error());
            }
            Q_EMIT loadingChanged(false);
        });
}

std::optional<api::Webhook> WebhooksAdminModel::webhook(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<api::Webhook>(m_rows.at(row));
}

int WebhooksAdminModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

void WebhooksAdminModel::put(const api::Webhook &webhook)
{
    api::Webhook kept = webhook;
    kept.signatureToken.reset();
    const int row = rowOf(kept.id);
    if (row >= 0) {
        m_rows[row] = kept;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(kept);
        endInsertRows();
    }
}

void WebhooksAdminModel::create(const api::Webhook &webhook)
{
    m_client.webhooks().create(webhook).then(this, [this](const api::Result<api::Webhook> &r) {
        if (r.ok()) {
            put(r.value());
            Q_EMIT created(r.value());
        }
        Q_EMIT finished(r.ok(), r.ok() ? r->id : QString(), r.ok() ? api::ApiError() : r.error());
    });
}

void WebhooksAdminModel::update(const QString &id, const api::Webhook &webhook)
{
    m_client.webhooks().update(id, webhook).then(this, [this, id](const api::Result<api::Webhook> &r) {
        if (r.ok())
            put(r.value());
        Q_EMIT finished(r.ok(), id, r.ok() ? api::ApiError() : r.error());
    });
}

void WebhooksAdminModel::remove(const QString &id)
{
    m_client.webhooks().remove(id).then(this, [this, id](const api::Result<api::NoContent> &r) {
        if (r.ok()) {
            const int row = rowOf(id);
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
        }
        Q_EMIT finished(r.ok(), id, r.ok() ? api::ApiError() : r.error());
    });
}

int WebhooksAdminModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WebhooksAdminModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhooksAdminModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Webhook &w = m_rows.at(index.row());
    if (role == IdRole)
        return w.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Event:
        return eventTitle(w.event);
    case Url:
        return w.url;
    case Conditions: {
        if (!takesConditions(w.event))
            return tr("None (this event takes no conditions)");
        QStringList chosen;
        for (const QString &origin : w.origins)
            chosen.append(originTitle(origin));
        if (chosen.isEmpty() || w.origins.size() >= origins().size())
            return tr("Every origin");
        return tr("Origin: %1").arg(chosen.join(u", "_s));
    }
    case Created:
        return w.createdAt
                   ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*w.createdAt), QLocale::ShortFormat)
                   : QString();
    }
    return {};
}

QVariant WebhooksAdminModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Event:
        return tr("Event");
    case Url:
        return tr("URL");
    case Conditions:
        return tr("Conditions");
    case Created:
        return tr("Created");
    }
    return {};
}

} // namespace lever::models

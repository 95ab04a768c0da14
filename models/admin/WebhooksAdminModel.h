#pragma once

#include "ApiError.h"
#include "types/Webhook.h"

#include <QAbstractTableModel>

namespace lever::api {
class Client;
}

namespace lever::models {

// The Webhooks admin page's table: the account's API-created webhooks (event, URL, origin conditions)
// and their writes. The signature token of a new webhook goes out through created() once and is never
// kept here: rows hold webhooks without it, as Lever's list answers them.
class WebhooksAdminModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Event, Url, Conditions, Created, ColumnCount };
    enum Roles { IdRole = Qt::UserRole };

    explicit WebhooksAdminModel(api::Client &client, QObject *parent = nullptr);

    // Lever's ten events (lever-api-notes.md §5), the four that accept origin conditions, the origins.
    static QStringList events();
    static bool takesConditions(const QString &event);
    static QStringList origins();
    static QString eventTitle(const QString &event);
    static QString originTitle(const QString &origin);
    // Empty when `url` may be a webhook's: absolute https with a host; else why not, for the user.
    // `allowLoopbackHttp`: also http to 127.0.0.1/::1/localhost, only for a local sandbox (which
    // delivers to a receiver on the same machine; Lever itself could never reach one).
    static QString checkUrl(const QString &url, bool allowLoopbackHttp = false);

    void reload();
    bool isLoading() const { return m_loading; }
    std::optional<api::Webhook> webhook(const QString &id) const;
    int rowOf(const QString &id) const;

    void create(const api::Webhook &webhook);
    void update(const QString &id, const api::Webhook &webhook);
    void remove(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const api::ApiError &error);
    // The only moment the signature token exists in the console: show it, then let it go.
    void created(const api::Webhook &webhookWithToken);
    void finished(bool ok, const QString &id, const api::ApiError &error);

private:
    void put(const api::Webhook &webhook);

    api::Client &m_client;
    QList<api::Webhook> m_rows;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace lever::models

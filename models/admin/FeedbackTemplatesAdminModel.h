#pragma once

#include "ApiError.h"
#include "types/FeedbackTemplate.h"

#include <QAbstractTableModel>

namespace lever::api {
class Client;
}

namespace lever::models {

// Admin › Feedback templates: every template of the account, and the three writes (create, replace,
// delete; scope feedback_templates:write:admin). As on the Users page, the table follows Lever's answer,
// not a guess. Lever lets the API change only templates the API created: changing one made in Lever's
// own UI is refused with 403, which the page explains.
class FeedbackTemplatesAdminModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Group, Fields, Updated, ColumnCount };
    enum Roles { IdRole = Qt::UserRole, SortRole };

    explicit FeedbackTemplatesAdminModel(api::Client &client, QObject *parent = nullptr);

    // The field types a template can hold, in the order an editor offers them, and their names.
    static QStringList fieldTypes();
    static QString fieldTypeTitle(const QString &type);
    // Whether the field's choices are options (dropdown, multiple choice, overall rating) or scores
    // (a score field's scale); other types have none.
    static bool takesOptions(const QString &type);
    static bool takesScores(const QString &type);
    // What is wrong with `templ` before sending, in the user's words; empty when it can be sent.
    static QString problem(const api::FeedbackTemplate &templ);
    // A new template's starting point: an overall rating with Lever's four default ratings, which every
    // template needs exactly once.
    static api::FeedbackTemplate blankTemplate();

    void reload();
    bool isLoading() const { return m_loading; }
    std::optional<api::FeedbackTemplate> feedbackTemplate(const QString &id) const;
    int rowOf(const QString &id) const;

    // Each ends with finished(); `id` is the template's (the new one's after a create).
    void create(const api::FeedbackTemplate &templ);
    void update(const QString &id, const api::FeedbackTemplate &templ);
    void remove(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const api::ApiError &error);
    void finished(bool ok, const QString &id, const api::ApiError &error);

private:
    void applied(const api::FeedbackTemplate &templ);

    api::Client &m_client;
    QList<api::FeedbackTemplate> m_rows;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace lever::models

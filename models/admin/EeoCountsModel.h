#pragma once

#include "EeoCounts.h"
#include "Pager.h"
#include "admin/AuditLogModel.h"

#include <QAbstractTableModel>

namespace lever::api {
class Client;
}

namespace lever::models {

// The EEO (compliance) page's aggregate table: every anonymous EEO response read from Lever
// (GET /eeo/responses, no identifying fields), counted by question and posting; one row per answer of the
// chosen question with its count and share. States as the audit log's (Lever may refuse the scope).
class EeoCountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AnswerColumn, CountColumn, ShareColumn, ColumnCount };
    using State = AuditLogModel::State;
    static constexpr int AnswerRole = Qt::UserRole; // "" for "not answered"
    static constexpr int CountRole = Qt::UserRole + 1;

    explicit EeoCountsModel(api::Client &client, QObject *parent = nullptr);

    void load(); // reads every response again
    void setCategory(EeoCategory category);
    void setPosting(const QString &posting); // "" = all postings
    EeoCategory category() const { return m_category; }
    QString posting() const { return m_posting; }
    const EeoCounts &counts() const { return m_counts; }
    State state() const { return m_state; }
    QString stateText() const { return m_stateText; }
    static QString categoryName(EeoCategory category);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void stateChanged(lever::models::AuditLogModel::State state);
    void countsChanged();

private:
    void rebuild();
    void setState(State state, const QString &text = {});

    api::Client &m_client;
    QObject *m_readContext = nullptr;
    EeoCounts m_counts;
    EeoCounts m_loading;
    EeoCategory m_category = EeoCategory::Gender;
    QString m_posting;
    QList<EeoCounts::Row> m_rows;
    State m_state = State::Idle;
    QString m_stateText;
};

} // namespace lever::models

#pragma once

#include "admin/AuditLogModel.h"
#include "types/EeoResponse.h"

#include <QAbstractTableModel>

namespace lever::api {
class Client;
}

namespace lever::models {

class Store;

// EEO responses with the candidates' identities (GET /eeo/responses/pii, its own scope; Lever audits
// every read). Held in this object's memory only: never written to the cache, settings or a log, and
// cleared with clear() (the page does so whenever it is hidden). writeCsv() is the only way out, and
// the page asks a second time before calling it.
class EeoPiiModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CandidateColumn,
        PostingColumn,
        AppliedColumn,
        StageColumn,
        GenderColumn,
        RaceColumn,
        VeteranColumn,
        DisabilityColumn,
        ColumnCount
    };
    using State = AuditLogModel::State;
    static constexpr int OpportunityIdRole = Qt::UserRole;

    EeoPiiModel(api::Client &client, const Store &store, QObject *parent = nullptr);
    ~EeoPiiModel() override;

    void load();
    // Drops every response (and any read in flight).
    void clear();
    State state() const { return m_state; }
    QString stateText() const { return m_stateText; }
    // Writes the table as CSV to `path` (0600); false with `error` set when it could not.
    bool writeCsv(const QString &path, QString *error) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void stateChanged(lever::models::AuditLogModel::State state);

private:
    QString text(int row, int column) const;
    void setState(State state, const QString &text = {});

    api::Client &m_client;
    const Store &m_store;
    QObject *m_readContext = nullptr;
    QList<api::EeoResponse> m_rows;
    State m_state = State::Idle;
    QString m_stateText;
};

} // namespace lever::models

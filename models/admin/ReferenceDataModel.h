#pragma once

#include "admin/AuditLogModel.h"
#include "resources/CatalogResource.h"
#include "types/Offer.h"

#include <QHash>
#include <QObject>

class QStandardItemModel;

namespace lever::api {
class Client;
}

namespace lever::models {

class Store;

// The read-only lists of Admin › Reference data, each a table read from Lever when first asked for:
// stages in pipeline order, archive reasons by type, sources and tags with their counts, referrals with
// the referrer, and every offer with its status and posting (feedback templates have a page of their own,
// FeedbackTemplatesAdminModel, since they can be written). Candidate, posting and
// user ids are shown by name from the Store. Lever lists referrals only per opportunity in a form that
// names the candidate, so referrals are read for the Store's candidates whose origin is "referred"; its
// list of all offers names no opportunity either, so an offer is matched to the loaded candidate on its
// posting with the signing candidate's email (else name).
class ReferenceDataModel : public QObject
{
    Q_OBJECT
public:
    enum class List { Stages, ArchiveReasons, Sources, Tags, Referrals, Offers };
    Q_ENUM(List)
    using State = AuditLogModel::State;
    // Every cell: Qt::DisplayRole text, SortRole a value to sort by (numbers for counts and times).
    static constexpr int SortRole = Qt::UserRole + 1;
    // Referrals and offers: the opportunity a row belongs to, on every cell.
    static constexpr int OpportunityIdRole = Qt::UserRole + 2;

    ReferenceDataModel(api::Client &client, const Store &store, QObject *parent = nullptr);

    QStandardItemModel *model(List list) const { return m_models.value(list); }
    void load(List list);
    State state(List list) const { return m_states.value(list, State::Idle); }
    QString stateText(List list) const { return m_texts.value(list); }
    // Archive reasons of one type only (Any, Hired, NonHired); reloads that list.
    void setArchiveReasonType(api::CatalogResource::ArchiveReasonType type);
    // The candidates loaded in the Store whose origin is "referred" (whose referrals load() reads).
    QStringList referredCandidates() const;

Q_SIGNALS:
    void stateChanged(lever::models::ReferenceDataModel::List list);

private:
    void setState(List list, State state, const QString &text = {});
    void fail(List list, const api::ApiError &error);
    QObject *freshContext(List list);
    void loadReferrals();
    QString userName(const QString &id) const;
    QString candidateName(const QString &opportunityId) const;
    QString postingName(const QString &postingId) const;
    // Whose offer it is (Lever's list of all offers names no opportunity; see opportunityOf()).
    QString opportunityOf(const api::Offer &offer) const;
    static QString offerCandidateName(const api::Offer &offer);

    api::Client &m_client;
    const Store &m_store;
    QHash<List, QStandardItemModel *> m_models;
    QHash<List, State> m_states;
    QHash<List, QString> m_texts;
    QHash<List, QObject *> m_contexts;
    api::CatalogResource::ArchiveReasonType m_reasonType = api::CatalogResource::ArchiveReasonType::Any;
};

} // namespace lever::models

#include "ReferenceDataModel.h"

#include "Client.h"
#include "Store.h"
#include "resources/FeedbackResource.h"
#include "resources/OfferResource.h"
#include "resources/ReferralResource.h"

#include <QLocale>
#include <QStandardItemModel>
#include <memory>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
using List = ReferenceDataModel::List;

QStandardItem *cell(const QString &text, const QVariant &sortValue = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortValue.isValid() ? sortValue : QVariant(text.toLower()), ReferenceDataModel::SortRole);
    return item;
}

QStandardItem *numberCell(qint64 n)
{
    auto *item = cell(QLocale().toString(n), n);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *timeCell(const std::optional<qint64> &ms)
{
    if (!ms)
        return cell(QString(), qint64(0));
    return cell(QLocale().toString(api::EpochMs::toDateTime(*ms).toLocalTime(), QLocale::ShortFormat), *ms);
}

QList<QStandardItem *> withOpportunity(QList<QStandardItem *> row, const QString &opportunityId)
{
    for (QStandardItem *item : row)
        item->setData(opportunityId, ReferenceDataModel::OpportunityIdRole);
    return row;
}

// Reads every page of `pager`, then hands the whole list to `done` (on success only).
template <class T>
void readAll(api::Pager<T> pager, QObject *context, std::function<void(const QList<T> &)> done,
             std::function<void(const api::ApiError &)> failed)
{
    auto items = std::make_shared<QList<T>>();
    pager.onPage(context, [items](const QList<T> &page, const api::PagerProgress &) { items->append(page); })
        .onRestart(context, [items] { items->clear(); })
        .onFinished(context, [items, done, failed](const api::Result<api::PagerSummary> &result) {
            if (result.ok())
                done(*items);
            else
                failed(result.error());
        });
}
} // namespace

ReferenceDataModel::ReferenceDataModel(api::Client &client, const Store &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    const QHash<List, QStringList> headers{
        {List::Stages, {tr("Order"), tr("Stage"), tr("Id")}},
        {List::ArchiveReasons, {tr("Archive reason"), tr("Type"), tr("Status"), tr("Id")}},
        {List::Sources, {tr("Source"), tr("Candidates")}},
        {List::Tags, {tr("Tag"), tr("Candidates")}},
        {List::Referrals,
         {tr("Candidate"), tr("Referrer"), tr("Form"), tr("Submitted by"), tr("Created"), tr("Completed")}},
        {List::Offers,
         {tr("Candidate"), tr("Status"), tr("Posting"), tr("Created"), tr("Sent"), tr("Creator")}},
    };
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        auto *model = new QStandardItemModel(this);
        model->setHorizontalHeaderLabels(it.value());
        m_models.insert(it.key(), model);
    }
}

QObject *ReferenceDataModel::freshContext(List list)
{
    delete m_contexts.value(list); // cancels that list's read in flight
    auto *context = new QObject(this);
    m_contexts.insert(list, context);
    return context;
}

void ReferenceDataModel::setState(List list, State state, const QString &text)
{
    m_states.insert(list, state);
    m_texts.insert(list, text);
    Q_EMIT stateChanged(list);
}

void ReferenceDataModel::fail(List list, const api::ApiError &error)
{
    const State state = AuditLogModel::stateFor(error);
    setState(list, state, state == State::Failed ? error.userText() : error.message());
}

QString ReferenceDataModel::userName(const QString &id) const
{
    for (const UserInfo &user : m_store.users())
        if (user.id == id)
            return user.name;
    return id;
}

QString ReferenceDataModel::candidateName(const QString &opportunityId) const
{
    const int slot = m_store.slotOf(opportunityId);
    return slot >= 0 ? m_store.at(slot).name : opportunityId;
}

QString ReferenceDataModel::offerCandidateName(const api::Offer &offer)
{
    const QString name = offer.field(u"candidate_name"_s).toString();
    return name.isEmpty() ? offer.signatures.value(u"candidate"_s).toObject().value(u"name"_s).toString()
                          : name;
}

QString ReferenceDataModel::opportunityOf(const api::Offer &offer) const
{
    if (!offer.opportunityId.isEmpty())
        return offer.opportunityId;
    // GET /offers does not say whose offer it is: the loaded candidate on the offer's posting with the
    // signing candidate's email, else with the offer's candidate name.
    const QString email =
        offer.signatures.value(u"candidate"_s).toObject().value(u"email"_s).toString().toLower();
    const QString name = offerCandidateName(offer);
    QString byName;
    for (int slot = 0; slot < m_store.slotCount(); ++slot) {
        if (!m_store.isLive(slot))
            continue;
        const OpportunityRecord &r = m_store.at(slot);
        if (r.postingId != offer.posting)
            continue;
        if (!email.isEmpty() && r.emails.toLower().split(u", "_s).contains(email))
            return r.id;
        if (byName.isEmpty() && !name.isEmpty() && r.name == name)
            byName = r.id;
    }
    return byName;
}

QString ReferenceDataModel::postingName(const QString &postingId) const
{
    for (const PostingInfo &posting : m_store.postings())
        if (posting.id == postingId)
            return posting.text;
    return postingId;
}

void ReferenceDataModel::setArchiveReasonType(api::CatalogResource::ArchiveReasonType type)
{
    m_reasonType = type;
    load(List::ArchiveReasons);
}

QStringList ReferenceDataModel::referredCandidates() const
{
    QStringList ids;
    for (int slot = 0; slot < m_store.slotCount(); ++slot) {
        if (!m_store.isLive(slot))
            continue;
        const OpportunityRecord &r = m_store.at(slot);
        if (r.origin == u"referred"_s)
            ids.append(r.id);
    }
    return ids;
}

void ReferenceDataModel::load(List list)
{
    QObject *context = freshContext(list);
    QStandardItemModel *model = m_models.value(list);
    setState(list, State::Loading);
    auto failed = [this, list](const api::ApiError &error) { fail(list, error); };
    auto finish = [this, list, model](const QList<QList<QStandardItem *>> &rows) {
        model->removeRows(0, model->rowCount());
        for (const QList<QStandardItem *> &row : rows)
            model->appendRow(row);
        setState(list, State::Ready);
    };
    switch (list) {
    case List::Stages:
        readAll<api::Stage>(
            m_client.catalog().stages(), context,
            [finish](const QList<api::Stage> &stages) {
                QList<QList<QStandardItem *>> rows;
                for (const api::Stage &s : stages)
                    rows.append({numberCell(rows.size() + 1), cell(s.text), cell(s.id)});
                finish(rows);
            },
            failed);
        return;
    case List::ArchiveReasons:
        readAll<api::ArchiveReason>(
            m_client.catalog().archiveReasons(m_reasonType), context,
            [finish](const QList<api::ArchiveReason> &reasons) {
                QList<QList<QStandardItem *>> rows;
                // Hired reasons first, then the others, each in Lever's order.
                for (const bool hired : {true, false})
                    for (const api::ArchiveReason &r : reasons)
                        if (r.isHired() == hired)
                            rows.append({cell(r.text),
                                         cell(hired ? tr("Hired") : tr("Not hired"), hired ? 0 : 1),
                                         cell(r.isActive() ? tr("Active") : tr("Inactive")), cell(r.id)});
                finish(rows);
            },
            failed);
        return;
    case List::Sources:
        readAll<api::Source>(
            m_client.catalog().sources(), context,
            [finish](const QList<api::Source> &sources) {
                QList<QList<QStandardItem *>> rows;
                for (const api::Source &s : sources)
                    rows.append(QList<QStandardItem *>{cell(s.text), numberCell(s.count)});
                finish(rows);
            },
            failed);
        return;
    case List::Tags:
        readAll<api::Tag>(
            m_client.catalog().tags(), context,
            [finish](const QList<api::Tag> &tags) {
                QList<QList<QStandardItem *>> rows;
                for (const api::Tag &t : tags)
                    rows.append(QList<QStandardItem *>{cell(t.text), numberCell(t.count)});
                finish(rows);
            },
            failed);
        return;
    case List::Offers:
        readAll<api::Offer>(
            m_client.offers().list({}, api::Priority::Visible), context,
            [this, finish](const QList<api::Offer> &offers) {
                QList<QList<QStandardItem *>> rows;
                for (const api::Offer &o : offers) {
                    const QString opp = opportunityOf(o);
                    rows.append(
                        withOpportunity({cell(opp.isEmpty() ? offerCandidateName(o) : candidateName(opp)),
                                         cell(o.status), cell(postingName(o.posting)), timeCell(o.createdAt),
                                         timeCell(o.sentAt), cell(userName(o.creator))},
                                        opp));
                }
                finish(rows);
            },
            failed);
        return;
    case List::Referrals:
        loadReferrals();
        return;
    }
}

void ReferenceDataModel::loadReferrals()
{
    QObject *context = m_contexts.value(List::Referrals);
    QStandardItemModel *model = m_models.value(List::Referrals);
    model->removeRows(0, model->rowCount());
    const QStringList ids = referredCandidates();
    if (ids.isEmpty()) {
        setState(List::Referrals, State::Ready);
        return;
    }
    // One read per referred candidate (Lever's list of all referrals does not say whose they are).
    const int total = int(ids.size());
    auto pending = std::make_shared<int>(total);
    auto failures = std::make_shared<int>(0);
    for (const QString &id : ids) {
        readAll<api::Referral>(
            m_client.referrals().forOpportunity(id, api::Priority::Background), context,
            [this, model, id, pending, failures, total](const QList<api::Referral> &referrals) {
                for (const api::Referral &r : referrals)
                    model->appendRow(withOpportunity({cell(candidateName(id)), cell(userName(r.referrer)),
                                                      cell(r.text), cell(userName(r.user)),
                                                      timeCell(r.createdAt), timeCell(r.completedAt)},
                                                     id));
                if (--*pending == 0)
                    setState(List::Referrals, State::Ready,
                             *failures ? tr("%n candidate(s) could not be read.", "", *failures) : QString());
                else
                    setState(List::Referrals, State::Loading,
                             tr("Read %1 of %2 referred candidates…").arg(total - *pending).arg(total));
            },
            [this, pending, failures](const api::ApiError &error) {
                ++*failures;
                if (--*pending > 0)
                    return;
                if (m_models.value(List::Referrals)->rowCount() == 0)
                    fail(List::Referrals, error);
                else
                    setState(List::Referrals, State::Ready,
                             tr("%n candidate(s) could not be read.", "", *failures));
            });
    }
}

} // namespace lever::models

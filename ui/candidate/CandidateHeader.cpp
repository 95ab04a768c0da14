#include "candidate/CandidateHeader.h"

#include "Actions.h"
#include "ArchiveReasonsModel.h"
#include "Session.h"
#include "StagesModel.h"
#include "Store.h"
#include "UsersModel.h"
#include "candidate/CandidateModel.h"
#include "candidate/CandidateWrite.h"
#include "candidate/CandidateWrites.h"
#include "candidate/ChipRow.h"
#include "common/OriginNames.h"
#include "candidate/ContactEditor.h"
#include "candidate/FlowLayout.h"
#include "common/StackSizing.h"
#include "pickers/UserPicker.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

CandidateHeader::CandidateHeader(models::Session &session, models::CandidateModel &model,
                                 models::CandidateWrites &writes, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_writes(writes)
    , m_stack(new QStackedWidget(this))
    , m_name(new QLabel(this))
    , m_badges(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_reach(new QWidget(this))
    , m_links(new QLabel(this))
    , m_stage(new QComboBox(this))
    , m_owner(new UserPicker(&session.users(), this))
    , m_followers(new ChipRow(u"follower_"_s, this))
    , m_addFollower(new UserPicker(&session.users(), this))
    , m_tags(new ChipRow(u"tag_"_s, this))
    , m_newTag(new QLineEdit(this))
    , m_sources(new ChipRow(u"source_"_s, this))
    , m_newSource(new QLineEdit(this))
    , m_origin(new QLabel(this))
    , m_archivedState(new QLabel(this))
    , m_archiveReason(new QComboBox(this))
    , m_archive(new QPushButton(tr("Archive"), this))
    , m_unarchive(new QPushButton(tr("Unarchive"), this))
    , m_edit(new QPushButton(tr("Edit contact…"), this))
    , m_editor(new ContactEditor(writes, this))
{
    setObjectName(u"candidateHeader"_s);
    // Who: name, badges, headline and location, ways to reach them, links; or the contact form.
    auto *who = new QWidget(this);
    auto *whoLayout = new QVBoxLayout(who);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setObjectName(u"candidateName"_s);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badges->setObjectName(u"candidateBadges"_s);
    m_subtitle->setObjectName(u"candidateSubtitle"_s);
    m_subtitle->setWordWrap(true);
    m_links->setObjectName(u"candidateLinks"_s);
    m_links->setOpenExternalLinks(true);
    m_links->setWordWrap(true);
    m_edit->setObjectName(u"editContact"_s);
    m_edit->setAccessibleName(tr("Edit contact"));
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_badges);
    nameRow->addStretch();
    nameRow->addWidget(m_edit);
    new FlowLayout(m_reach, 6);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    m_reach->setSizePolicy(policy);
    whoLayout->addLayout(nameRow);
    whoLayout->addWidget(m_subtitle);
    whoLayout->addWidget(m_reach);
    whoLayout->addWidget(m_links);
    whoLayout->addStretch();
    m_stack->addWidget(who);
    m_stack->addWidget(m_editor);
    // Only the page shown counts, so the page fits narrow windows while the contact editor is closed.
    keepSizedToCurrentPage(m_stack);

    // The opportunity: pipeline state and people.
    m_stage->setObjectName(u"stageSelector"_s);
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->setModel(&session.stages());
    m_owner->setObjectName(u"ownerPicker"_s);
    m_owner->setAccessibleName(tr("Owner"));
    m_addFollower->setObjectName(u"addFollower"_s);
    m_addFollower->setAccessibleName(tr("Add follower"));
    m_addFollower->setPlaceholderText(tr("Add follower…"));
    m_newTag->setObjectName(u"newTag"_s);
    m_newTag->setAccessibleName(tr("Add tag"));
    m_newTag->setPlaceholderText(tr("Add tag…"));
    m_newTag->setMaximumWidth(180);
    m_sources->setObjectName(u"candidateSources"_s);
    m_newSource->setObjectName(u"newSource"_s);
    m_newSource->setAccessibleName(tr("Add source"));
    m_newSource->setPlaceholderText(tr("Add source…"));
    m_newSource->setMinimumWidth(140);
    m_sources->setTrailingWidget(m_newSource);
    m_origin->setObjectName(u"candidateOrigin"_s);
    m_archivedState->setObjectName(u"archivedState"_s);
    m_archiveReason->setObjectName(u"archiveReason"_s);
    m_archiveReason->setAccessibleName(tr("Archive reason"));
    m_archiveReason->setModel(&session.archiveReasons());
    // Long reason names must not widen the whole page.
    m_archiveReason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_archiveReason->setMinimumContentsLength(14);
    // Archiving as hired is the rarer, weightier choice: start on a non-hired reason.
    auto preferNonHired = [this] {
        const int row = m_archiveReason->currentIndex();
        if (row >= 0 && !m_archiveReason->itemData(row, models::ArchiveReasonsModel::HiredRole).toBool())
            return;
        for (int r = 0; r < m_archiveReason->count(); ++r) {
            if (!m_archiveReason->itemData(r, models::ArchiveReasonsModel::HiredRole).toBool()) {
                m_archiveReason->setCurrentIndex(r);
                return;
            }
        }
    };
    connect(&session.archiveReasons(), &QAbstractItemModel::modelReset, this, preferNonHired);
    connect(&session.archiveReasons(), &QAbstractItemModel::rowsInserted, this, preferNonHired);
    preferNonHired();
    m_archive->setObjectName(u"archiveButton"_s);
    m_archive->setAccessibleName(tr("Archive with the chosen reason"));
    m_unarchive->setObjectName(u"unarchiveButton"_s);
    m_unarchive->setAccessibleName(tr("Unarchive"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Stage"), m_stage);
    form->addRow(tr("Owner"), m_owner);
    m_addFollower->setMinimumWidth(160);
    m_followers->setTrailingWidget(m_addFollower);
    form->addRow(tr("Followers"), m_followers);
    m_newTag->setMinimumWidth(140);
    m_tags->setTrailingWidget(m_newTag);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Sources"), m_sources);
    form->addRow(tr("Origin"), m_origin);
    auto *archiveRow = new QHBoxLayout;
    archiveRow->addWidget(m_archivedState, 1);
    archiveRow->addWidget(m_archiveReason);
    archiveRow->addWidget(m_archive);
    archiveRow->addWidget(m_unarchive);
    form->addRow(tr("Status"), archiveRow);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_stack, 5);
    layout->addSpacing(12);
    layout->addLayout(form, 6);

    const QString id = model.opportunityId();
    connect(m_stage, &QComboBox::activated, this, [this, id](int row) {
        const QString stageId = m_stage->itemData(row, models::StagesModel::IdRole).toString();
        const models::OpportunityRecord *r = m_session.store().opportunity(id);
        if (r && !stageId.isEmpty() && stageId != r->stageId)
            m_session.actions().moveToStage({id}, stageId);
    });
    connect(m_owner, &UserPicker::userChanged, this, [this, id](const QString &userId) {
        const models::OpportunityRecord *r = m_session.store().opportunity(id);
        if (!m_updating && r && !userId.isEmpty() && userId != r->ownerId)
            m_session.actions().changeOwner({id}, userId);
    });
    connect(m_tags, &ChipRow::removeRequested, this,
            [this, id](const QString &tag) { m_session.actions().removeTag({id}, tag); });
    connect(m_newTag, &QLineEdit::returnPressed, this, &CandidateHeader::addTag);
    connect(m_newSource, &QLineEdit::returnPressed, this,
            [this] { changeSource(m_newSource->text(), true); });
    connect(m_sources, &ChipRow::removeRequested, this,
            [this](const QString &source) { changeSource(source, false); });
    connect(m_followers, &ChipRow::removeRequested, this, [this](const QString &userId) {
        QStringList ids = m_followers->keys();
        ids.removeAll(userId);
        setFollowers(ids);
    });
    connect(m_addFollower, &UserPicker::userChanged, this, [this](const QString &userId) {
        if (m_updating || userId.isEmpty() || m_followers->keys().contains(userId))
            return;
        setFollowers(m_followers->keys() << userId);
        m_updating = true;
        m_addFollower->setCurrentUserId(QString());
        m_updating = false;
    });
    connect(m_archive, &QPushButton::clicked, this, [this, id] {
        const QString reason = m_archiveReason->currentData(models::ArchiveReasonsModel::IdRole).toString();
        if (!reason.isEmpty())
            m_session.actions().archive({id}, reason);
    });
    connect(m_unarchive, &QPushButton::clicked, this, [this, id] { m_session.actions().unarchive({id}); });
    connect(m_edit, &QPushButton::clicked, this, &CandidateHeader::startEditing);
    connect(m_editor, &ContactEditor::saved, this, [this] {
        m_stack->setCurrentIndex(0);
        Q_EMIT message(tr("Contact saved."));
    });
    connect(m_editor, &ContactEditor::cancelled, this, [this] { m_stack->setCurrentIndex(0); });

    models::Store &store = session.store();
    auto mine = [this, &store, id](int slot) {
        if (slot == store.slotOf(id))
            refreshFromStore();
    };
    connect(&store, &models::Store::opportunityInserted, this, mine);
    connect(&store, &models::Store::opportunityUpdated, this, mine);
    connect(&store, &models::Store::stagesChanged, this, &CandidateHeader::refreshFromStore);
    connect(&store, &models::Store::usersChanged, this, &CandidateHeader::refresh);
    connect(&store, &models::Store::archiveReasonsChanged, this, &CandidateHeader::refreshFromStore);
    connect(&model, &models::CandidateModel::changed, this, [this](models::CandidateModel::Part part) {
        if (part == models::CandidateModel::Part::Opportunity ||
            part == models::CandidateModel::Part::Contact)
            refresh();
    });
    refresh();
}

bool CandidateHeader::isEditing() const
{
    return m_stack->currentIndex() == 1;
}

bool CandidateHeader::hasUnsavedEdits() const
{
    return isEditing() && m_editor->isDirty();
}

void CandidateHeader::copyToClipboard(const QString &text)
{
    QApplication::clipboard()->setText(text);
    Q_EMIT message(tr("Copied %1").arg(text));
}

void CandidateHeader::startEditing()
{
    api::Contact contact;
    if (m_model.contact()) {
        contact = *m_model.contact();
    } else if (m_model.hasOpportunity()) {
        const api::Opportunity &o = m_model.opportunity();
        contact.id = o.contact.id;
        contact.name = o.name;
        contact.headline = o.headline;
        contact.location = o.location;
        contact.emails = o.emails;
        contact.phones = o.phones;
    }
    if (contact.id.isEmpty())
        return;
    m_editor->edit(contact);
    m_stack->setCurrentIndex(1);
    m_editor->findChild<QLineEdit *>(u"contactName"_s)->setFocus();
}

void CandidateHeader::addTag()
{
    const QString tag = m_newTag->text().trimmed();
    if (tag.isEmpty())
        return;
    m_session.actions().addTag({m_model.opportunityId()}, tag);
    m_newTag->clear();
}

void CandidateHeader::changeSource(const QString &source, bool add)
{
    if (source.trimmed().isEmpty())
        return;
    // Through the board's actions, as tags: shown at once, confirmed or rolled back with a message,
    // and kept in the outbox while offline.
    const QString id = m_model.opportunityId();
    if (add) {
        m_session.actions().addSource({id}, source.trimmed());
        m_newSource->clear();
    } else {
        m_session.actions().removeSource({id}, source);
    }
}

void CandidateHeader::setFollowers(const QStringList &ids)
{
    api::OpportunityChanges changes;
    changes.followers = ids;
    models::CandidateWrite *write = m_writes.saveOpportunity(changes);
    connect(write, &models::CandidateWrite::finished, this, [this](bool ok, const QString &text) {
        if (!ok)
            Q_EMIT message(text);
    });
}

void CandidateHeader::fillContactLines()
{
    QLayout *layout = m_reach->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList emails;
    QList<api::Phone> phones;
    if (m_model.contact()) {
        emails = m_model.contact()->emails;
        phones = m_model.contact()->phones;
    } else if (m_model.hasOpportunity()) {
        emails = m_model.opportunity().emails;
        phones = m_model.opportunity().phones;
    }
    int n = 0;
    for (const QString &email : std::as_const(emails)) {
        auto *copy = new QToolButton(m_reach);
        copy->setObjectName(u"copyEmail"_s + QString::number(n));
        copy->setText(email);
        copy->setToolTip(tr("Copy %1").arg(email));
        copy->setAccessibleName(tr("Copy email %1").arg(email));
        connect(copy, &QToolButton::clicked, this, [this, email] { copyToClipboard(email); });
        auto *mail = new QLabel(m_reach);
        mail->setObjectName(u"mailTo"_s + QString::number(n));
        mail->setText(u"<a href=\"%1\">%2</a>"_s.arg(
            QUrl(u"mailto:"_s + email).toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("write")));
        mail->setOpenExternalLinks(true);
        mail->setAccessibleName(tr("Write to %1").arg(email));
        layout->addWidget(copy);
        layout->addWidget(mail);
        ++n;
    }
    n = 0;
    for (const api::Phone &phone : std::as_const(phones)) {
        auto *copy = new QToolButton(m_reach);
        copy->setObjectName(u"copyPhone"_s + QString::number(n++));
        const QString label =
            phone.type.isEmpty() ? phone.value : QString(phone.value + u" ("_s + phone.type + u')');
        copy->setText(label);
        copy->setToolTip(tr("Copy %1").arg(phone.value));
        copy->setAccessibleName(tr("Copy phone %1").arg(phone.value));
        const QString value = phone.value;
        connect(copy, &QToolButton::clicked, this, [this, value] { copyToClipboard(value); });
        layout->addWidget(copy);
    }
}

void CandidateHeader::refresh()
{
    if (m_model.hasOpportunity()) {
        const api::Opportunity &o = m_model.opportunity();
        const std::optional<api::Contact> &c = m_model.contact();
        const QString headline = c ? c->headline : o.headline;
        const QString location = c ? c->location : o.location;
        QStringList parts;
        if (!headline.isEmpty())
            parts.append(headline);
        if (!location.isEmpty())
            parts.append(location);
        m_subtitle->setText(parts.join(u" · "_s));
        const QStringList links = c && !c->links.isEmpty() ? c->links : o.links;
        QStringList html;
        for (const QString &link : links) {
            const QUrl url = QUrl::fromUserInput(link);
            html.append(u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                       link.toHtmlEscaped()));
        }
        m_links->setText(html.join(u" &nbsp; "_s));
        m_links->setVisible(!html.isEmpty());
        QStringList followerIds, followerNames;
        for (const auto &f : o.followers) {
            followerIds.append(f.id);
            followerNames.append(m_model.userName(f.id));
        }
        m_followers->setChips(followerIds, followerNames);
        fillContactLines();
    }
    refreshFromStore();
}

void CandidateHeader::refreshFromStore()
{
    const models::OpportunityRecord *r = m_session.store().opportunity(m_model.opportunityId());
    const bool known = r != nullptr;
    for (QWidget *w : {static_cast<QWidget *>(m_stage), static_cast<QWidget *>(m_owner),
                       static_cast<QWidget *>(m_newTag), static_cast<QWidget *>(m_archive),
                       static_cast<QWidget *>(m_unarchive), static_cast<QWidget *>(m_archiveReason)})
        w->setEnabled(known);
    if (!r) {
        m_name->setText(m_model.hasOpportunity() ? m_model.opportunity().name : tr("Loading…"));
        return;
    }
    m_updating = true;
    m_name->setText(r->name);
    setWindowTitle(r->name);
    const int stageRow = m_stage->findData(r->stageId, models::StagesModel::IdRole);
    m_stage->setCurrentIndex(stageRow);
    if (m_owner->currentUserId() != r->ownerId)
        m_owner->setCurrentUserId(r->ownerId);
    m_tags->setChips(r->tags, r->tags);
    m_sources->setChips(r->sources, r->sources);
    m_origin->setText(r->origin.isEmpty() ? tr("Unknown") : OriginNames::label(r->origin));
    QStringList badges;
    if (m_model.hasOpportunity() && m_model.opportunity().isConfidential())
        badges.append(u"<span style=\"background:#6a1b9a;color:white;\">&nbsp;%1&nbsp;</span>"_s.arg(
            tr("Confidential")));
    if (r->archived)
        badges.append(
            u"<span style=\"background:#757575;color:white;\">&nbsp;%1&nbsp;</span>"_s.arg(tr("Archived")));
    if (m_session.store().hasPendingWrite(r->id))
        badges.append(u"<i>%1</i>"_s.arg(tr("Saving…")));
    m_badges->setText(badges.join(u' '));
    m_badges->setAccessibleName(badges.isEmpty() ? tr("Active") : m_badges->text());
    if (r->archived) {
        const QString reason = m_session.store().archiveReasonName(r->archiveReasonId);
        m_archivedState->setText(tr("Archived: %1").arg(reason.isEmpty() ? r->archiveReasonId : reason));
    } else {
        m_archivedState->setText(tr("Active"));
    }
    m_unarchive->setVisible(r->archived);
    m_archive->setText(r->archived ? tr("Change reason") : tr("Archive"));
    m_updating = false;
}

} // namespace lever::ui

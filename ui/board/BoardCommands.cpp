#include "BoardCommands.h"

#include "Actions.h"
#include "ArchiveReasonsModel.h"
#include "ChoiceDialog.h"
#include "Session.h"
#include "StagesModel.h"
#include "Store.h"
#include "UsersModel.h"

#include <QComboBox>
#include <QSet>
#include <QStringListModel>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace lever::ui {

BoardCommands::BoardCommands(models::Session &session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{}

void BoardCommands::track(models::OpportunityAction *action)
{
    if (!action)
        return;
    Q_EMIT actionStarted();
    connect(action, &models::OpportunityAction::finished, this, [this, action] {
        const QString text = report(action);
        if (!text.isEmpty())
            Q_EMIT errorOccurred(text);
    });
}

QString BoardCommands::report(const models::OpportunityAction *action)
{
    const QList<models::CardFailure> failures = action->failures();
    if (failures.isEmpty())
        return {};
    QString summary = action->failureSummary();
    if (failures.size() == 1 && action->ids().size() <= 1)
        return summary.isEmpty() ? failures.first().message : summary;
    if (summary.endsWith(u'.'))
        summary.chop(1);
    // The summary, then each card's reason (a few; the rest counted).
    QStringList lines;
    constexpr int kShown = 4;
    for (int i = 0; i < failures.size() && i < kShown; ++i)
        lines.append(failures.at(i).message);
    if (failures.size() > kShown)
        lines.append(tr("…and %1 more").arg(failures.size() - kShown));
    return QString(summary + u":\n"_s + lines.join(u'\n'));
}

void BoardCommands::moveToStage(const QStringList &ids, const QString &stageId)
{
    const models::Store &store = m_session.store();
    QStringList archived;
    QStringList moving;
    for (const QString &id : ids) {
        const models::OpportunityRecord *r = store.opportunity(id);
        if (!r)
            continue;
        if (r->archived)
            archived.append(id);
        if (r->stageId != stageId)
            moving.append(id);
    }
    // Writes to one card go out in order, so the unarchive lands before the move.
    if (!archived.isEmpty())
        track(m_session.actions().unarchive(archived));
    if (!moving.isEmpty())
        track(m_session.actions().moveToStage(moving, stageId));
}

void BoardCommands::archive(const QStringList &ids, const QString &reasonId)
{
    QStringList todo;
    for (const QString &id : ids) {
        const models::OpportunityRecord *r = m_session.store().opportunity(id);
        if (r && !(r->archived && r->archiveReasonId == reasonId))
            todo.append(id);
    }
    if (!todo.isEmpty())
        track(m_session.actions().archive(todo, reasonId));
}

void BoardCommands::unarchive(const QStringList &ids)
{
    QStringList todo;
    for (const QString &id : ids) {
        const models::OpportunityRecord *r = m_session.store().opportunity(id);
        if (r && r->archived)
            todo.append(id);
    }
    if (!todo.isEmpty())
        track(m_session.actions().unarchive(todo));
}

void BoardCommands::addTag(const QStringList &ids, const QString &tag)
{
    if (!ids.isEmpty() && !tag.trimmed().isEmpty())
        track(m_session.actions().addTag(ids, tag.trimmed()));
}

void BoardCommands::removeTag(const QStringList &ids, const QString &tag)
{
    QStringList todo;
    for (const QString &id : ids) {
        const models::OpportunityRecord *r = m_session.store().opportunity(id);
        if (r && r->tags.contains(tag))
            todo.append(id);
    }
    if (!todo.isEmpty())
        track(m_session.actions().removeTag(todo, tag));
}

void BoardCommands::changeOwner(const QStringList &ids, const QString &userId)
{
    if (!ids.isEmpty() && !userId.isEmpty())
        track(m_session.actions().changeOwner(ids, userId));
}

bool BoardCommands::undo()
{
    const QList<models::OpportunityAction *> actions = m_session.actions().undo();
    for (models::OpportunityAction *a : actions)
        track(a);
    return !actions.isEmpty();
}

ChoiceDialog *BoardCommands::ask(ChoiceDialog *dialog, const std::function<void(const QString &)> &then)
{
    if (m_dialog)
        m_dialog->reject();
    m_dialog = dialog;
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ChoiceDialog::chosen, this, then);
    dialog->open();
    dialog->combo()->setFocus();
    Q_EMIT dialogOpened(dialog);
    return dialog;
}

void BoardCommands::askArchive(const QStringList &ids, const QString &preselect)
{
    if (ids.isEmpty())
        return;
    auto *d = new ChoiceDialog(tr("Archive"),
                               ids.size() == 1 ? tr("Why is this card being archived?")
                                               : tr("Why are %1 cards being archived?").arg(ids.size()),
                               &m_session.archiveReasons(), models::ArchiveReasonsModel::IdRole, false,
                               m_dialogParent);
    d->setObjectName(u"archiveReasonDialog"_s);
    if (!preselect.isEmpty())
        d->select(preselect);
    ask(d, [this, ids](const QString &reason) { archive(ids, reason); });
}

void BoardCommands::askMove(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    auto *d =
        new ChoiceDialog(tr("Move to stage"),
                         ids.size() == 1 ? tr("Move the card to:") : tr("Move %1 cards to:").arg(ids.size()),
                         &m_session.stages(), models::StagesModel::IdRole, false, m_dialogParent);
    d->setObjectName(u"moveDialog"_s);
    ask(d, [this, ids](const QString &stage) { moveToStage(ids, stage); });
}

void BoardCommands::askAddTag(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    QSet<QString> known;
    const models::Store &store = m_session.store();
    for (int slot = 0; slot < store.slotCount(); ++slot) {
        if (store.isLive(slot))
            for (const QString &t : store.at(slot).tags)
                known.insert(t);
    }
    QStringList tags(known.cbegin(), known.cend());
    tags.sort(Qt::CaseInsensitive);
    auto *d = new ChoiceDialog(tr("Add tag"),
                               ids.size() == 1 ? tr("Tag to add to the card:")
                                               : tr("Tag to add to %1 cards:").arg(ids.size()),
                               nullptr, Qt::DisplayRole, true, m_dialogParent);
    auto *model = new QStringListModel(tags, d);
    d->combo()->setModel(model);
    d->combo()->setCurrentIndex(-1);
    d->setObjectName(u"addTagDialog"_s);
    ask(d, [this, ids](const QString &tag) { addTag(ids, tag); });
}

void BoardCommands::askRemoveTag(const QStringList &ids)
{
    QSet<QString> present;
    for (const QString &id : ids) {
        if (const models::OpportunityRecord *r = m_session.store().opportunity(id))
            for (const QString &t : r->tags)
                present.insert(t);
    }
    if (present.isEmpty()) {
        Q_EMIT errorOccurred(tr("The selected cards have no tags to remove."));
        return;
    }
    QStringList tags(present.cbegin(), present.cend());
    tags.sort(Qt::CaseInsensitive);
    auto *d = new ChoiceDialog(tr("Remove tag"),
                               ids.size() == 1 ? tr("Tag to remove from the card:")
                                               : tr("Tag to remove from %1 cards:").arg(ids.size()),
                               nullptr, Qt::DisplayRole, false, m_dialogParent);
    d->combo()->setModel(new QStringListModel(tags, d));
    d->setObjectName(u"removeTagDialog"_s);
    ask(d, [this, ids](const QString &tag) { removeTag(ids, tag); });
}

void BoardCommands::askOwner(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    auto *d = new ChoiceDialog(tr("Change owner"),
                               ids.size() == 1 ? tr("New owner of the card:")
                                               : tr("New owner of %1 cards:").arg(ids.size()),
                               &m_session.users(), models::UsersModel::IdRole, false, m_dialogParent);
    d->setObjectName(u"ownerDialog"_s);
    ask(d, [this, ids](const QString &user) { changeOwner(ids, user); });
}

void BoardCommands::askViewName(const std::function<void(const QString &)> &save)
{
    auto *d = new ChoiceDialog(tr("Save view"), tr("Name of the view:"), nullptr, Qt::DisplayRole, true,
                               m_dialogParent);
    d->setObjectName(u"viewNameDialog"_s);
    ask(d, save);
}

} // namespace lever::ui

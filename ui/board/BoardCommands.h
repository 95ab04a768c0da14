#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

#include "ChoiceDialog.h"

class QWidget;

namespace lever::models {
class OpportunityAction;
class Session;
} // namespace lever::models

namespace lever::ui {

// What the board does to cards: move (unarchiving archived ones first), archive, unarchive, tag,
// untag, change owner and undo, through the session's Actions, plus the small questions some of them
// ask (the archive reason, a stage, a tag, an owner) as non-blocking dialogs. Failures come out as one
// readable message with the per-card report.
class BoardCommands : public QObject
{
    Q_OBJECT
public:
    BoardCommands(models::Session &session, QWidget *dialogParent);

    void moveToStage(const QStringList &ids, const QString &stageId);
    void archive(const QStringList &ids, const QString &reasonId);
    void unarchive(const QStringList &ids);
    void addTag(const QStringList &ids, const QString &tag);
    void removeTag(const QStringList &ids, const QString &tag);
    void changeOwner(const QStringList &ids, const QString &userId);
    bool undo();

    // The questions: each opens a dialog (window-modal, open()) and acts when it is answered.
    // `preselect` picks an entry first (a drop on a reason column suggests that reason).
    void askArchive(const QStringList &ids, const QString &preselect = {});
    void askMove(const QStringList &ids);
    void askAddTag(const QStringList &ids);
    void askRemoveTag(const QStringList &ids);
    void askOwner(const QStringList &ids);
    void askViewName(const std::function<void(const QString &)> &save);
    // The open question, if any (what a test answers).
    ChoiceDialog *openDialog() const { return m_dialog; }

    // "2 of 5 cards could not be archived: Ada Lovelace (…), …": the report of a finished action.
    static QString report(const models::OpportunityAction *action);

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // A write started (the board clears stale errors and shows the pending state).
    void actionStarted();
    void dialogOpened(lever::ui::ChoiceDialog *dialog);

private:
    void track(models::OpportunityAction *action);
    ChoiceDialog *ask(ChoiceDialog *dialog, const std::function<void(const QString &)> &then);

    models::Session &m_session;
    QWidget *m_dialogParent;
    QPointer<ChoiceDialog> m_dialog;
};

} // namespace lever::ui

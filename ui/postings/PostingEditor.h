#pragma once

#include "ConflictDialog.h"
#include "postings/PostingDraftStore.h"
#include "postings/PostingSession.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTimer;

namespace lever::models {
class PostingListModel;
class RequisitionListModel;
} // namespace lever::models

namespace lever::ui {

class ApplicationFormPanel;
class PostingFormWidget;
class PostingPreview;
class Prompter;

// Edits one posting, new or existing: the form beside a live preview, validation before saving, dirty
// tracking, a draft on disk written as the user types, and the conflict check of PostingSession.
class PostingEditor : public QWidget
{
    Q_OBJECT
public:
    PostingEditor(api::Client &client, QAbstractItemModel *users, const QString &draftFolder,
                  QWidget *parent = nullptr);
    ~PostingEditor() override; // writes a pending draft at once: closing must not lose the last keystrokes

    void setCompletionSource(models::PostingListModel *postings);
    void setRequisitions(models::RequisitionListModel *requisitions);
    void setPrompter(std::shared_ptr<Prompter> prompter);
    // How long typing must pause before the draft is written (ms).
    void setDraftDelay(int ms);

    // Loads the posting; a draft left from an earlier session is offered once it has arrived.
    void openPosting(const QString &id);
    // A posting not on the server yet, starting from `initial` (e.g. a duplicate); `offerDraft` offers
    // the unsaved new posting of an earlier session.
    void newPosting(const models::PostingForm &initial, bool offerDraft = true);

    QString postingId() const { return m_session->postingId(); }
    bool isNew() const { return m_session->isNew(); }
    bool isLoaded() const { return m_loaded; }
    bool isDirty() const { return m_dirty; }
    bool isBusy() const { return m_session->isBusy(); }
    models::PostingForm currentForm() const;
    PostingFormWidget *formWidget() const { return m_form; }
    ApplicationFormPanel *applicationForm() const { return m_applyForm; }
    ConflictDialog *conflictDialog() const { return m_conflict; }
    QString statusText() const;
    models::PostingDraftStore &drafts() { return m_drafts; }

    // Validates and saves (or explains what is wrong, focusing the field). False when refused.
    bool save();
    // Back to the version on the server; the draft is dropped.
    void revert();
    // Asks (through the prompter) what to do with unsaved edits; `done(true)` when the editor may close.
    void requestClose(std::function<void(bool)> done);

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void saved(const lever::api::Posting &posting);
    void loaded();
    void closeRequested();

private:
    void onEdited();
    void onOpened(const api::Posting &posting);
    void onSaved(const api::Posting &posting);
    void onConflict(const models::PostingForm &mine, const models::PostingForm &theirs);
    void show(const models::PostingForm &form, const QString &loadedState);
    void offerDraft(const QString &key);
    void writeDraft();
    QString draftKey() const;
    void setStatus(const QString &text, bool error = false);
    void updateHeading();
    QString userName(const QString &id) const;

    QAbstractItemModel *m_users = nullptr;
    models::PostingSession *m_session = nullptr;
    models::PostingDraftStore m_drafts;
    std::shared_ptr<Prompter> m_prompter;
    PostingFormWidget *m_form = nullptr;
    PostingPreview *m_preview = nullptr;
    ApplicationFormPanel *m_applyForm = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_back = nullptr;
    QTimer *m_draftTimer = nullptr;
    QPointer<ConflictDialog> m_conflict;
    QString m_loadedState; // on the server, decides the states offered; empty for a new posting
    QString m_savingKey;   // the draft of the save in flight
    bool m_loaded = false;
    bool m_dirty = false;
    bool m_showing = false;
    std::function<void(bool)> m_afterSave; // a close waiting for its save
};

} // namespace lever::ui

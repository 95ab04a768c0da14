#include "PostingEditor.h"

#include "ApplicationFormPanel.h"
#include "ConflictDialog.h"
#include "PostingFormWidget.h"
#include "PostingPreview.h"
#include "Prompter.h"
#include "UiLog.h"
#include "pickers/UserPicker.h"
#include "postings/PostingRules.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using lever::models::PostingDraftStore;
using lever::models::PostingForm;
using lever::models::PostingRules;

namespace lever::ui {

PostingEditor::PostingEditor(api::Client &client, QAbstractItemModel *users, const QString &draftFolder,
                             QWidget *parent)
    : QWidget(parent)
    , m_users(users)
    , m_session(new models::PostingSession(client, this))
    , m_drafts(draftFolder)
    , m_prompter(std::make_shared<Prompter>())
    , m_form(new PostingFormWidget(users, this))
    , m_preview(new PostingPreview(this))
    , m_applyForm(new ApplicationFormPanel(client, this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(u"postingEditor"_s);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_back = new QPushButton(tr("← Postings"), this);
    m_back->setObjectName(u"backToListButton"_s);
    m_back->setAccessibleName(tr("Back to the postings list"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"editorHeading"_s);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_heading->setFont(f);
    m_status = new QLabel(this);
    m_status->setObjectName(u"editorStatus"_s);
    m_status->setAccessibleName(tr("Editor status"));
    m_status->setWordWrap(true);
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(u"revertButton"_s);
    m_revert->setAccessibleName(tr("Revert to the saved version"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setAccessibleName(tr("Save the posting"));
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    bar->addWidget(m_back);
    bar->addSpacing(12);
    bar->addWidget(m_heading);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"editorSplitter"_s);
    split->setChildrenCollapsible(false);
    m_form->setObjectName(u"postingForm"_s);
    m_preview->setObjectName(u"postingPreview"_s);
    m_preview->setAccessibleName(tr("Preview as candidates see it"));
    // Beside the form: the posting as candidates see it, and what they are asked when they apply.
    auto *side = new QTabWidget(split);
    side->setObjectName(u"editorSideTabs"_s);
    auto *previewBox = new QWidget(side);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewTitle = new QLabel(tr("Preview: as candidates will see it"), previewBox);
    previewTitle->setStyleSheet(u"font-weight: bold;"_s);
    previewLayout->addWidget(previewTitle);
    previewLayout->addWidget(m_preview, 1);
    side->addTab(previewBox, tr("Preview"));
    side->addTab(m_applyForm, tr("Application Form"));
    split->addWidget(m_form);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(800);
    connect(m_draftTimer, &QTimer::timeout, this, &PostingEditor::writeDraft);
    connect(m_form, &PostingFormWidget::edited, this, &PostingEditor::onEdited);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &PostingEditor::revert);
    connect(m_back, &QPushButton::clicked, this, &PostingEditor::closeRequested);
    connect(m_session, &models::PostingSession::opened, this, &PostingEditor::onOpened);
    connect(m_session, &models::PostingSession::saved, this, &PostingEditor::onSaved);
    connect(m_session, &models::PostingSession::conflict, this,
            [this](const PostingForm &mine, const PostingForm &theirs) { onConflict(mine, theirs); });
    connect(m_session, &models::PostingSession::failed, this, [this](const QString &message) {
        m_afterSave = nullptr;
        setStatus(message, true);
        m_save->setEnabled(m_loaded);
    });
    connect(m_session, &models::PostingSession::busyChanged, this, [this](bool busy) {
        m_save->setEnabled(!busy && m_loaded);
        m_revert->setEnabled(!busy && m_loaded);
    });
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

PostingEditor::~PostingEditor()
{
    if (m_draftTimer->isActive())
        writeDraft();
}

void PostingEditor::setCompletionSource(models::PostingListModel *postings)
{
    m_form->setCompletionSource(postings);
}

void PostingEditor::setRequisitions(models::RequisitionListModel *requisitions)
{
    m_form->setRequisitions(requisitions);
}

void PostingEditor::setPrompter(std::shared_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
}

void PostingEditor::setDraftDelay(int ms)
{
    m_draftTimer->setInterval(ms);
}

QString PostingEditor::draftKey() const
{
    return m_session->isNew() ? PostingDraftStore::newKey() : m_session->postingId();
}

QString PostingEditor::userName(const QString &id) const
{
    const QString name = UserPicker::userName(m_users, id);
    return name.isEmpty() ? id : name;
}

void PostingEditor::openPosting(const QString &id)
{
    m_draftTimer->stop();
    m_loaded = false;
    m_dirty = false;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    setStatus(tr("Loading…"));
    m_session->open(id);
}

void PostingEditor::onOpened(const api::Posting &posting)
{
    m_loadedState = posting.state;
    show(m_session->base(), m_loadedState);
    m_applyForm->setPosting(posting.id);
    setStatus(QString());
    Q_EMIT loaded();
    offerDraft(posting.id);
}

void PostingEditor::newPosting(const PostingForm &initial, bool offer)
{
    m_draftTimer->stop();
    m_session->startNew();
    m_loadedState.clear();
    m_applyForm->setPosting({});
    show(initial, QString());
    setStatus(tr("New posting: not in Lever until you save it."));
    Q_EMIT loaded();
    if (offer)
        offerDraft(PostingDraftStore::newKey());
}

void PostingEditor::show(const PostingForm &form, const QString &loadedState)
{
    m_showing = true;
    m_form->setForm(form, loadedState);
    // What the widgets hand back is the base: formatting the editor cannot show does not count as an edit.
    m_session->setBase(m_form->form());
    m_showing = false;
    m_loaded = true;
    m_save->setEnabled(true);
    m_revert->setEnabled(true);
    m_preview->showForm(m_form->form());
    if (m_dirty) {
        m_dirty = false;
        Q_EMIT dirtyChanged(false);
    }
    updateHeading();
}

void PostingEditor::offerDraft(const QString &key)
{
    const auto draft = m_drafts.load(key);
    if (!draft)
        return;
    const QString when = QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat);
    const QString text = key == PostingDraftStore::newKey()
                             ? tr("A new posting you did not save (\"%1\", %2) was kept. Restore it?")
                                   .arg(draft->form.string(u"text"_s), when)
                             : tr("Unsaved edits to this posting from %1 were kept. Restore them?").arg(when);
    QPointer<PostingEditor> self(this);
    m_prompter->ask(this, tr("Restore unsaved edits"), text, QMessageBox::Yes | QMessageBox::Discard,
                    QMessageBox::Yes, [self, key, draft](QMessageBox::StandardButton answer) {
                        if (!self || self->draftKey() != key)
                            return;
                        if (answer == QMessageBox::Discard) {
                            self->m_drafts.remove(key);
                            return;
                        }
                        if (answer != QMessageBox::Yes)
                            return;
                        const PostingForm base =
                            key == PostingDraftStore::newKey() ? self->m_session->base() : draft->base;
                        self->m_showing = true;
                        self->m_form->setForm(draft->form, self->m_loadedState);
                        self->m_showing = false;
                        if (key != PostingDraftStore::newKey())
                            self->m_session->restoreBase(base, draft->updatedAt);
                        self->setStatus(tr("Unsaved edits restored."));
                        self->onEdited();
                    });
}

PostingForm PostingEditor::currentForm() const
{
    return m_form->form();
}

void PostingEditor::onEdited()
{
    if (m_showing || !m_loaded)
        return;
    const PostingForm form = m_form->form();
    m_preview->showForm(form);
    updateHeading();
    const bool dirty = form != m_session->base();
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    if (dirty) {
        m_draftTimer->start();
    } else {
        m_draftTimer->stop();
        m_drafts.remove(draftKey());
    }
}

void PostingEditor::writeDraft()
{
    m_draftTimer->stop();
    if (!m_dirty || !m_loaded)
        return;
    PostingDraftStore::Draft d;
    d.key = draftKey();
    d.updatedAt = m_session->baseUpdatedAt();
    d.savedAt = QDateTime::currentDateTimeUtc();
    d.form = m_form->form();
    d.base = m_session->base();
    if (!m_drafts.save(d))
        setStatus(tr("Could not keep a copy of your edits in %1; save soon.").arg(m_drafts.folder()), true);
}

bool PostingEditor::save()
{
    if (!m_loaded || m_session->isBusy())
        return false;
    const PostingForm form = m_form->form();
    QList<models::FieldIssue> issues = m_form->widgetIssues();
    issues += PostingRules::validate(form, m_session->isNew() ? PostingForm() : m_session->base());
    if (!issues.isEmpty()) {
        m_form->showIssues(issues);
        setStatus(issues.size() == 1
                      ? tr("One field needs attention before saving.")
                      : tr("%n fields need attention before saving.", nullptr, int(issues.size())),
                  true);
        m_afterSave = nullptr;
        return false;
    }
    m_form->clearIssues();
    writeDraft(); // the edits are on disk until Lever confirms them
    m_savingKey = draftKey();
    setStatus(tr("Saving…"));
    m_session->save(form);
    return true;
}

void PostingEditor::onSaved(const api::Posting &posting)
{
    m_drafts.remove(m_savingKey);
    m_loadedState = posting.state;
    show(m_session->base(), m_loadedState);
    m_applyForm->setPosting(posting.id); // a new posting has a form from its first save on
    m_drafts.remove(posting.id);
    setStatus(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT saved(posting);
    if (auto after = std::exchange(m_afterSave, nullptr))
        after(true);
}

void PostingEditor::onConflict(const PostingForm &mine, const PostingForm &theirs)
{
    setStatus(tr("Someone else changed this posting; choose what to keep."), true);
    delete m_conflict;
    m_conflict = new ConflictDialog(
        mine, theirs, m_session->base(), [this](const QString &id) { return userName(id); }, this);
    m_conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflict, &ConflictDialog::resolved, this, [this](const PostingForm &merged) {
        m_showing = true;
        m_form->setForm(merged, m_loadedState);
        m_showing = false;
        setStatus(tr("Saving your choices…"));
        m_session->saveResolved(merged);
    });
    connect(m_conflict, &QDialog::rejected, this, [this, theirs] {
        // Keep editing on top of their version: fields I did not touch take theirs, so a later save
        // cannot undo their change without the user seeing it.
        const PostingForm current = m_form->form();
        PostingForm rebased = theirs;
        for (const QString &field : current.differences(m_session->base()))
            rebased.set(field, current.value(field));
        m_session->cancelConflict();
        m_showing = true;
        m_form->setForm(rebased, m_loadedState);
        m_showing = false;
        m_afterSave = nullptr;
        setStatus(tr("Not saved. Your edits are still here, now compared with the version in Lever."));
        onEdited();
    });
    m_conflict->open();
}

void PostingEditor::revert()
{
    m_draftTimer->stop();
    m_drafts.remove(draftKey());
    show(m_session->base(), m_loadedState);
    setStatus(tr("Reverted to the saved version."));
}

void PostingEditor::requestClose(std::function<void(bool)> done)
{
    if (!m_dirty) {
        done(true);
        return;
    }
    QPointer<PostingEditor> self(this);
    m_prompter->ask(this, tr("Unsaved changes"),
                    tr("\"%1\" has changes that are not saved in Lever. Save them before closing?")
                        .arg(m_form->form().string(u"text"_s)),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
                    [self, done](QMessageBox::StandardButton answer) {
                        if (!self) {
                            done(true);
                            return;
                        }
                        if (answer == QMessageBox::Discard) {
                            self->m_draftTimer->stop();
                            self->m_drafts.remove(self->draftKey());
                            self->m_dirty = false;
                            Q_EMIT self->dirtyChanged(false);
                            done(true);
                        } else if (answer == QMessageBox::Save) {
                            self->m_afterSave = done;
                            if (!self->save())
                                done(false);
                        } else {
                            done(false);
                        }
                    });
}

void PostingEditor::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    qCDebug(lcUi) << "posting editor:" << text;
}

QString PostingEditor::statusText() const
{
    return m_status->text();
}

void PostingEditor::updateHeading()
{
    const QString title = m_form->form().string(u"text"_s).trimmed();
    QString heading = title.isEmpty() ? tr("New posting") : title;
    if (m_dirty)
        heading += u" •"_s;
    m_heading->setText(heading);
    m_heading->setAccessibleName(m_dirty ? tr("%1, unsaved changes").arg(title) : title);
}

} // namespace lever::ui

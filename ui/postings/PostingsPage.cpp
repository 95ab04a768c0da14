#include "PostingsPage.h"

#include "PostingEditor.h"

#include "ConflictDialog.h"
#include "PostingListPanel.h"
#include "Prompter.h"
#include "postings/PostingListModel.h"
#include "postings/RequisitionListModel.h"

#include <QCloseEvent>
#include <QPointer>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using lever::models::PostingForm;

namespace lever::ui {

PostingsPage::PostingsPage(api::Client &client, QAbstractItemModel *users, const QString &draftFolder,
                           QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_postings(new models::PostingListModel(client, this))
    , m_requisitions(new models::RequisitionListModel(client, this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"postingsPage"_s);
    setAccessibleName(tr("Postings"));
    m_list = new PostingListPanel(m_postings, m_stack);
    m_editor = new PostingEditor(client, users, draftFolder, m_stack);
    m_editor->setCompletionSource(m_postings);
    m_editor->setRequisitions(m_requisitions);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list, &PostingListPanel::openRequested, this, &PostingsPage::openPosting);
    connect(m_list, &PostingListPanel::newRequested, this, &PostingsPage::newPosting);
    connect(m_list, &PostingListPanel::duplicateRequested, this, &PostingsPage::duplicatePosting);
    connect(m_editor, &PostingEditor::closeRequested, this, &PostingsPage::showList);
    connect(m_editor, &PostingEditor::saved, this, [this](const api::Posting &posting) {
        m_postings->upsert(posting);
        m_list->selectId(posting.id);
    });
    m_postings->reload();
    m_requisitions->reload();
}

PostingsPage::~PostingsPage() = default;

bool PostingsPage::isEditorShown() const
{
    return m_stack->currentWidget() == m_editor;
}

void PostingsPage::setPrompter(std::shared_ptr<Prompter> prompter)
{
    m_editor->setPrompter(std::move(prompter));
}

void PostingsPage::leaveEditor(std::function<void()> then)
{
    if (!isEditorShown() || !m_editor->isLoaded()) {
        then();
        return;
    }
    QPointer<PostingsPage> self(this);
    m_editor->requestClose([self, then](bool ok) {
        if (self && ok)
            then();
    });
}

void PostingsPage::openPosting(const QString &id)
{
    if (isEditorShown() && m_editor->postingId() == id)
        return;
    leaveEditor([this, id] {
        m_editor->openPosting(id);
        m_stack->setCurrentWidget(m_editor);
    });
}

void PostingsPage::newPosting()
{
    leaveEditor([this] {
        PostingForm form;
        form.set(u"state"_s, u"draft"_s);
        form.setStrings(u"distributionChannels"_s, {u"public"_s, u"internal"_s});
        form.set(u"owner"_s, m_client.actingUserId()); // Lever's default owner is the acting user
        form.set(u"workplaceType"_s, u"unspecified"_s);
        m_editor->newPosting(form);
        m_stack->setCurrentWidget(m_editor);
    });
}

void PostingsPage::duplicatePosting(const QString &id)
{
    const int row = m_postings->rowOf(id);
    if (row < 0)
        return;
    const api::Posting source = m_postings->posting(row);
    leaveEditor([this, source] {
        PostingForm form = PostingForm::fromPosting(source);
        form.set(u"text"_s, tr("%1 (copy)").arg(source.text));
        form.set(u"state"_s, u"draft"_s);
        // A requisition's headcount belongs to the original; the copy starts unlinked.
        form.setStrings(u"requisitionCodes"_s, {});
        m_editor->newPosting(form, false);
        m_stack->setCurrentWidget(m_editor);
    });
}

void PostingsPage::showList()
{
    leaveEditor([this] {
        const QString id = m_editor->postingId();
        m_stack->setCurrentWidget(m_list);
        m_list->selectId(id);
    });
}

void PostingsPage::requestClose(std::function<void(bool)> done)
{
    if (!isEditorShown()) {
        done(true);
        return;
    }
    m_editor->requestClose(std::move(done));
}

void PostingsPage::closeEvent(QCloseEvent *event)
{
    if (m_closeConfirmed || !isEditorShown() || !m_editor->isDirty()) {
        QWidget::closeEvent(event);
        return;
    }
    event->ignore();
    QPointer<PostingsPage> self(this);
    m_editor->requestClose([self](bool ok) {
        if (!self || !ok)
            return;
        // Queued: an answer given at once would otherwise re-enter close(), which Qt ignores.
        QMetaObject::invokeMethod(
            self,
            [self] {
                self->m_closeConfirmed = true;
                self->close();
                self->m_closeConfirmed = false;
            },
            Qt::QueuedConnection);
    });
}

} // namespace lever::ui

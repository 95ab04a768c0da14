#include "admin/FeedbackTemplatesPage.h"

#include "admin/FeedbackTemplateEditor.h"
#include "admin/FeedbackTemplatesAdminModel.h"
#include "common/Confirm.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
using Model = models::FeedbackTemplatesAdminModel;
}

FeedbackTemplatesPage::FeedbackTemplatesPage(api::Client &client, QWidget *parent)
    : QWidget(parent)
    , m_model(new Model(client, this))
{
    setObjectName(u"feedbackTemplatesPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The forms interviewers fill in after an interview. Every template has one "
                                "overall rating; Lever's reports group feedback by it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *bar = new QHBoxLayout;
    m_new = new QPushButton(tr("&New Template…"));
    m_new->setObjectName(u"templatesNew"_s);
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setObjectName(u"templatesEdit"_s);
    m_edit->setAccessibleName(tr("Edit the selected template"));
    m_duplicate = new QPushButton(tr("D&uplicate…"));
    m_duplicate->setObjectName(u"templatesDuplicate"_s);
    m_duplicate->setAccessibleName(tr("Start a new template from the selected one"));
    m_delete = new QPushButton(tr("&Delete…"));
    m_delete->setObjectName(u"templatesDelete"_s);
    m_delete->setAccessibleName(tr("Delete the selected template"));
    for (QPushButton *b : {m_new, m_edit, m_duplicate, m_delete})
        bar->addWidget(b);
    bar->addStretch();
    layout->addLayout(bar);

    m_forbidden = new QLabel;
    m_forbidden->setObjectName(u"templatesForbidden"_s);
    m_forbidden->setWordWrap(true);
    m_forbidden->hide();
    layout->addWidget(m_forbidden);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Model::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView;
    m_table->setObjectName(u"templatesTable"_s);
    m_table->setAccessibleName(tr("Feedback templates"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Model::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Model::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setAccessibleName(tr("Feedback template columns"));
    layout->addWidget(m_table, 1);

    m_status = new QLabel;
    m_status->setObjectName(u"templatesStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_new, &QPushButton::clicked, this, &FeedbackTemplatesPage::newTemplate);
    connect(m_edit, &QPushButton::clicked, this, &FeedbackTemplatesPage::editCurrent);
    connect(m_duplicate, &QPushButton::clicked, this, &FeedbackTemplatesPage::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, &FeedbackTemplatesPage::deleteCurrent);
    connect(m_table, &QTableView::activated, this, &FeedbackTemplatesPage::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FeedbackTemplatesPage::updateActions);
    connect(m_model, &Model::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_status->setText(tr("Reading from Lever…"));
        else if (!std::exchange(m_loadFailed, false))
            m_status->setText(tr("%n template(s)", "", m_model->rowCount()));
        updateActions();
    });
    connect(m_model, &Model::loadFailed, this, [this](const api::ApiError &error) {
        m_loadFailed = true; // loadingChanged(false) follows: the reason stays
        // An empty table would say the account has none: without the scope there is only the reason.
        m_table->setVisible(error.category() != api::ApiError::Category::Forbidden);
        m_status->setText(explain(error, Operation::Read));
    });
    connect(m_model, &Model::finished, this, &FeedbackTemplatesPage::onFinished);
    updateActions();
}

void FeedbackTemplatesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        m_model->reload();
    }
}

QString FeedbackTemplatesPage::currentId() const
{
    return m_table->currentIndex().data(Model::IdRole).toString();
}

QString FeedbackTemplatesPage::statusText() const
{
    return m_status->text();
}

void FeedbackTemplatesPage::updateActions()
{
    const bool selected = !currentId().isEmpty();
    m_new->setVisible(m_writeAllowed);
    m_duplicate->setVisible(m_writeAllowed);
    m_delete->setVisible(m_writeAllowed);
    // Without the write scope Edit still opens the template, read only in effect: Save explains.
    m_edit->setText(m_writeAllowed ? tr("&Edit…") : tr("&View…"));
    m_edit->setEnabled(selected);
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected && m_deletingId.isEmpty());
}

void FeedbackTemplatesPage::newTemplate()
{
    openEditor(Model::blankTemplate(), {});
}

void FeedbackTemplatesPage::editCurrent()
{
    if (const auto templ = m_model->feedbackTemplate(currentId()))
        openEditor(*templ, templ->id);
}

void FeedbackTemplatesPage::duplicateCurrent()
{
    auto templ = m_model->feedbackTemplate(currentId());
    if (!templ)
        return;
    templ->text = tr("Copy of %1").arg(templ->text);
    for (api::FeedbackField &f : templ->fields)
        f.id.clear(); // new questions of a new template
    openEditor(*templ, {});
}

void FeedbackTemplatesPage::openEditor(const api::FeedbackTemplate &templ, const QString &id)
{
    if (m_editor) {
        m_editor->raise();
        return; // one at a time: its edits are not thrown away for another
    }
    m_editingId = id;
    m_editor = new FeedbackTemplateEditor(templ, id.isEmpty(), this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &FeedbackTemplateEditor::saveRequested, this, [this](const api::FeedbackTemplate &t) {
        m_editor->setBusy(true);
        if (m_editingId.isEmpty())
            m_model->create(t);
        else
            m_model->update(m_editingId, t);
    });
    m_editor->open();
}

void FeedbackTemplatesPage::deleteCurrent()
{
    const auto templ = m_model->feedbackTemplate(currentId());
    if (!templ)
        return;
    const QString id = templ->id;
    Confirm::ask(this,
                 {tr("Delete Feedback Template"),
                  tr("Delete the template \"%1\"? Interviewers can no longer choose it. Feedback already "
                     "given with it stays on the candidates.")
                      .arg(templ->text),
                  tr("Delete")},
                 [this, id](bool yes) {
                     if (!yes)
                         return;
                     m_deletingId = id;
                     m_status->setText(tr("Deleting…"));
                     updateActions();
                     m_model->remove(id);
                 });
}

void FeedbackTemplatesPage::onFinished(bool ok, const QString &id, const api::ApiError &error)
{
    const bool deleting = id == m_deletingId && !id.isEmpty();
    if (deleting)
        m_deletingId.clear();
    if (ok) {
        m_status->setText(deleting ? tr("Template deleted.") : tr("Template saved."));
        if (!deleting && m_editor) {
            m_editor->accept();
            const int row = m_model->rowOf(id);
            auto *proxy = static_cast<QSortFilterProxyModel *>(m_table->model());
            if (row >= 0)
                m_table->setCurrentIndex(proxy->mapFromSource(m_model->index(row, 0)));
        }
    } else if (!deleting && m_editor) {
        m_editor->setBusy(false);
        // The edits stay in the open editor.
        m_editor->setError(explain(error, m_editingId.isEmpty() ? Operation::Create : Operation::Change));
    } else {
        m_status->setText(explain(error, Operation::Change));
    }
    updateActions();
}

QString FeedbackTemplatesPage::explain(const api::ApiError &error, Operation operation)
{
    const QString said = error.message().isEmpty() ? error.userText() : error.message();
    if (error.category() != api::ApiError::Category::Forbidden)
        return operation != Operation::Read ? tr("Lever did not take the change: %1").arg(said)
                                            : tr("The templates could not be read: %1").arg(said);
    if (operation == Operation::Read) {
        m_forbidden->setText(
            tr("This account may not read feedback templates (Lever answered 403: %1). Ask a "
               "Lever super admin for credentials with the feedback_templates:read:admin scope.")
                .arg(said));
        m_forbidden->show();
        return {};
    }
    // A 403 on an existing template is also Lever's answer for one made in its own UI, with the scope
    // present: only a refused create proves the scope missing, so only that one takes the buttons away.
    if (operation == Operation::Change)
        return tr("Lever refused to change this template. Lever lets the API change only templates the API "
                  "created: one made in Lever itself must be changed there, or you can duplicate it here and "
                  "edit the copy. (If this sign-in lacks feedback_templates:write:admin, New Template… says "
                  "so.) Lever: %1")
            .arg(said);
    m_writeAllowed = false;
    m_forbidden->setText(tr("This account may not change feedback templates (Lever answered 403: %1), so the "
                            "write actions are hidden. To create or edit templates, sign in with credentials "
                            "that have the feedback_templates:write:admin scope.")
                             .arg(said));
    m_forbidden->show();
    return tr("Not saved: this account may not change feedback templates.");
}

} // namespace lever::ui

#pragma once

#include <QWidget>
#include <memory>

class QAbstractItemModel;
class QStackedWidget;

namespace lever::api {
class Client;
}
namespace lever::models {
class PostingListModel;
class RequisitionListModel;
} // namespace lever::models

namespace lever::ui {

class PostingEditor;
class PostingListPanel;
class Prompter;

// The postings page: the list of every posting (filters, search, counts) and, stacked over it, the editor
// of the one opened, new or duplicated. Self-contained: give it the account's client, the users model and
// the account's data folder (drafts go in a subfolder).
class PostingsPage : public QWidget
{
    Q_OBJECT
public:
    PostingsPage(api::Client &client, QAbstractItemModel *users, const QString &draftFolder,
                 QWidget *parent = nullptr);
    ~PostingsPage() override;

    models::PostingListModel *postings() const { return m_postings; }
    models::RequisitionListModel *requisitions() const { return m_requisitions; }
    PostingListPanel *listPanel() const { return m_list; }
    PostingEditor *editor() const { return m_editor; }
    bool isEditorShown() const;
    void setPrompter(std::shared_ptr<Prompter> prompter);

    void openPosting(const QString &id);
    void newPosting();
    void duplicatePosting(const QString &id);
    // Back to the list, asking first when the editor holds unsaved changes.
    void showList();
    // For the main window's close: `done(true)` once nothing unsaved is left (saved or discarded).
    void requestClose(std::function<void(bool)> done);

protected:
    // Used as a window of its own, closing asks about unsaved changes like requestClose().
    void closeEvent(QCloseEvent *event) override;

private:
    void leaveEditor(std::function<void()> then);

    api::Client &m_client;
    models::PostingListModel *m_postings = nullptr;
    models::RequisitionListModel *m_requisitions = nullptr;
    QStackedWidget *m_stack = nullptr;
    PostingListPanel *m_list = nullptr;
    PostingEditor *m_editor = nullptr;
    bool m_closeConfirmed = false;
};

} // namespace lever::ui

#pragma once

#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace lever::api {
class Client;
struct PostingApplyForm;
} // namespace lever::api
namespace lever::models {
class ApplyFormReader;
}

namespace lever::ui {

// The posting editor's "Application form" tab: what candidates fill in when they apply on the job site
// (personal information, links, the custom questions, EEO questions), read only, since Lever sets the
// form up in its own settings. Each section is drawn by FeedbackForm, disabled. Read when first shown.
class ApplicationFormPanel : public QScrollArea
{
    Q_OBJECT
public:
    explicit ApplicationFormPanel(api::Client &client, QWidget *parent = nullptr);

    // The posting whose form to show; empty for a posting not saved yet. Read when the tab is shown.
    void setPosting(const QString &postingId);
    QString statusText() const;
    // The sections shown (group box titles), for tests.
    QStringList sectionTitles() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readIfWanted();
    void showForm(const api::PostingApplyForm &form);
    void clearSections();
    void setStatus(const QString &text);

    models::ApplyFormReader *m_reader;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QLabel *m_status;
    QString m_postingId;
    QString m_shownId; // whose form is shown or being read
};

} // namespace lever::ui

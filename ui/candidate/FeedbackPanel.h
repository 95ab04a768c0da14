#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTreeWidget;

namespace lever::models {
class CandidateModel;
class CandidateWrites;
} // namespace lever::models

namespace lever::ui {

class FeedbackForm;

// The opportunity's feedback (template, score, author, dates, answers) and a form to submit feedback
// from a template: checked for required fields before sending, kept as typed when saving fails.
class FeedbackPanel : public QWidget
{
    Q_OBJECT
public:
    FeedbackPanel(models::CandidateModel &model, models::CandidateWrites &writes, QWidget *parent = nullptr);

    FeedbackForm *form() const { return m_form; }
    bool hasUnsentInput() const;
    // Opens the form for the template in the selector (what "Start feedback" does).
    void startForm();

private:
    void rebuild();
    void fillTemplates();
    void submit();
    void closeForm();

    models::CandidateModel &m_model;
    models::CandidateWrites &m_writes;
    QTreeWidget *m_list;
    QComboBox *m_template;
    QPushButton *m_start;
    QWidget *m_formBox;
    QLabel *m_formTitle;
    QScrollArea *m_scroll;
    QPointer<FeedbackForm> m_form;
    QLabel *m_error;
    QPushButton *m_submit;
    QPushButton *m_discard;
};

} // namespace lever::ui

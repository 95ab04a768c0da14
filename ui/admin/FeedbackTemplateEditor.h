#pragma once

#include "types/FeedbackTemplate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace lever::ui {

class FeedbackForm;

// Creates or edits one feedback template: its name and instructions, the questions in order (type, text,
// description, required, choices or scores), and beside them the template as an interviewer will fill it
// in, drawn by the same FeedbackForm the candidate page uses. Save asks (saveRequested); the dialog
// stays open with every edit until Lever has taken it, and shows Lever's reason when it has not.
class FeedbackTemplateEditor : public QDialog
{
    Q_OBJECT
public:
    FeedbackTemplateEditor(const api::FeedbackTemplate &templ, bool isNew, QWidget *parent = nullptr);

    // The template as edited now (field ids of existing questions kept, so Lever keeps their answers).
    api::FeedbackTemplate feedbackTemplate() const;
    void addQuestion(const QString &type);
    void removeQuestion(int row);
    void moveQuestion(int row, int delta);
    void selectQuestion(int row);
    // While Lever is asked: the buttons wait. An error is shown above them; edits stay.
    void setBusy(bool busy);
    void setError(const QString &text);
    QString errorText() const;
    FeedbackForm *preview() const { return m_preview; }

Q_SIGNALS:
    void saveRequested(const lever::api::FeedbackTemplate &templ);

private:
    void showQuestion();
    void questionEdited();
    void refreshList();
    void refreshPreview();
    void trySave();

    api::FeedbackTemplate m_template;
    int m_current = -1;
    bool m_loading = false; // filling the question's controls: not an edit
    QLineEdit *m_name;
    QPlainTextEdit *m_instructions;
    QListWidget *m_questions;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QGroupBox *m_question;
    QComboBox *m_type;
    QLineEdit *m_text;
    QLineEdit *m_description;
    QCheckBox *m_required;
    QLabel *m_choicesLabel;
    QPlainTextEdit *m_choices;
    QScrollArea *m_previewArea;
    FeedbackForm *m_preview = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace lever::ui

#pragma once

#include "create/CandidateCreator.h"
#include "create/NewCandidate.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace lever::models {
class DuplicateFinder;
class Session;
} // namespace lever::models

namespace lever::ui {

class DuplicatePanel;
class UserPicker;

// File › New Candidate… (Ctrl+N), and a resume dropped on the board: a form with everything Lever's
// create takes, a look for duplicates before anything is sent, and a create that never loses the
// form: on a failure every field stays as typed.
class NewCandidateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCandidateDialog(models::Session &session, QWidget *parent = nullptr);
    ~NewCandidateDialog() override;

    // Attaches the file as the resume; false (and a message in the form) when it cannot be read or is
    // over Lever's 30 MB.
    bool setResumeFile(const QString &path);
    bool addFile(const QString &path);
    models::NewCandidate candidate() const;
    // Whether the resume's type is one Lever reads (PDF, DOCX, DOC, TXT...).
    static bool isResumeFile(const QString &path);

    void reject() override;
    // Its noteFailed() may come after the form has closed.
    models::CandidateCreator *creator() const;

Q_SIGNALS:
    void openCandidate(const QString &opportunityId);
    void candidateCreated(const QString &opportunityId, const QString &message);

private:
    void buildForm();
    void submit();
    void decide();
    void send(const QString &contactId);
    void showError(const QString &message);
    void setWorking(bool working, const QString &status = {});
    void onPostingChanged();
    void onOriginChanged();
    void updateResume();
    QString validate() const;
    static QStringList splitList(const QString &text);

    models::Session &m_session;
    models::DuplicateFinder *m_finder;
    QPointer<models::CandidateCreator> m_creator; // the session's child: it may go first
    bool m_deciding = false;

    QStackedWidget *m_pages;
    DuplicatePanel *m_duplicates;
    QWidget *m_form;
    QLineEdit *m_name;
    QLineEdit *m_headline;
    QLineEdit *m_emails;
    QLineEdit *m_phones;
    QLineEdit *m_location;
    QLineEdit *m_links;
    QComboBox *m_posting;
    QCheckBox *m_asPostingOwner;
    QComboBox *m_stage;
    UserPicker *m_owner;
    QComboBox *m_origin;
    QLabel *m_sourcedByLabel;
    QLabel *m_sourcedBy;
    QLabel *m_referrerLabel;
    UserPicker *m_referrer;
    QLineEdit *m_sources;
    QLineEdit *m_tags;
    QPlainTextEdit *m_note;
    QLabel *m_resumeName;
    QPushButton *m_attachResume;
    QPushButton *m_removeResume;
    QCheckBox *m_parse;
    QListWidget *m_files;
    QPushButton *m_addFile;
    QPushButton *m_removeFile;
    QLabel *m_error;
    QLabel *m_status;
    QPushButton *m_create;
    QPushButton *m_cancel;
    std::optional<api::Attachment> m_resume;
    QList<api::Attachment> m_fileList;
};

} // namespace lever::ui

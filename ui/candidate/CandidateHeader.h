#pragma once

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace lever::models {
class CandidateModel;
class CandidateWrites;
class Session;
} // namespace lever::models

namespace lever::ui {

class ChipRow;
class ContactEditor;
class UserPicker;

// The band at the top of a candidate page: who the person is and how to reach them (emails and
// phones copy on click, emails open mail), links, and the opportunity's stage, owner, followers, tags,
// sources, origin, confidential and archived state. Stage, owner, tags and archive go through the
// board's optimistic actions; contact fields and followers through the page's writes.
class CandidateHeader : public QWidget
{
    Q_OBJECT
public:
    CandidateHeader(models::Session &session, models::CandidateModel &model, models::CandidateWrites &writes,
                    QWidget *parent = nullptr);

    bool isEditing() const;
    bool hasUnsavedEdits() const;
    ContactEditor *contactEditor() const { return m_editor; }

    // Copies to the clipboard and says so in a tooltip-like status.
    void copyToClipboard(const QString &text);

Q_SIGNALS:
    // "Copied ada@example.com", "Could not …": for the page's status line.
    void message(const QString &text);

private:
    void refresh();
    void refreshFromStore();
    void fillContactLines();
    void addTag();
    void changeSource(const QString &source, bool add);
    void startEditing();
    void setFollowers(const QStringList &ids);

    models::Session &m_session;
    models::CandidateModel &m_model;
    models::CandidateWrites &m_writes;
    bool m_updating = false;
    QStackedWidget *m_stack;
    QLabel *m_name;
    QLabel *m_badges;
    QLabel *m_subtitle;
    QWidget *m_reach;
    QLabel *m_links;
    QComboBox *m_stage;
    UserPicker *m_owner;
    ChipRow *m_followers;
    UserPicker *m_addFollower;
    ChipRow *m_tags;
    QLineEdit *m_newTag;
    ChipRow *m_sources;
    QLineEdit *m_newSource;
    QLabel *m_origin;
    QLabel *m_archivedState;
    QComboBox *m_archiveReason;
    QPushButton *m_archive;
    QPushButton *m_unarchive;
    QPushButton *m_edit;
    ContactEditor *m_editor;
};

} // namespace lever::ui

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace lever::models {
class CandidateModel;
class CandidateWrites;
} // namespace lever::models

namespace lever::ui {

class MentionEdit;

// The notes of the opportunity with their threaded comments, and the composer: @mentions, secret,
// score, reply to the selected note. A note that fails to save stays in the composer.
class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    NotesPanel(models::CandidateModel &model, models::CandidateWrites &writes, QWidget *parent = nullptr);

    bool hasUnsentText() const;
    MentionEdit *editor() const { return m_edit; }

private:
    void rebuild();
    void send();
    void setReplyTo(const QString &noteId, const QString &who);

    models::CandidateModel &m_model;
    models::CandidateWrites &m_writes;
    QTreeWidget *m_list;
    MentionEdit *m_edit;
    QCheckBox *m_secret;
    QComboBox *m_score;
    QPushButton *m_reply;
    QLabel *m_replyLabel;
    QPushButton *m_cancelReply;
    QPushButton *m_send;
    QLabel *m_error;
    QString m_replyTo;
};

} // namespace lever::ui

#pragma once

#include <QPlainTextEdit>
#include <functional>

class QAbstractItemModel;
class QCompleter;

namespace lever::ui {

// A note editor that completes `@` followed by part of a user's name or email from the users model,
// and inserts the `@username` mention Lever turns into a notification.
class MentionEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    // `usernameOf(userId)` gives the Lever username to insert.
    MentionEdit(QAbstractItemModel *users, std::function<QString(const QString &)> usernameOf,
                QWidget *parent = nullptr);

    QCompleter *completer() const { return m_completer; }
    // The text after an `@` just before the cursor, or a null string when not in a mention.
    QString mentionPrefix() const;

Q_SIGNALS:
    // Ctrl+Enter: send, as in most chat and mail composers.
    void submitRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void insertMention(const QModelIndex &index);

    QCompleter *m_completer;
    std::function<QString(const QString &)> m_usernameOf;
};

} // namespace lever::ui

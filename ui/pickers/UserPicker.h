#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QCompleter;
class QLineEdit;

namespace lever::ui {

// A searchable picker of one Lever user over a users model (DisplayRole = name, Qt::UserRole = id,
// Qt::UserRole + 1 = email): type part of a name or e-mail and pick from the matches.
class UserPicker : public QWidget
{
    Q_OBJECT
public:
    explicit UserPicker(QAbstractItemModel *users, QWidget *parent = nullptr);

    QString currentUserId() const { return m_userId; }
    // Shows the user's name (the id itself if the model does not know it).
    void setCurrentUserId(const QString &id);
    // Text typed that names no user: the form refuses it rather than guess.
    bool hasUnresolvedText() const;
    QString text() const;
    void setPlaceholderText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }

    // Name of a user id in `users` (empty when unknown).
    static QString userName(const QAbstractItemModel *users, const QString &id);

Q_SIGNALS:
    void userChanged(const QString &id);

private:
    void resolveText();
    void setUserId(const QString &id);

    QPointer<QAbstractItemModel> m_users;
    QLineEdit *m_edit = nullptr;
    QCompleter *m_completer = nullptr;
    QString m_userId;
};

} // namespace lever::ui

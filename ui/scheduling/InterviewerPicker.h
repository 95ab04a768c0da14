#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;

namespace lever::ui {

class UserPicker;

// A searchable picker of several users (an interview's interviewers): a UserPicker to add one more, and
// one removable chip per chosen user, in the order chosen.
class InterviewerPicker : public QWidget
{
    Q_OBJECT
public:
    explicit InterviewerPicker(QAbstractItemModel *users, QWidget *parent = nullptr);

    QStringList userIds() const { return m_ids; }
    void setUserIds(const QStringList &ids);
    void addUser(const QString &id);
    void removeUser(const QString &id);
    // Text typed in the search box that names no user: the form refuses it rather than drop it.
    bool hasUnresolvedText() const;
    UserPicker *picker() const { return m_picker; }

Q_SIGNALS:
    void changed();

private:
    void rebuildChips();

    QPointer<QAbstractItemModel> m_users;
    QStringList m_ids;
    QHBoxLayout *m_chips = nullptr;
    UserPicker *m_picker = nullptr;
};

} // namespace lever::ui

#include "UserPicker.h"

#include <QAbstractItemModel>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lever::ui {

UserPicker::UserPicker(QAbstractItemModel *users, QWidget *parent)
    : QWidget(parent)
    , m_users(users)
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(users, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setObjectName(u"userPickerEdit"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Type a name or e-mail"));
    // Named for screen readers; the form using it gives a closer name with setAccessibleName().
    m_edit->setAccessibleName(tr("User"));
    for (QToolButton *clear : m_edit->findChildren<QToolButton *>()) {
        clear->setAccessibleName(tr("Clear"));
        clear->setToolTip(tr("Clear"));
    }
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(Qt::DisplayRole);
    m_edit->setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                setUserId(index.data(Qt::UserRole).toString());
                m_edit->setText(index.data(Qt::DisplayRole).toString());
            });
    connect(m_edit, &QLineEdit::editingFinished, this, &UserPicker::resolveText);
    // A user set before the users were loaded shows as a raw id until then: show the name once known.
    if (users) {
        auto showName = [this] {
            if (m_userId.isEmpty() || m_edit->text() != m_userId)
                return;
            const QString name = userName(m_users, m_userId);
            if (!name.isEmpty())
                m_edit->setText(name);
        };
        connect(users, &QAbstractItemModel::modelReset, this, showName);
        connect(users, &QAbstractItemModel::rowsInserted, this, showName);
        connect(users, &QAbstractItemModel::dataChanged, this, showName);
    }
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.isEmpty())
            setUserId(QString());
        else
            resolveText();
    });
}

QString UserPicker::userName(const QAbstractItemModel *users, const QString &id)
{
    if (!users || id.isEmpty())
        return {};
    for (int row = 0; row < users->rowCount(); ++row) {
        const QModelIndex index = users->index(row, 0);
        if (index.data(Qt::UserRole).toString() == id)
            return index.data(Qt::DisplayRole).toString();
    }
    return {};
}

void UserPicker::setCurrentUserId(const QString &id)
{
    const QString name = userName(m_users, id);
    m_edit->setText(name.isEmpty() ? id : name);
    setUserId(id);
}

QString UserPicker::text() const
{
    return m_edit->text();
}

void UserPicker::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

bool UserPicker::hasUnresolvedText() const
{
    return !m_edit->text().trimmed().isEmpty() && m_userId.isEmpty();
}

void UserPicker::resolveText()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || !m_users) {
        setUserId(QString());
        return;
    }
    // An exact name or e-mail (any case) picks the user; anything else stays unresolved.
    for (int row = 0; row < m_users->rowCount(); ++row) {
        const QModelIndex index = m_users->index(row, 0);
        if (index.data(Qt::DisplayRole).toString().compare(text, Qt::CaseInsensitive) == 0 ||
            index.data(Qt::UserRole + 1).toString().compare(text, Qt::CaseInsensitive) == 0) {
            setUserId(index.data(Qt::UserRole).toString());
            return;
        }
    }
    // The id itself (a user the model does not list) stays as it was.
    if (text == m_userId)
        return;
    setUserId(QString());
}

void UserPicker::setUserId(const QString &id)
{
    if (id == m_userId)
        return;
    m_userId = id;
    Q_EMIT userChanged(id);
}

} // namespace lever::ui

#include "candidate/MentionEdit.h"

#include "UsersModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace lever::ui {

MentionEdit::MentionEdit(QAbstractItemModel *users, std::function<QString(const QString &)> usernameOf,
                         QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(users, this))
    , m_usernameOf(std::move(usernameOf))
{
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(Qt::DisplayRole); // the users model has no EditRole
    m_completer->popup()->setObjectName(u"mentionPopup"_s);
    m_completer->popup()->setAccessibleName(tr("People to mention"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &MentionEdit::insertMention);
}

QString MentionEdit::mentionPrefix() const
{
    const QString text = toPlainText();
    const int cursor = textCursor().position();
    int at = cursor - 1;
    while (at >= 0 && !text.at(at).isSpace() && text.at(at) != u'@')
        --at;
    if (at < 0 || text.at(at) != u'@')
        return QString();
    // "ada@example.com" is an address, not a mention.
    if (at > 0 && !text.at(at - 1).isSpace())
        return QString();
    const QString prefix = text.mid(at + 1, cursor - at - 1);
    return prefix.isNull() ? u""_s : prefix; // empty (just "@"), but not null: in a mention
}

void MentionEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes these
            return;
        default:
            break;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers().testFlag(Qt::ControlModifier)) {
        Q_EMIT submitRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString prefix = mentionPrefix();
    if (prefix.isNull()) {
        m_completer->popup()->hide();
        return;
    }
    if (prefix != m_completer->completionPrefix()) {
        m_completer->setCompletionPrefix(prefix);
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void MentionEdit::insertMention(const QModelIndex &index)
{
    const QString userId = index.data(models::UsersModel::IdRole).toString();
    QString username = m_usernameOf ? m_usernameOf(userId) : QString();
    if (username.isEmpty()) {
        // Lever's usernames follow the email's local part; used until the directory is read.
        const QString email = index.data(models::UsersModel::EmailRole).toString();
        username = email.section(u'@', 0, 0);
    }
    if (username.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    const QString prefix = mentionPrefix();
    if (prefix.isNull())
        return;
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(prefix.size()) + 1);
    cursor.insertText(u'@' + username + u' ');
    setTextCursor(cursor);
    m_completer->popup()->hide();
}

} // namespace lever::ui

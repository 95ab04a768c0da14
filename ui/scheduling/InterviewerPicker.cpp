#include "InterviewerPicker.h"

#include "pickers/UserPicker.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lever::ui {

InterviewerPicker::InterviewerPicker(QAbstractItemModel *users, QWidget *parent)
    : QWidget(parent)
    , m_users(users)
    , m_picker(new UserPicker(users, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    layout->addLayout(m_chips);
    layout->addWidget(m_picker, 1);
    m_picker->setObjectName(u"interviewerSearch"_s);
    m_picker->setPlaceholderText(tr("Add an interviewer: type a name or e-mail"));
    m_picker->lineEdit()->setAccessibleName(tr("Add an interviewer"));
    m_picker->setMinimumWidth(160);
    setFocusProxy(m_picker);
    connect(m_picker, &UserPicker::userChanged, this, [this](const QString &id) {
        if (id.isEmpty())
            return;
        addUser(id);
        // The completer writes the name into the box after this signal: clear it once it has.
        QTimer::singleShot(0, this, [this] { m_picker->setCurrentUserId(QString()); });
    });
}

void InterviewerPicker::setUserIds(const QStringList &ids)
{
    QStringList unique;
    for (const QString &id : ids) {
        if (!id.isEmpty() && !unique.contains(id))
            unique.append(id);
    }
    if (unique == m_ids)
        return;
    m_ids = unique;
    rebuildChips();
    Q_EMIT changed();
}

void InterviewerPicker::addUser(const QString &id)
{
    if (id.isEmpty() || m_ids.contains(id))
        return;
    m_ids.append(id);
    rebuildChips();
    Q_EMIT changed();
}

void InterviewerPicker::removeUser(const QString &id)
{
    if (!m_ids.removeOne(id))
        return;
    rebuildChips();
    m_picker->setFocus();
    Q_EMIT changed();
}

bool InterviewerPicker::hasUnresolvedText() const
{
    return m_picker->hasUnresolvedText();
}

void InterviewerPicker::rebuildChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // A chip may be removing itself from its own clicked(): detach now, delete later.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    for (const QString &id : std::as_const(m_ids)) {
        QString name = UserPicker::userName(m_users, id);
        if (name.isEmpty())
            name = id;
        auto *chip = new QToolButton(this);
        chip->setObjectName(u"interviewerChip"_s);
        chip->setProperty("userId", id);
        chip->setText(QString(name + u"  \u2715"_s));
        chip->setToolTip(tr("Remove %1").arg(name));
        chip->setAccessibleName(tr("Remove interviewer %1").arg(name));
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, this, [this, id] { removeUser(id); });
        m_chips->addWidget(chip);
    }
}

} // namespace lever::ui

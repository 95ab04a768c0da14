#pragma once

// Small constructors for the sign-in pages: every control gets its objectName (tests find it by that)
// and an accessible name.
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lever::ui::form {

inline QLabel *wrapped(const QString &text, QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

inline QPushButton *button(const QString &text, QWidget *parent, const QString &objectName)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(QString(text).remove(u'&'));
    return b;
}

inline QLineEdit *edit(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setAccessibleName(accessibleName);
    return e;
}

} // namespace lever::ui::form

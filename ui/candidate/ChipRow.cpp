#include "candidate/ChipRow.h"

#include "candidate/FlowLayout.h"

#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lever::ui {

ChipRow::ChipRow(const QString &objectNamePrefix, QWidget *parent)
    : QWidget(parent)
    , m_prefix(objectNamePrefix)
    , m_layout(new FlowLayout(this))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChipRow::setTrailingWidget(QWidget *widget)
{
    m_trailing = widget;
    widget->setParent(this);
    m_layout->addWidget(widget);
}

void ChipRow::setChips(const QStringList &keys, const QStringList &labels)
{
    if (keys == m_keys) {
        // Labels may have resolved later (user names): update text only.
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (auto *b = findChild<QToolButton *>(m_prefix + keys.at(i)))
                b->setText(labels.value(i) + u"  ×"_s);
        }
        return;
    }
    m_keys = keys;
    for (int i = m_layout->count() - 1; i >= 0; --i) {
        if (m_layout->itemAt(i)->widget() == m_trailing)
            continue;
        QLayoutItem *item = m_layout->takeAt(i);
        delete item->widget();
        delete item;
    }
    // The trailing widget goes back to the end after the new chips.
    if (m_trailing)
        delete m_layout->takeAt(m_layout->indexOf(m_trailing)); // the item, not the widget
    if (keys.isEmpty()) {
        auto *none = new QLabel(tr("None"), this);
        none->setForegroundRole(QPalette::PlaceholderText); // not disabled: a disabled label is unreadable in
                                                            // high-contrast themes
        m_layout->addWidget(none);
        if (m_trailing)
            m_layout->addWidget(m_trailing);
        return;
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString key = keys.at(i);
        auto *chip = new QToolButton(this);
        chip->setObjectName(m_prefix + key);
        chip->setText(labels.value(i) + u"  ×"_s);
        chip->setAutoRaise(false);
        chip->setToolTip(tr("Remove %1").arg(labels.value(i)));
        chip->setAccessibleName(tr("Remove %1").arg(labels.value(i)));
        connect(chip, &QToolButton::clicked, this, [this, key] { Q_EMIT removeRequested(key); });
        m_layout->addWidget(chip);
    }
    if (m_trailing)
        m_layout->addWidget(m_trailing);
}

} // namespace lever::ui

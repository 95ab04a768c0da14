#include "candidate/ChipRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lever::ui {

ChipRow::ChipRow(const QString &objectNamePrefix, QWidget *parent)
    : QWidget(parent)
    , m_prefix(objectNamePrefix)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch();
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
    while (m_layout->count() > 1) {
        QLayoutItem *item = m_layout->takeAt(0);
        delete item->widget();
        delete item;
    }
    if (keys.isEmpty()) {
        auto *none = new QLabel(tr("None"), this);
        none->setEnabled(false);
        m_layout->insertWidget(0, none);
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
        m_layout->insertWidget(int(i), chip);
    }
}

} // namespace lever::ui

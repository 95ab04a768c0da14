#include "offline/PendingChangesDialog.h"

#include "offline/Outbox.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

PendingChangesDialog::PendingChangesDialog(models::Outbox &outbox, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
{
    setObjectName(u"pendingChangesDialog"_s);
    setWindowTitle(tr("Pending Changes"));
    auto *intro = new QLabel(tr("These changes were made while Lever could not be reached. They are sent in "
                                "this order once Lever answers again; if someone changed a candidate in "
                                "Lever meanwhile, you are asked first."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"pendingChangesList"_s);
    m_list->setAccessibleName(tr("Changes waiting to be sent"));
    m_list->setMinimumSize(420, 220);
    m_cancel = new QPushButton(tr("Cancel Change"), this);
    m_cancel->setObjectName(u"pendingChangesCancel"_s);
    m_cancel->setAccessibleName(tr("Cancel the selected change"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &PendingChangesDialog::cancelSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_cancel->setEnabled(row >= 0); });
    connect(&outbox, &models::Outbox::changed, this, &PendingChangesDialog::reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    reload();
}

void PendingChangesDialog::reload()
{
    const qint64 selected =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    const QLocale locale;
    for (const models::Outbox::Entry &entry : m_outbox.entries()) {
        const QString when =
            locale.toString(QDateTime::fromMSecsSinceEpoch(entry.createdAt), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(tr("%1 — made %2").arg(m_outbox.describe(entry), when), m_list);
        item->setData(Qt::UserRole, entry.seq);
        if (entry.seq == selected)
            m_list->setCurrentItem(item);
    }
    if (m_list->count() == 0)
        new QListWidgetItem(tr("Nothing is waiting: every change reached Lever."), m_list);
    m_cancel->setEnabled(m_list->currentItem() && m_list->currentItem()->data(Qt::UserRole).isValid());
}

void PendingChangesDialog::cancelSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    m_outbox.cancel(item->data(Qt::UserRole).toLongLong());
}

} // namespace lever::ui

#include "ArchiveLane.h"

#include "BoardColumn.h"
#include "BoardColumnView.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

ArchiveLane::ArchiveLane(QWidget *parent)
    : QFrame(parent)
    , m_toggle(new QToolButton(this))
    , m_title(new QLabel(tr("Archive"), this))
    , m_count(new QLabel(this))
    , m_hint(new QLabel(tr("Drop cards here to archive them"), this))
    , m_columnsBox(new QWidget(this))
    , m_columnsLayout(new QHBoxLayout(m_columnsBox))
{
    setObjectName(u"archiveLane"_s);
    setAccessibleName(tr("Archive lane"));
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_toggle->setObjectName(u"archiveToggle"_s);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_count->setObjectName(u"archiveCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(8);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 8, 6, 4);
    header->addWidget(m_title);
    header->addWidget(m_count);
    header->addStretch(1);
    header->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_columnsBox, 1);
    connect(m_toggle, &QToolButton::toggled, this, &ArchiveLane::setExpanded);
    m_expanded = true; // so the call below lays out the collapsed state
    setExpanded(false);
}

void ArchiveLane::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    {
        QSignalBlocker block(m_toggle);
        m_toggle->setChecked(expanded);
    }
    m_toggle->setText(expanded ? tr("Collapse ◂") : tr("Show ▸"));
    m_toggle->setAccessibleName(expanded ? tr("Collapse the Archive lane") : tr("Expand the Archive lane"));
    m_toggle->setToolTip(m_toggle->accessibleName());
    m_columnsBox->setVisible(expanded);
    m_hint->setVisible(!expanded);
    if (expanded) {
        setMinimumWidth(0);
        setMaximumWidth(QWIDGETSIZE_MAX);
    } else {
        setFixedWidth(220);
    }
    Q_EMIT expandedChanged(expanded);
}

void ArchiveLane::setColumns(const QList<BoardColumn *> &columns)
{
    qDeleteAll(m_columns);
    m_columns = columns;
    for (BoardColumn *c : columns) {
        c->setParent(m_columnsBox);
        m_columnsLayout->addWidget(c);
        c->show();
    }
}

void ArchiveLane::setCounts(int shown, int total, bool archivedLoaded)
{
    const QLocale locale;
    // Collapsed, the lane's cards are not searched: it shows how many there are.
    QString text = shown == total || !m_expanded
                       ? locale.toString(total)
                       : tr("%1 / %2").arg(locale.toString(shown), locale.toString(total));
    if (!archivedLoaded)
        text += tr(" · not loaded");
    m_count->setText(text);
    m_count->setAccessibleName(tr("Archived cards: %1").arg(text));
}

void ArchiveLane::setHover(bool hover)
{
    setBackgroundRole(hover ? QPalette::Midlight : QPalette::Window);
}

void ArchiveLane::dragEnterEvent(QDragEnterEvent *event)
{
    if (BoardColumnView::idsFrom(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    setHover(true);
}

void ArchiveLane::dragMoveEvent(QDragMoveEvent *event)
{
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void ArchiveLane::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHover(false);
    event->accept();
}

void ArchiveLane::dropEvent(QDropEvent *event)
{
    setHover(false);
    const QStringList ids = BoardColumnView::idsFrom(event->mimeData());
    if (ids.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    Q_EMIT cardsDropped(ids);
}

} // namespace lever::ui

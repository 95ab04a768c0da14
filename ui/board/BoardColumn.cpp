#include "BoardColumn.h"

#include "BoardColumnView.h"
#include "ColumnModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

BoardColumn::BoardColumn(models::ColumnModel *column, QWidget *parent)
    : QFrame(parent)
    , m_column(column)
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_sort(new QToolButton(this))
    , m_view(new BoardColumnView(column, this))
{
    setObjectName(u"boardColumn_"_s + column->key());
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_view->setObjectName(u"columnView_"_s + column->key());

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setObjectName(u"columnCount"_s);
    m_sort->setObjectName(u"columnSort"_s);
    m_sort->setText(u"⋯"_s);
    m_sort->setAutoRaise(true);
    m_sort->setPopupMode(QToolButton::InstantPopup);
    m_sort->setStyleSheet(u"QToolButton::menu-indicator { image: none; width: 0; }"_s);
    m_sort->setToolTip(tr("Sort cards"));
    m_sort->setAccessibleName(tr("Sort cards in %1").arg(column->title()));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 8, 4, 4);
    header->setSpacing(6);
    header->addWidget(m_title, 1);
    header->addWidget(m_count);
    header->addWidget(m_sort);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 2);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    setFixedWidth(m_view->width() + 8);

    connect(column, &models::ColumnModel::countChanged, this, &BoardColumn::updateHeader);
    connect(column, &QAbstractItemModel::modelReset, this, &BoardColumn::updateHeader);
    updateHeader();
}

QString BoardColumn::countText() const
{
    const QLocale locale;
    if (m_column->count() == m_column->totalCount())
        return locale.toString(m_column->count());
    return tr("%1 / %2").arg(locale.toString(m_column->count()), locale.toString(m_column->totalCount()));
}

void BoardColumn::updateHeader()
{
    const QString title = m_column->title();
    m_count->setText(countText());
    // The title takes what the count and the sort button leave of the fixed column width.
    const int room = width() - m_count->sizeHint().width() - m_sort->sizeHint().width() - 36;
    m_title->setText(m_title->fontMetrics().elidedText(title, Qt::ElideRight, qMax(60, room)));
    m_title->setToolTip(title);
    const QString accessible =
        m_column->count() == m_column->totalCount()
            ? (m_column->count() == 1 ? tr("%1, 1 card").arg(title)
                                      : tr("%1, %2 cards").arg(title).arg(m_column->count()))
            : tr("%1, %2 of %3 cards shown").arg(title).arg(m_column->count()).arg(m_column->totalCount());
    m_view->setAccessibleName(accessible);
    m_count->setAccessibleName(accessible);
    m_title->setAccessibleName(title);
}

} // namespace lever::ui

#include "BoardColumnView.h"

#include "CardDelegate.h"
#include "CardPixmapCache.h"
#include "ColumnModel.h"
#include "ColumnScrollBar.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QPainter>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lever::ui {

BoardColumnView::BoardColumnView(models::ColumnModel *column, QWidget *parent)
    : QListView(parent)
    , m_column(column)
    , m_delegate(new CardDelegate(this))
{
    setModel(column);
    setItemDelegate(m_delegate);
    setUniformItemSizes(true); // the list never asks 100,000 rows for their size
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    new ColumnScrollBar(verticalScrollBar());
    setMouseTracking(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(false);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    setFixedWidth(CardDelegate::cardSize(font()).width() + 16);
    CardPixmapCache::instance().addUser();
}

BoardColumnView::~BoardColumnView()
{
    CardPixmapCache::instance().removeUser();
}

void BoardColumnView::warmCache()
{
    const QRect area = viewport()->rect();
    const QModelIndex top = indexAt(area.topLeft());
    if (!top.isValid())
        return;
    for (int row = top.row(); row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        const QRect rect = visualRect(index);
        if (!rect.intersects(area))
            break;
        QStyleOptionViewItem option = cardOption(index);
        option.rect = rect;
        m_delegate->warm(option, index, viewport()->devicePixelRatio(), viewport()->logicalDpiY());
    }
}

QStyleOptionViewItem BoardColumnView::cardOption(const QModelIndex &index) const
{
    // As QListView::paintEvent() prepares it for this row (not hovered).
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    if (selectionModel()->isSelected(index))
        option.state |= QStyle::State_Selected;
    option.palette.setCurrentColorGroup(QPalette::Normal);
    if ((hasFocus() || viewport()->hasFocus()) && currentIndex() == index)
        option.state |= QStyle::State_HasFocus;
    option.state &= ~QStyle::State_MouseOver;
    return option;
}

QImage BoardColumnView::renderCard(int row) const
{
    // The option QListView::paintEvent() gives the delegate for this row.
    const QModelIndex index = model()->index(row, 0);
    QStyleOptionViewItem option = cardOption(index);
    option.rect = QRect(QPoint(0, 0), option.rect.size());
    const qreal ratio = devicePixelRatio();
    QImage image(option.rect.size() * ratio, QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(parentWidget()->palette().color(parentWidget()->backgroundRole()));
    QPainter painter(&image);
    m_delegate->paintUncached(&painter, option, index);
    return image;
}

QStringList BoardColumnView::selectedIds() const
{
    QModelIndexList rows = selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex &i : std::as_const(rows))
        ids.append(m_column->idAt(i.row()));
    return ids;
}

QMimeData *BoardColumnView::mimeDataFor(const QStringList &ids)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType),
                  QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
    mime->setText(ids.join(u'\n'));
    return mime;
}

QStringList BoardColumnView::idsFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(kMimeType)))
        return {};
    QStringList ids;
    const QJsonArray array = QJsonDocument::fromJson(mime->data(QString::fromLatin1(kMimeType))).array();
    for (const QJsonValue &v : array)
        ids.append(v.toString());
    ids.removeAll(QString());
    return ids;
}

void BoardColumnView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressIndex = indexAt(m_pressPos);
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier));
    m_pressOnSelected = plain && event->button() == Qt::LeftButton && m_pressIndex.isValid() &&
                        selectionModel()->isSelected(m_pressIndex);
    if (plain)
        Q_EMIT plainPress();
    if (m_pressOnSelected) {
        // Keep a multi-selection so the press can become a drag of all of it; a release without a
        // drag selects just this card (as file managers do).
        selectionModel()->setCurrentIndex(m_pressIndex, QItemSelectionModel::NoUpdate);
        return;
    }
    QListView::mousePressEvent(event);
}

void BoardColumnView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && m_pressIndex.isValid() &&
        (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_pressIndex = QPersistentModelIndex();
        m_pressOnSelected = false;
        startDrag(Qt::MoveAction);
        return;
    }
    if (m_pressIndex.isValid() && (event->buttons() & Qt::LeftButton))
        return; // below the drag distance: neither drag nor rubber band yet
    QListView::mouseMoveEvent(event);
}

void BoardColumnView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressOnSelected && m_pressIndex.isValid()) {
        selectionModel()->select(m_pressIndex,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_pressOnSelected = false;
        m_pressIndex = QPersistentModelIndex();
        return;
    }
    m_pressIndex = QPersistentModelIndex();
    QListView::mouseReleaseEvent(event);
}

void BoardColumnView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The press before it may have kept a selection (see mousePressEvent), so the base class would
    // not know the pressed card: say it here.
    const QModelIndex index = indexAt(event->position().toPoint());
    m_pressIndex = QPersistentModelIndex();
    m_pressOnSelected = false;
    if (!index.isValid() || event->button() != Qt::LeftButton) {
        QListView::mouseDoubleClickEvent(event);
        return;
    }
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    Q_EMIT doubleClicked(index);
}

void BoardColumnView::startDrag(Qt::DropActions)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeDataFor(ids));
    // A picture of the first card, with the count when there are more.
    const QModelIndex first = m_column->index(m_column->rowOf(ids.first()));
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QSize size = CardDelegate::cardSize(font());
    option.rect = QRect(QPoint(0, 0), size);
    option.state |= QStyle::State_Selected;
    QPixmap pixmap(size * devicePixelRatioF());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setOpacity(0.9);
        // Uncached: drawn translucent on a transparent picture, unlike the cards in the column.
        m_delegate->paintUncached(&painter, option, first);
        if (ids.size() > 1) {
            const QString count = QString::number(ids.size());
            const QRect badge(size.width() - 34, 0, 30, 22);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette().color(QPalette::Highlight));
            painter.drawRoundedRect(badge, 11, 11);
            painter.setPen(palette().color(QPalette::HighlightedText));
            painter.drawText(badge, Qt::AlignCenter, count);
        }
    }
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(24, 16));
    drag->exec(Qt::MoveAction, Qt::MoveAction);
}

bool BoardColumnView::acceptable(const QMimeData *mime) const
{
    const QStringList ids = idsFrom(mime);
    if (ids.isEmpty())
        return false;
    // Cards already in this column have nowhere to go.
    for (const QString &id : ids) {
        if (m_column->rowOf(id) < 0)
            return true;
    }
    return false;
}

void BoardColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptable(event->mimeData())) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        m_dropHover = true;
        viewport()->update();
    } else {
        event->ignore();
    }
}

void BoardColumnView::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptable(event->mimeData())) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void BoardColumnView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropHover = false;
    viewport()->update();
    event->accept();
}

void BoardColumnView::dropEvent(QDropEvent *event)
{
    m_dropHover = false;
    viewport()->update();
    QStringList ids = idsFrom(event->mimeData());
    ids.erase(std::remove_if(ids.begin(), ids.end(),
                             [this](const QString &id) { return m_column->rowOf(id) >= 0; }),
              ids.end());
    if (ids.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    Q_EMIT cardsDropped(ids);
}

void BoardColumnView::changeEvent(QEvent *event)
{
    // The cache's key holds what a card shows, except the words tr() gives it.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        CardPixmapCache::instance().clear();
    QListView::changeEvent(event);
}

void BoardColumnView::paintEvent(QPaintEvent *event)
{
    // The first paint shows the cards as they are drawn; their pictures are made just after.
    const bool first = !m_painted;
    if (first)
        m_delegate->setCachingDeferred(true);
    QListView::paintEvent(event);
    if (first) {
        m_delegate->setCachingDeferred(false);
        m_painted = true;
        QTimer::singleShot(0, this, &BoardColumnView::warmCache);
    }
    QPainter p(viewport());
    if (m_dropHover) {
        p.setRenderHint(QPainter::Antialiasing);
        QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(viewport()->rect()).adjusted(2, 2, -2, -2), 8, 8);
    }
    if (m_column->rowCount() == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(8, 24, -8, -8),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   m_column->totalCount() > 0 ? tr("No cards match the filter") : tr("No cards"));
    }
}

} // namespace lever::ui

#include "ColumnScrollBar.h"

#include "CardPixmapCache.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionSlider>

namespace lever::ui {

ColumnScrollBar::ColumnScrollBar(QScrollBar *bar)
    : QObject(bar)
    , m_bar(bar)
{
    bar->installEventFilter(this);
}

bool ColumnScrollBar::eventFilter(QObject *, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        m_pressed = true; // an arrow stays pressed while the mouse is held outside the bar
        break;
    case QEvent::MouseButtonRelease:
        m_pressed = false;
        break;
    case QEvent::Paint:
        return paint();
    default:
        break;
    }
    return false;
}

bool ColumnScrollBar::paint()
{
    // QScrollBar::paintEvent() also draws a pressed or hovered part, which it alone knows: leave those
    // to it (the mouse is on the bar or pressed then, and the bar is the only thing repainting).
    const QColor backdrop = CardPixmapCache::backdropOf(m_bar);
    const qreal ratio = m_bar->devicePixelRatio();
    QStyle *style = m_bar->style();
    if (m_bar->underMouse() || m_pressed || m_bar->isSliderDown() || !backdrop.isValid() ||
        ratio != qRound(ratio) || style->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, m_bar)) {
        m_picture = QPixmap();
        return false;
    }
    // What QScrollBar::initStyleOption() gives a bar that is not transient, with nothing active.
    QStyleOptionSlider option;
    option.initFrom(m_bar);
    option.subControls = QStyle::SC_All;
    option.activeSubControls = QStyle::SC_None;
    option.orientation = m_bar->orientation();
    option.minimum = m_bar->minimum();
    option.maximum = m_bar->maximum();
    option.sliderPosition = m_bar->sliderPosition();
    option.sliderValue = m_bar->value();
    option.singleStep = m_bar->singleStep();
    option.pageStep = m_bar->pageStep();
    option.upsideDown = m_bar->invertedAppearance();
    if (option.orientation == Qt::Horizontal)
        option.state |= QStyle::State_Horizontal;
    const Look look{m_bar->size(),
                    option.minimum,
                    option.maximum,
                    option.pageStep,
                    option.singleStep,
                    option.sliderPosition,
                    option.sliderValue,
                    int(option.state),
                    int(option.orientation),
                    int(option.direction),
                    option.upsideDown,
                    qint64(option.palette.cacheKey()),
                    ratio,
                    backdrop,
                    style};
    if (m_picture.isNull() || !(look == m_look)) {
        if (m_picture.size() != m_bar->size() * ratio) // a scroll step draws over the same picture
            m_picture = QPixmap(m_bar->size() * ratio);
        m_picture.setDevicePixelRatio(ratio);
        m_picture.fill(backdrop);
        QPainter painter(&m_picture);
        style->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, m_bar);
        m_look = look;
    }
    QPainter painter(m_bar);
    painter.drawPixmap(0, 0, m_picture);
    return true;
}

} // namespace lever::ui

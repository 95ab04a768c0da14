#pragma once

#include <QColor>
#include <QObject>
#include <QPixmap>

class QScrollBar;
class QStyle;

namespace lever::ui {

// Keeps the picture of a board column's scroll bar from its last paint. A whole-board repaint (the
// board scrolled sideways during a drag, a window exposed) redraws every column's bar unchanged, and
// the style's gradients were a third of such a repaint. The picture is reused only while everything the
// style draws from is the same; pressed or hovered, the bar paints as QScrollBar does. An event filter
// on the view's own bar rather than a replacement bar: QAbstractItemView stays connected to its bar.
class ColumnScrollBar : public QObject
{
public:
    explicit ColumnScrollBar(QScrollBar *bar);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool paint(); // false: leave the paint to QScrollBar

    struct Look
    {
        QSize size;
        int minimum = 0, maximum = 0, pageStep = 0, singleStep = 0, position = 0, value = 0;
        int state = 0, orientation = 0, direction = 0;
        bool upsideDown = false;
        qint64 palette = 0;
        qreal pixelRatio = 1;
        QColor backdrop;
        const QStyle *style = nullptr;
        bool operator==(const Look &) const = default;
    };
    QScrollBar *m_bar;
    Look m_look;
    QPixmap m_picture;
    bool m_pressed = false;
};

} // namespace lever::ui

#pragma once

#include <QColor>
#include <QHash>
#include <QPixmap>
#include <QRect>
#include <functional>

class QPainter;

namespace lever::ui {

// The antialiased shapes of a card (its frame, tag chips, the owner badge, the marks and the interview
// dot), each drawn once per size and colours over the solid colour it sits on, then blitted: filling
// curved paths is a third of the cost of drawing a card. Blitted at whole device pixels over that same
// colour, a stamp gives exactly the pixels drawing the shape in place would.
class CardStamps
{
public:
    enum class Shape { Frame, FocusFrame, Chip, Mark, Badge, Ring, Dot, HollowDot };
    struct Key
    {
        Shape shape = Shape::Frame;
        QSize size;
        QRgb fill = 0, pen = 0, background = 0;
        int pixelRatio = 1;
        bool operator==(const Key &) const = default;
    };

    // Paints what `draw` paints in `rect` (in the painter's coordinates; antialiasing may spill up to
    // `margin` pixels beyond it) from a stamp made over `key.background`, which must be the colour
    // everywhere under `rect` grown by `margin`.
    static void draw(QPainter *painter, const QRect &rect, int margin, const Key &key,
                     const std::function<void(QPainter *)> &draw);
    static void clear();

private:
    static QHash<Key, QPixmap> &stamps();
};

size_t qHash(const CardStamps::Key &key, size_t seed = 0) noexcept;

} // namespace lever::ui

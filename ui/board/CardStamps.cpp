#include "CardStamps.h"

#include <QHashFunctions>
#include <QPainter>

namespace lever::ui {

namespace {
// Sizes and colours in use stay few (a frame per state and palette, a chip per tag width): when they
// grow past this (palettes switched back and forth), start over.
constexpr qsizetype kMaxStamps = 512;
} // namespace

QHash<CardStamps::Key, QPixmap> &CardStamps::stamps()
{
    static QHash<Key, QPixmap> all;
    return all;
}

void CardStamps::clear()
{
    stamps().clear();
}

void CardStamps::draw(QPainter *p, const QRect &rect, int margin, const Key &key,
                      const std::function<void(QPainter *)> &draw)
{
    const QRect area = rect.adjusted(-margin, -margin, margin, margin);
    QHash<Key, QPixmap> &all = stamps();
    auto it = all.constFind(key);
    if (it == all.constEnd()) {
        if (all.size() >= kMaxStamps)
            all.clear();
        QPixmap stamp(area.size() * key.pixelRatio);
        stamp.setDevicePixelRatio(key.pixelRatio);
        stamp.fill(QColor::fromRgba(key.background));
        QPainter painter(&stamp);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.translate(-area.topLeft());
        draw(&painter);
        painter.end();
        it = all.insert(key, stamp);
    }
    p->drawPixmap(area.topLeft(), *it);
}

size_t qHash(const CardStamps::Key &key, size_t seed) noexcept
{
    return qHashMulti(seed, int(key.shape), key.size.width(), key.size.height(), key.fill, key.pen,
                      key.background, key.pixelRatio);
}

} // namespace lever::ui

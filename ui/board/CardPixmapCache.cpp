#include "CardPixmapCache.h"

#include "CardStamps.h"

#include <QHashFunctions>
#include <QWidget>

namespace lever::ui {

namespace {
// 8 MB: about 55 cards at a pixel ratio of 1, what a 1600x1000 board shows; a bigger window (or a
// higher pixel ratio) reserves more (CardDelegate).
constexpr qsizetype kFloorKB = 8 * 1024;
} // namespace

CardPixmapCache::CardPixmapCache()
    : m_cache(kFloorKB)
{}

QColor CardPixmapCache::backdropOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->testAttribute(Qt::WA_StyleSheet))
            return {}; // a style sheet may paint a background the palette does not know
        if (w->autoFillBackground() || w->isWindow()) {
            const QBrush brush = w->palette().brush(w->backgroundRole());
            return brush.style() == Qt::SolidPattern && brush.color().alpha() == 255 ? brush.color()
                                                                                     : QColor();
        }
    }
    return {};
}

CardPixmapCache &CardPixmapCache::instance()
{
    static CardPixmapCache cache;
    return cache;
}

const QPixmap *CardPixmapCache::find(const Key &key)
{
    const QPixmap *pixmap = m_cache.object(key);
    ++(pixmap ? m_hits : m_misses);
    return pixmap;
}

void CardPixmapCache::insert(const Key &key, const QPixmap &pixmap)
{
    const qsizetype kb = qMax<qsizetype>(1, qsizetype(pixmap.width()) * pixmap.height() * 4 / 1024);
    m_cache.insert(key, new QPixmap(pixmap), kb);
}

void CardPixmapCache::clear()
{
    m_cache.clear();
}

void CardPixmapCache::reserveFor(qsizetype bytes)
{
    const qsizetype kb = qMax(kFloorKB, bytes / 1024);
    if (kb > m_cache.maxCost())
        m_cache.setMaxCost(kb);
}

void CardPixmapCache::removeUser()
{
    if (--m_users <= 0) {
        m_users = 0;
        m_cache.clear();
        m_cache.setMaxCost(kFloorKB);
        CardStamps::clear();
    }
}

size_t qHash(const CardPixmapCache::Key &key, size_t seed) noexcept
{
    QtPrivate::QHashCombine hash;
    seed = hash(seed, key.content);
    seed = hash(seed, key.look.base);
    seed = hash(seed, key.look.highlight);
    seed = hash(seed, key.look.backdrop);
    seed = hash(seed, key.look.size.height());
    seed = hash(seed, key.look.pixelRatio);
    return hash(seed, key.look.state);
}

} // namespace lever::ui

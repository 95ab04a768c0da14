#pragma once

#include "CardContent.h"

#include <QCache>
#include <QColor>
#include <QPixmap>
#include <QRgb>
#include <QSize>

class QWidget;

namespace lever::ui {

// The board's rendered cards: a bounded, least-recently-used cache of card pictures shared by every
// column, so a repaint, a scroll step or a keystroke blits pictures instead of laying out text.
//
// Why it never shows stale content: a picture is found by everything it was drawn from (the card's
// content as the model gives it now, its state, the colours, font, size and pixel ratio), read again
// on every paint. A changed card simply has another key; nothing has to remember to invalidate it.
// Only the language (tr()) is not in the key: the views clear the cache when it changes.
class CardPixmapCache
{
public:
    // How a card is drawn, besides its content.
    struct Look
    {
        QRgb base = 0, highlight = 0, text = 0, backdrop = 0;
        QSize size;
        int pixelRatio = 1;
        int state = 0; // selected, focused, hovered
        int dpi = 0;   // the device's logical DPI: what a font's points come to in pixels
        QString font;  // QFont::key()
        bool operator==(const Look &) const = default;
    };
    struct Key
    {
        CardContent content;
        Look look;
        bool operator==(const Key &) const = default;
    };

    static CardPixmapCache &instance();
    // The solid colour a widget is painted on: the fill of its first ancestor (or itself) that paints its
    // background. A picture drawn opaque over it blends antialiased edges and text exactly as painting in
    // place does. Invalid when that fill is not one solid colour: then pictures are not used.
    static QColor backdropOf(const QWidget *widget);

    const QPixmap *find(const Key &key);
    void insert(const Key &key, const QPixmap &pixmap);
    void clear();
    // Keeps at least `bytes` of pictures (the delegate asks for twice its window's pixels: the cards on
    // screen and their hover and selection variants); never less than a floor, never shrinks while in use.
    void reserveFor(qsizetype bytes);

    qsizetype bytes() const { return m_cache.totalCost() * 1024; }
    qsizetype limit() const { return m_cache.maxCost() * 1024; }
    int count() const { return int(m_cache.count()); }
    quint64 hits() const { return m_hits; }
    quint64 misses() const { return m_misses; }

    // Column views in use: the last one to go empties the cache (signed out, the board closed).
    void addUser() { ++m_users; }
    void removeUser();

private:
    CardPixmapCache();

    QCache<Key, QPixmap> m_cache; // cost in KB
    quint64 m_hits = 0;
    quint64 m_misses = 0;
    int m_users = 0;
};

size_t qHash(const CardPixmapCache::Key &key, size_t seed = 0) noexcept;

} // namespace lever::ui

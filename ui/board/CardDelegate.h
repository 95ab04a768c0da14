#pragma once

#include "CardPixmapCache.h"

#include <QFontMetrics>
#include <QStyledItemDelegate>
#include <optional>

namespace lever::ui {

// Paints one pipeline card (name, headline, posting, owner badge, tag chips, origin/source, days in
// stage, next interview, other-opportunities and pending-write marks) at one fixed size, so the
// column lists can use uniform item sizes over 100,000 cards. A card is drawn once into a picture
// and blitted from CardPixmapCache afterwards, for as long as nothing it shows has changed.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // Paints the card straight onto `painter`, never from the cache: drag pictures (drawn translucent
    // on a transparent background), and what tests compare the screen with.
    void paintUncached(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // While deferred, a card without a picture is painted in place, and its picture is left for warm():
    // a view's first paint shows sooner (making ~40 pictures costs a few ms of allocation and blits).
    void setCachingDeferred(bool deferred) { m_deferCaching = deferred; }
    // Makes the picture of the card as `option` describes it (at this pixel ratio and logical DPI), if
    // there is none yet.
    void warm(const QStyleOptionViewItem &option, const QModelIndex &index, qreal pixelRatio, int dpi) const;

    // The card's size for a font: every card has it (uniform item sizes).
    static QSize cardSize(const QFont &font);
    // The owner badge's colour, stable per user and readable with white initials.
    static QColor badgeColor(const QString &ownerId);

private:
    struct Fonts
    {
        QFont base, bold, small;
        QFontMetrics fm, bfm, sfm;
        QString key; // base.key(), for the cache
    };
    const Fonts &fontsFor(const QFont &font) const;
    // The key of the card's picture; none when it cannot be blitted 1:1 (see CardPixmapCache).
    std::optional<CardPixmapCache::Key> keyFor(const QStyleOptionViewItem &option, const CardContent &card,
                                               qreal pixelRatio, int dpi) const;
    // Draws the picture and keeps it; a null pixmap when pictures do not fit this device.
    QPixmap render(const QStyleOptionViewItem &option, const CardPixmapCache::Key &key) const;
    // With a valid `backdrop` (the colour under the card), curved shapes are stamped (CardStamps).
    void paintCard(QPainter *painter, const QStyleOptionViewItem &option, const CardContent &card,
                   const QColor &backdrop = QColor(), int pixelRatio = 1) const;
    mutable std::optional<Fonts> m_fonts;
    bool m_deferCaching = false;
};

} // namespace lever::ui

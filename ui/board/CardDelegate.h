#pragma once

#include <QFontMetrics>
#include <QStyledItemDelegate>
#include <optional>

namespace lever::ui {

// Paints one pipeline card (name, headline, posting, owner badge, tag chips, origin/source, days in
// stage, next interview, other-opportunities and pending-write marks) at one fixed size, so the
// column lists can use uniform item sizes over 100,000 cards.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The card's size for a font: every card has it (uniform item sizes).
    static QSize cardSize(const QFont &font);
    // The owner badge's colour, stable per user and readable with white initials.
    static QColor badgeColor(const QString &ownerId);

private:
    struct Fonts
    {
        QFont base, bold, small;
        QFontMetrics fm, bfm, sfm;
    };
    const Fonts &fontsFor(const QFont &font) const;
    mutable std::optional<Fonts> m_fonts;
};

} // namespace lever::ui

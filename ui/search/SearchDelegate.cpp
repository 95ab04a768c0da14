#include "SearchDelegate.h"

#include "search/SearchModel.h"

#include <QApplication>
#include <QPainter>

namespace lever::ui {

namespace {
using RowKind = models::SearchModel::RowKind;
constexpr int kPadX = 12;
constexpr int kPadY = 5;

RowKind kindOf(const QModelIndex &index)
{
    return RowKind(index.data(models::SearchModel::RowKindRole).toInt());
}

// Secondary text: the text colour pulled towards the background, still well readable (not the
// placeholder colour, which is too faint in several styles).
QColor dimmed(const QColor &text, const QColor &base)
{
    return QColor::fromRgbF(text.redF() * 0.68f + base.redF() * 0.32f,
                            text.greenF() * 0.68f + base.greenF() * 0.32f,
                            text.blueF() * 0.68f + base.blueF() * 0.32f);
}
} // namespace

QSize SearchDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const int line = fm.height();
    switch (kindOf(index)) {
    case RowKind::Header:
        return {200, line + 2 * kPadY + (index.row() > 0 ? 6 : 0)};
    case RowKind::Item:
        if (!index.data(models::SearchModel::DetailRole).toString().isEmpty())
            return {200, 2 * line + 2 * kPadY + 2};
        return {200, line + 2 * kPadY + 4};
    case RowKind::More:
    case RowKind::Note:
        return {200, line + 2 * kPadY + 2};
    }
    return {200, line + 2 * kPadY};
}

void SearchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    painter->save();
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor back = selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base);
    if (selected)
        painter->fillRect(option.rect, back);
    QRect r = option.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    const QFontMetrics fm(option.font);
    const QString title = index.data(Qt::DisplayRole).toString();

    switch (kindOf(index)) {
    case RowKind::Header: {
        if (index.row() > 0) {
            painter->setPen(pal.color(QPalette::Mid));
            painter->drawLine(option.rect.left() + kPadX / 2, option.rect.top() + 2,
                              option.rect.right() - kPadX / 2, option.rect.top() + 2);
            r.adjust(0, 6, 0, 0);
        }
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(dimmed(text, back));
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(title, Qt::ElideRight, r.width()));
        break;
    }
    case RowKind::More:
        painter->setPen(selected ? text : pal.color(QPalette::Link));
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(title, Qt::ElideRight, r.width()));
        break;
    case RowKind::Note: {
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(dimmed(text, back));
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(italic).elidedText(title, Qt::ElideRight, r.width()));
        break;
    }
    case RowKind::Item: {
        const QString detail = index.data(models::SearchModel::DetailRole).toString();
        const QString shortcut = index.data(models::SearchModel::ShortcutRole).toString();
        if (!shortcut.isEmpty()) {
            const int w = fm.horizontalAdvance(shortcut);
            painter->setPen(dimmed(text, back));
            painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, shortcut);
            r.setRight(r.right() - w - 16);
        }
        painter->setPen(text);
        if (detail.isEmpty()) {
            painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(title, Qt::ElideRight, r.width()));
            break;
        }
        const QRect top(r.left(), r.top(), r.width(), fm.height());
        const QRect bottom(r.left(), r.top() + fm.height() + 2, r.width(), fm.height());
        painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(title, Qt::ElideRight, r.width()));
        painter->setPen(dimmed(text, back));
        painter->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(detail, Qt::ElideRight, r.width()));
        break;
    }
    }
    painter->restore();
}

} // namespace lever::ui

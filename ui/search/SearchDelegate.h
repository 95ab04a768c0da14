#pragma once

#include <QStyledItemDelegate>

namespace lever::ui {

// Draws SearchModel rows: group headers bold with a rule above, entries as a title over a dimmer
// detail line ("Archived · Timing · Senior Engineer at Globex"), commands on one line with their
// shortcut at the right, "N more…" in the link colour.
class SearchDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lever::ui

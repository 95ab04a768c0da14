#pragma once

#include <QListView>
#include <QPoint>
#include <QStringList>

class QMimeData;

namespace lever::models {
class ColumnModel;
}

namespace lever::ui {

class CardDelegate;

// One board column's card list: a virtualized QListView over a ColumnModel that starts drags of the
// selected cards (the mime data carries their ids) and takes drops from other columns, which it
// hands on as cardsDropped(); the board decides what a drop means.
class BoardColumnView : public QListView
{
    Q_OBJECT
public:
    static constexpr auto kMimeType = "application/x-lever-opportunity-ids";

    explicit BoardColumnView(models::ColumnModel *column, QWidget *parent = nullptr);
    ~BoardColumnView() override;

    models::ColumnModel *column() const { return m_column; }
    // The ids of the selected cards, in row order.
    QStringList selectedIds() const;
    // What a drag of these cards carries (what startDrag() sends; tests build drops with it).
    static QMimeData *mimeDataFor(const QStringList &ids);
    static QStringList idsFrom(const QMimeData *mime);
    // A fresh paint of the card at `row` as this view shows it (selection and focus; not hover), over
    // the column's background, bypassing the card cache: what tests compare the screen with.
    QImage renderCard(int row) const;

Q_SIGNALS:
    void cardsDropped(const QStringList &ids);
    // A press without Ctrl/Shift: other columns drop their selection.
    void plainPress();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool acceptable(const QMimeData *mime) const;
    QStyleOptionViewItem cardOption(const QModelIndex &index) const;
    // Makes the pictures of the cards on screen (after the first paint drew them in place).
    void warmCache();

    models::ColumnModel *m_column;
    CardDelegate *m_delegate;
    QPoint m_pressPos;
    QPersistentModelIndex m_pressIndex;
    bool m_pressOnSelected = false; // a plain press on a selected card keeps the selection for a drag
    bool m_dropHover = false;
    bool m_painted = false;
};

} // namespace lever::ui

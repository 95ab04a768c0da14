#pragma once

#include <QFrame>
#include <QStringList>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace lever::ui {

class BoardColumn;

// The board's Archive lane: collapsed by default (most of an account is archived), a narrow drop
// target showing the archived count; expanded, one column per archive reason. A drop anywhere on
// the lane outside a reason column comes out as cardsDropped() (the board asks for the reason).
class ArchiveLane : public QFrame
{
    Q_OBJECT
public:
    explicit ArchiveLane(QWidget *parent = nullptr);

    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    QToolButton *toggleButton() const { return m_toggle; }
    // Takes the reason columns (owned by the lane from now on); the old ones are deleted.
    void setColumns(const QList<BoardColumn *> &columns);
    QList<BoardColumn *> columns() const { return m_columns; }
    void setCounts(int shown, int total, bool archivedLoaded);

Q_SIGNALS:
    void expandedChanged(bool expanded);
    void cardsDropped(const QStringList &ids);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setHover(bool hover);

    bool m_expanded = false;
    QToolButton *m_toggle;
    QLabel *m_title;
    QLabel *m_count;
    QLabel *m_hint;
    QWidget *m_columnsBox;
    QHBoxLayout *m_columnsLayout;
    QList<BoardColumn *> m_columns;
};

} // namespace lever::ui

#pragma once

#include <QFrame>
#include <QStringList>
#include <functional>

class QLabel;

namespace lever::ui {

class BoardCommands;

// The selection toolbar: "3 cards selected" and the bulk actions (move, archive, unarchive, add or
// remove a tag, change owner) on whatever `selection` returns when a button is pressed.
class SelectionBar : public QFrame
{
    Q_OBJECT
public:
    SelectionBar(BoardCommands *commands, std::function<QStringList()> selection, QWidget *parent = nullptr);

    // Shown for more than one selected card (one card has its own menu and keys).
    void setSelectedCount(int count);

Q_SIGNALS:
    void clearRequested();

private:
    QLabel *m_text;
};

} // namespace lever::ui

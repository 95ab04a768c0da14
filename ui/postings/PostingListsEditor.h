#pragma once

#include "types/Posting.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace lever::ui {

class RichTextEdit;

// The "lists" part of a posting: titled bullet lists (e.g. "Requirements") that can be added, removed,
// reordered and edited (a title and one bullet per paragraph).
class PostingListsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PostingListsEditor(QWidget *parent = nullptr);

    QList<api::Posting::ContentList> lists() const { return m_lists; }
    void setLists(const QList<api::Posting::ContentList> &lists);
    int currentIndex() const;
    void setCurrentIndex(int index);

    // The same actions as the buttons.
    void addList();
    void removeCurrent();
    void moveCurrent(int delta);

Q_SIGNALS:
    void changed();

private:
    void refreshTitles();
    void showCurrent();
    void updateButtons();

    QList<api::Posting::ContentList> m_lists;
    QListWidget *m_titles = nullptr;
    QLineEdit *m_title = nullptr;
    RichTextEdit *m_items = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    bool m_showing = false;
};

} // namespace lever::ui

#pragma once

#include "search/SearchHit.h"

#include <QFrame>

class QLineEdit;
class QListView;

namespace lever::models {
class SearchModel;
}

namespace lever::ui {

// The Ctrl+K popup: a field over the grouped results of a SearchModel, centred near the top of the
// window. The focus stays in the field; Up/Down (and Page Up/Down) move across the results, skipping
// group headers; Enter opens the result, runs the command or shows more of a group; Esc closes.
class SearchPalette : public QFrame
{
    Q_OBJECT
public:
    // `window` is where it is centred (and its parent).
    SearchPalette(models::SearchModel *model, QWidget *window);

    // Shows it over the window with an empty field, focused.
    void popup();
    QLineEdit *field() const { return m_field; }
    QListView *list() const { return m_list; }
    int currentRow() const;
    // What Enter does on `row`.
    void activateRow(int row);

Q_SIGNALS:
    // An entry was chosen (the palette is closed by then).
    void chosen(const lever::models::SearchHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onResults();
    void selectRow(int row);
    void step(int delta);
    void fitToContents();

    models::SearchModel *m_model;
    QLineEdit *m_field;
    QListView *m_list;
    QString m_shownQuery; // the query the selection was last chosen for
    models::SearchHit m_selected;
};

} // namespace lever::ui

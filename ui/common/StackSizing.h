#pragma once

class QStackedWidget;

namespace lever::ui {

// A QStackedWidget takes the largest minimum size of all its pages, so one wide hidden page keeps a
// window wider than the screen. These make only the current page count: the others get the Ignored
// size policy. keepSizedToCurrentPage() applies it now and after every page change;
// applyCurrentPageSizing() applies it once (e.g. after adding a page).
void keepSizedToCurrentPage(QStackedWidget *stack);
void applyCurrentPageSizing(QStackedWidget *stack);

} // namespace lever::ui

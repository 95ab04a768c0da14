#include "StackSizing.h"

#include <QStackedWidget>

namespace lever::ui {

void applyCurrentPageSizing(QStackedWidget *stack)
{
    for (int i = 0; i < stack->count(); ++i) {
        const QSizePolicy::Policy p = i == stack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        stack->widget(i)->setSizePolicy(p, p);
    }
    stack->updateGeometry();
}

void keepSizedToCurrentPage(QStackedWidget *stack)
{
    QObject::connect(stack, &QStackedWidget::currentChanged, stack,
                     [stack] { applyCurrentPageSizing(stack); });
    applyCurrentPageSizing(stack);
}

} // namespace lever::ui

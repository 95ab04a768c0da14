#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace lever::ui {

// The message-box seam: asks the user to confirm something with a window-modal box shown by open() (no
// nested event loop); tests install an answerer instead, and see what was asked.
class Confirm
{
public:
    struct Question
    {
        QString title;
        QString text;
        QString acceptText; // the label of the button that confirms, e.g. "Remove"
    };
    using Answerer = std::function<bool(const Question &)>;

    // Calls `done(true)` when confirmed, `done(false)` otherwise, always later; `parent` also acts as the
    // context: nothing is called once it is gone.
    static void ask(QWidget *parent, const Question &question, std::function<void(bool)> done);
    // Tests: answer every question with `answerer` instead of showing a box; an empty one restores boxes.
    static void setAnswererForTesting(Answerer answerer);
    // Shows a plain information or error box (window-modal, open()); with an answerer, just records it.
    static void inform(QWidget *parent, const QString &title, const QString &text, bool isError = false);
    static QList<Question> &informedForTesting();
};

} // namespace lever::ui

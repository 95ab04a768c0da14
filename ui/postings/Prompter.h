#pragma once

#include <QMessageBox>
#include <functional>

namespace lever::ui {

// The seam through which the posting and requisition pages ask the user something: the default shows a
// window-modal QMessageBox with open() (no nested event loop); tests install one that answers in code.
class Prompter
{
public:
    virtual ~Prompter() = default;
    // Asks `text` with `buttons`; `done` gets the button chosen (Cancel/Escape when the box is closed).
    virtual void ask(QWidget *parent, const QString &title, const QString &text,
                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                     std::function<void(QMessageBox::StandardButton)> done);
};

} // namespace lever::ui

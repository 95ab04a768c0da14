#include "Prompter.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace lever::ui {

void Prompter::ask(QWidget *parent, const QString &title, const QString &text,
                   QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                   std::function<void(QMessageBox::StandardButton)> done)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setObjectName(u"prompterBox"_s);
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box, [box, done](int) {
        QAbstractButton *clicked = box->clickedButton();
        done(clicked ? box->standardButton(clicked) : QMessageBox::Cancel);
    });
    box->open();
}

} // namespace lever::ui

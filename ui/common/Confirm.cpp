#include "Confirm.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace lever::ui {

namespace {
Confirm::Answerer &answerer()
{
    static Confirm::Answerer instance;
    return instance;
}
} // namespace

void Confirm::setAnswererForTesting(Answerer a)
{
    answerer() = std::move(a);
}

QList<Confirm::Question> &Confirm::informedForTesting()
{
    static QList<Question> list;
    return list;
}

void Confirm::ask(QWidget *parent, const Question &question, std::function<void(bool)> done)
{
    QPointer<QWidget> guard(parent);
    if (answerer()) {
        const bool yes = answerer()(question);
        QTimer::singleShot(0, parent, [done, yes] { done(yes); });
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, question.title, question.text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *accept = box->addButton(question.acceptText, QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("confirmAccept"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("confirmCancel"));
    box->setDefaultButton(cancel);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, done, guard] {
        const bool yes = box->clickedButton() == accept;
        if (guard)
            done(yes);
    });
    box->open();
}

void Confirm::inform(QWidget *parent, const QString &title, const QString &text, bool isError)
{
    if (answerer()) {
        informedForTesting().append({title, text, {}});
        return;
    }
    auto *box = new QMessageBox(isError ? QMessageBox::Warning : QMessageBox::Information, title, text,
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("informBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace lever::ui

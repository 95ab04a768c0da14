#include "KeychainPage.h"

#include "FormWidgets.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

KeychainPage::KeychainPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"signInKeychainPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title =
        form::wrapped(u"<b>"_s + tr("The system keychain did not answer.").toHtmlEscaped() + u"</b>"_s, this,
                      u"signInKeychainTitle"_s);
    title->setTextFormat(Qt::RichText);
    layout->addWidget(title);
    m_message = form::wrapped(QString(), this, u"signInKeychainMessage"_s);
    m_message->setAccessibleName(tr("What is wrong with the keychain"));
    layout->addWidget(m_message);
    layout->addWidget(
        form::wrapped(tr("Lever Console never writes secrets to a file. You can try again once the "
                         "keychain runs, or sign in for this session only: the sign-in is kept in "
                         "memory and forgotten when Lever Console quits."),
                      this, u"signInKeychainNote"_s));
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    auto *back = form::button(tr("&Back"), this, u"signInKeychainBack"_s);
    connect(back, &QPushButton::clicked, this, &KeychainPage::backRequested);
    auto *retry = form::button(tr("&Try Again"), this, u"signInKeychainRetry"_s);
    connect(retry, &QPushButton::clicked, this, &KeychainPage::retryRequested);
    auto *session = form::button(tr("Sign In for This &Session Only"), this, u"signInSessionOnly"_s);
    session->setDefault(true);
    connect(session, &QPushButton::clicked, this, &KeychainPage::sessionOnlyRequested);
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(retry);
    buttons->addWidget(session);
    layout->addLayout(buttons);
}

void KeychainPage::setMessage(const QString &message)
{
    m_message->setText(message);
}

} // namespace lever::ui

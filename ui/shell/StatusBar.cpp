#include "StatusBar.h"

#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lever::ui {

StatusBar::StatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    setObjectName(u"statusBar"_s);
    setSizeGripEnabled(false);

    m_error = new QLabel(this);
    m_error->setObjectName(u"statusError"_s);
    m_error->setAccessibleName(tr("Last error"));
    m_error->setStyleSheet(u"QLabel { color: palette(bright-text); background: #b3261e; padding: 1px 6px;"
                           " border-radius: 3px; }"_s);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(u"statusDismissError"_s);
    m_dismiss->setAccessibleName(tr("Dismiss the error"));
    m_dismiss->setToolTip(tr("Dismiss the error"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_dismiss->hide();
    connect(m_dismiss, &QToolButton::clicked, this, &StatusBar::clearError);

    m_background = new QLabel(this);
    m_background->setObjectName(u"statusBackground"_s);
    m_background->setAccessibleName(tr("Background work"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"statusBusy"_s);
    m_busy->setAccessibleName(tr("Background work in progress"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->hide();

    m_waiting = new QLabel(tr("Waiting for Lever…"), this);
    m_waiting->setObjectName(u"statusWaiting"_s);
    m_waiting->setAccessibleName(tr("Your changes are waiting for an answer"));
    m_waiting->setToolTip(tr("Your last action is waiting for an answer from Lever."));
    m_waiting->hide();

    m_account = new QLabel(this);
    m_account->setObjectName(u"statusAccount"_s);
    m_account->setAccessibleName(tr("Signed-in account"));
    m_account->setContentsMargins(4, 0, 8, 0);
    m_demo = new QLabel(tr("Demo"), this);
    m_demo->setObjectName(u"statusDemoBadge"_s);
    m_demo->setAccessibleName(tr("Demo data"));
    m_demo->setToolTip(tr("You are working on the built-in demo sandbox: nothing here reaches Lever."));
    m_demo->setStyleSheet(u"QLabel { color: white; background: #7b5ea7; font-weight: bold; padding: 1px 6px;"
                          " border-radius: 3px; }"_s);
    m_demo->hide();

    addWidget(m_error);
    addWidget(m_dismiss);
    addWidget(m_busy);
    addWidget(m_background, 1);
    addPermanentWidget(m_waiting);
    addPermanentWidget(m_demo);
    addPermanentWidget(m_account);
}

QString StatusBar::backgroundStatus() const
{
    return m_background->text();
}

bool StatusBar::isInteractiveWaiting() const
{
    return !m_waiting->isHidden();
}

QString StatusBar::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString StatusBar::accountText() const
{
    return m_account->text();
}

bool StatusBar::isDemoBadgeVisible() const
{
    return !m_demo->isHidden();
}

void StatusBar::setBackgroundStatus(const QString &text)
{
    m_background->setText(text);
    if (text.isEmpty())
        m_busy->hide();
}

void StatusBar::setBackgroundBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void StatusBar::setInteractiveWaiting(bool waiting)
{
    m_waiting->setVisible(waiting);
}

void StatusBar::showError(const QString &text, const QString &details)
{
    if (text.isEmpty()) {
        clearError();
        return;
    }
    m_error->setText(text);
    m_error->setToolTip(details.isEmpty() ? text : details);
    m_error->show();
    m_dismiss->show();
}

void StatusBar::clearError()
{
    m_error->clear();
    m_error->setToolTip({});
    m_error->hide();
    m_dismiss->hide();
}

void StatusBar::setAccount(const QString &accountName, const QString &environmentText, bool demo)
{
    if (accountName.isEmpty())
        m_account->setText(tr("Not signed in"));
    else if (demo)
        m_account->setText(accountName); // the badge says the rest
    else
        m_account->setText(tr("%1 · %2").arg(accountName, environmentText));
    m_demo->setVisible(demo);
}

} // namespace lever::ui

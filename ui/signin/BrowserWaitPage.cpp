#include "BrowserWaitPage.h"

#include "FormWidgets.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

BrowserWaitPage::BrowserWaitPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"signInWaitingPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        form::wrapped(tr("Waiting for the browser… Sign in to Lever there and allow Lever Console "
                         "access; this window continues by itself."),
                      this, u"signInWaitingText"_s));
    auto *busy = new QProgressBar(this);
    busy->setObjectName(u"signInWaitingBusy"_s);
    busy->setAccessibleName(tr("Waiting for the browser"));
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    layout->addWidget(busy);
    m_note = form::wrapped(QString(), this, u"signInBrowserNote"_s);
    layout->addWidget(m_note);
    auto *row = new QHBoxLayout;
    m_url = form::edit(this, u"signInAuthorizeUrl"_s, tr("Sign-in address"));
    m_url->setReadOnly(true);
    auto *copy = form::button(tr("&Copy"), this, u"signInCopyUrl"_s);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_url->text());
        m_url->selectAll();
    });
    row->addWidget(m_url, 1);
    row->addWidget(copy);
    layout->addLayout(row);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = form::button(tr("Cancel"), this, u"signInWaitCancel"_s);
    connect(cancel, &QPushButton::clicked, this, &BrowserWaitPage::cancelRequested);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);
    reset();
}

void BrowserWaitPage::setAuthorizeUrl(const QUrl &url)
{
    m_url->setText(url.toString(QUrl::FullyEncoded));
    m_url->setCursorPosition(0);
}

void BrowserWaitPage::reset()
{
    m_url->clear();
    m_note->setText(tr("If no browser opened, copy this address into one:"));
}

void BrowserWaitPage::setBrowserFailed()
{
    m_note->setText(tr("No browser could be opened. Copy this address into a browser to continue:"));
}

} // namespace lever::ui

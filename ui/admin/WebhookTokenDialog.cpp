#include "WebhookTokenDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

WebhookTokenDialog::WebhookTokenDialog(const QString &url, const QString &token, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"webhookTokenDialog"_s);
    setWindowTitle(tr("Webhook Signature Token"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("The webhook for %1 is created. Lever signs every event it sends there with "
                      "this token: give it to the receiving service so it can check the signatures.")
                       .arg(url));
    intro->setTextFormat(Qt::PlainText); // the URL is data, never markup
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *warning =
        new QLabel(tr("<b>Copy it now: it will not be shown again.</b> Lever does not return it "
                      "later, and the console does not keep it. If it is lost, delete the webhook "
                      "and create a new one."));
    warning->setObjectName(u"webhookTokenWarning"_s);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto *row = new QHBoxLayout;
    m_token = new QLineEdit(token);
    m_token->setObjectName(u"webhookToken"_s);
    m_token->setAccessibleName(tr("Signature token"));
    m_token->setReadOnly(true);
    m_token->setMinimumWidth(m_token->fontMetrics().horizontalAdvance(token) + 24);
    m_copy = new QPushButton(tr("&Copy"));
    m_copy->setObjectName(u"webhookTokenCopy"_s);
    m_copy->setAccessibleName(tr("Copy signature token"));
    row->addWidget(m_token, 1);
    row->addWidget(m_copy);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"webhookTokenClose"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_token->text());
        m_copy->setText(tr("Copied"));
    });
}

WebhookTokenDialog::~WebhookTokenDialog()
{
    wipe();
}

QString WebhookTokenDialog::shownToken() const
{
    return m_token->text();
}

void WebhookTokenDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

void WebhookTokenDialog::wipe()
{
    m_token->clear(); // setText()/clear() also drop the field's undo history
}

} // namespace lever::ui

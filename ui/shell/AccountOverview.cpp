#include "AccountOverview.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using lever::auth::Account;

namespace lever::ui {

AccountOverview::AccountOverview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"accountOverview"_s);
    setAccessibleName(tr("Account overview"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    m_title = new QLabel(this);
    m_title->setObjectName(u"overviewTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    outer->addWidget(m_title);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    m_actingUser = addRow(form, tr("Acting user:"), u"overviewActingUser"_s);
    m_environment = addRow(form, tr("Environment:"), u"overviewEnvironment"_s);
    m_baseUrl = addRow(form, tr("API address:"), u"overviewBaseUrl"_s);
    m_method = addRow(form, tr("Signed in with:"), u"overviewAuthMethod"_s);
    m_connection = addRow(form, tr("Connection:"), u"overviewConnection"_s);
    m_keychain = addRow(form, tr("Secrets:"), u"overviewKeychain"_s);
    outer->addLayout(form);
    m_signIn = new QPushButton(tr("Sign In…"), this);
    m_signIn->setObjectName(u"overviewSignIn"_s);
    m_signIn->setAccessibleName(tr("Sign in"));
    connect(m_signIn, &QPushButton::clicked, this, &AccountOverview::signInRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(m_signIn);
    row->addStretch(1);
    outer->addSpacing(12);
    outer->addLayout(row);
    outer->addStretch(1);
    setInfo({});
}

QLabel *AccountOverview::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setAccessibleName(QString(label).remove(u':'));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

QString AccountOverview::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void AccountOverview::setInfo(const Info &info)
{
    m_info = info;
    const Account &a = info.account;
    if (!info.signedIn) {
        m_title->setText(a.name.isEmpty() ? tr("Not signed in") : tr("%1 — not signed in").arg(a.name));
    } else {
        m_title->setText(a.name);
    }
    const QString none = tr("—");
    if (!a.actingUserId.isEmpty()) {
        m_actingUser->setText(a.actingUserName.isEmpty()
                                  ? a.actingUserId
                                  : tr("%1 (%2)").arg(a.actingUserName, a.actingUserId));
    } else {
        m_actingUser->setText(
            a.name.isEmpty() ? none : tr("None chosen: changes cannot be made on anyone's behalf"));
    }
    m_environment->setText(a.name.isEmpty() ? none : environmentText(a.environment));
    m_baseUrl->setText(a.name.isEmpty() ? none : a.apiBaseUrl().toDisplayString());
    m_method->setText(a.name.isEmpty() ? none : authMethodText(a.authMethod));
    m_connection->setText(info.connection.isEmpty() ? none : info.connection);
    m_keychain->setText(info.keychain.isEmpty() ? none : info.keychain);
    m_signIn->setVisible(!info.signedIn);
}

QString AccountOverview::environmentText(Account::Environment environment)
{
    switch (environment) {
    case Account::Environment::Production:
        return tr("Lever");
    case Account::Environment::LeverSandbox:
        return tr("Lever sandbox");
    case Account::Environment::Demo:
        return tr("Demo (built-in sandbox)");
    case Account::Environment::Custom:
        return tr("Custom server");
    }
    return {};
}

QString AccountOverview::authMethodText(Account::AuthMethod method)
{
    return method == Account::AuthMethod::OAuth ? tr("OAuth (browser sign-in)") : tr("API key");
}

} // namespace lever::ui

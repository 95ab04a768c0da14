#pragma once

#include "Account.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace lever::ui {

// The page the main window shows before any view is added (and from View › Account overview): who is
// signed in, where, how, and whether the connection and the keychain work.
class AccountOverview : public QWidget
{
    Q_OBJECT
public:
    struct Info
    {
        auth::Account account;
        bool signedIn = false;
        bool sessionOnly = false; // secrets kept in memory only
        QString connection;       // e.g. "Connected", "Connecting…", or the last error
        QString keychain;         // e.g. "Secrets are in the system keychain", or why not
    };

    explicit AccountOverview(QWidget *parent = nullptr);

    void setInfo(const Info &info);
    const Info &info() const { return m_info; }
    QString fieldText(const QString &objectName) const; // tests read the shown values

    static QString environmentText(auth::Account::Environment environment);
    static QString authMethodText(auth::Account::AuthMethod method);

Q_SIGNALS:
    // "Sign In…" on a page that shows no signed-in account.
    void signInRequested();

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);

    Info m_info;
    QLabel *m_title = nullptr;
    QLabel *m_actingUser = nullptr;
    QLabel *m_environment = nullptr;
    QLabel *m_baseUrl = nullptr;
    QLabel *m_method = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_keychain = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace lever::ui

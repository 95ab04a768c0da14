#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lever::sandbox {

// The HTML a browser sees at /authorize: the consent form (which demo user signs in, which scopes the
// client asks for, Approve or Deny) and the error page shown when redirecting back would be unsafe.
class ConsentPage
{
    Q_DECLARE_TR_FUNCTIONS(ConsentPage)
public:
    struct Content
    {
        QString requestId; // one-time id of the pending authorization, the form's only secret
        QString clientName;
        QString redirectOrigin; // where the browser goes next, shown to the user
        QStringList scopes;
        QList<QJsonObject> users; // active users, the first one preselected
    };

    static QByteArray render(const Content &content);
    static QByteArray error(const QString &title, const QString &detail);
    // A human description of a scope, e.g. "View opportunities" for opportunities:read:admin.
    static QString describeScope(const QString &scope);

private:
    static QByteArray document(const QString &title, const QString &body);
};

} // namespace lever::sandbox

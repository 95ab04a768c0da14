#pragma once

#include "Principal.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace lever::sandbox {

// One decoded HTTP request as route handlers see it.
class Request
{
public:
    QByteArray method;                       // upper case, e.g. "GET"
    QString path;                            // decoded, without the /v1 prefix for API routes
    QStringList segments;                    // path segments, each decoded on its own ("%2F" stays data)
    QList<QPair<QString, QString>> query;    // fully decoded, in order, repeats kept
    QByteArray rawQuery;                     // as sent, still percent-encoded ('+' and "%2B" differ)
    QHash<QByteArray, QByteArray> headers;   // lower-case names
    QByteArray body;
    QHash<QString, QString> params;          // captured path parameters (":id" -> value)
    Principal principal;
    qint64 now = 0;                          // epoch ms when the request arrived
    int injectedFailure = 0;                 // status forced by fault injection, 0: none

    QString param(const QString &name) const { return params.value(name); }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QByteArray contentType() const;

    // Query access; `name` also matches `name[]` (the users filter uses that form).
    bool hasQuery(const QString &name) const;
    QString queryValue(const QString &name) const;
    // All values of a repeated parameter; `splitCommas` also splits `a,b` (expand and include use it,
    // while tags and locations may contain commas).
    QStringList queryValues(const QString &name, bool splitCommas = false) const;

    // `name=<epoch ms>`: nullopt when absent; throws 400 unless a non-negative integer.
    std::optional<qint64> epochMsQuery(const QString &name) const;
    // `name=true|false`: nullopt when absent; throws 400 otherwise.
    std::optional<bool> boolQuery(const QString &name) const;

    // Parses the body as a JSON object; throws SandboxError 400 when it is not one.
    QJsonObject jsonBody() const;
    // The acting user: perform_as when given (must exist), else the credential's user.
    QString actingUser() const { return m_actingUser; }
    void setActingUser(const QString &id) { m_actingUser = id; }

private:
    QString m_actingUser;
};

} // namespace lever::sandbox

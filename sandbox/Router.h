#pragma once

#include "Request.h"
#include "Response.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace lever::sandbox {

// Method + path-pattern dispatch with per-route OAuth scopes; answers 404 and 405 itself.
class Router
{
public:
    using Handler = std::function<Response(Request &)>;

    // `pattern` like "/opportunities/:id/stage"; `scope` is checked before the handler runs
    // (empty: no scope needed).
    void add(const QByteArray &method, const QString &pattern, const QString &scope, Handler handler);

    // Resolves and runs the route; throws SandboxError for 404/405/403.
    Response dispatch(Request &request) const;

    qsizetype routeCount() const { return m_routes.size(); }

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        QString scope;
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, QHash<QString, QString> *params);

    QList<Route> m_routes;
};

} // namespace lever::sandbox

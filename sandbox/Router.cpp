#include "Router.h"

#include "SandboxError.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

void Router::add(const QByteArray &method, const QString &pattern, const QString &scope, Handler handler)
{
    m_routes.append({method, pattern.split(u'/', Qt::SkipEmptyParts), scope, std::move(handler)});
}

bool Router::matches(const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (want.startsWith(u':'))
            captured.insert(want.mid(1), segments.at(i));
        else if (want != segments.at(i))
            return false;
    }
    if (params)
        *params = std::move(captured);
    return true;
}

Response Router::dispatch(Request &request) const
{
    const QStringList segments =
        request.segments.isEmpty() ? request.path.split(u'/', Qt::SkipEmptyParts) : request.segments;
    bool pathKnown = false;
    // Literal segments win over captures ("/opportunities/deleted" before "/opportunities/:id").
    const Route *best = nullptr;
    int bestLiterals = -1;
    QHash<QString, QString> bestParams;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route, segments, &params))
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        const int literals = int(route.segments.size() - params.size());
        if (literals > bestLiterals) {
            best = &route;
            bestLiterals = literals;
            bestParams = std::move(params);
        }
    }
    if (!best) {
        if (pathKnown)
            throw SandboxError(405, u"MethodNotAllowed"_s,
                               QString::fromLatin1(request.method) + u" is not allowed on "_s + request.path);
        throw SandboxError(404, u"ResourceNotFound"_s, u"No route for "_s + request.path);
    }
    if (!best->scope.isEmpty() && request.principal.kind != Principal::Kind::Admin &&
        !request.principal.hasScope(best->scope))
        throw SandboxError(403, u"ForbiddenError"_s, u"This credential lacks the scope "_s + best->scope);
    request.params = std::move(bestParams);
    return best->handler(request);
}

} // namespace lever::sandbox

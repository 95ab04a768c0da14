#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lever::sandbox {

class Request;
struct SandboxContext;

// `expand` (ids replaced by the objects they name) and `include` (only the listed fields) for one
// request; looked-up objects are cached for the whole page.
class Expander
{
public:
    // Throws 400 when `expand` names a field the resource cannot expand.
    Expander(SandboxContext &ctx, const Request &request, const QStringList &expandable);

    bool isIdentity() const { return m_expand.isEmpty() && m_include.isEmpty(); }
    QJsonObject opportunity(QJsonObject opp);
    QJsonObject posting(QJsonObject posting);

private:
    QJsonValue user(const QJsonValue &id);
    QJsonValue lookup(const QString &kind, const QJsonValue &id);
    QJsonObject applyInclude(const QJsonObject &object) const;

    SandboxContext &m_ctx;
    QSet<QString> m_expand;
    QSet<QString> m_include;
    QHash<QString, QJsonValue> m_cache;
};

} // namespace lever::sandbox

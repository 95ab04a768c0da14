#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lever::sandbox {

class Request;
struct SandboxContext;

// POST /opportunities: validates the body, deduplicates the person by `contact` or email, and writes the
// opportunity, its contact and (with a posting) its application, adding the posting's auto-tags.
class OpportunityFactory
{
public:
    struct Result
    {
        QJsonObject opportunity;
        bool deduped = false; // attached to an existing contact
    };
    static Result create(SandboxContext &ctx, const Request &request);

    // The application a user adds by hand (type "user"), in the GET .../applications/{id} shape.
    static QJsonObject application(const QString &id, const QJsonObject &opp, const QJsonObject &posting,
                                   const QString &userId, qint64 createdAt);
    // What Lever tags an opportunity with when it is applied to a posting: title, department, team,
    // location and commitment.
    static QStringList postingTags(const QJsonObject &posting);
};

} // namespace lever::sandbox

#pragma once

#include <QJsonObject>
#include <QString>

namespace lever::sandbox {

class Request;

// Who may see confidential postings and requisitions, and the `confidentiality` list filter they share.
class ConfidentialFilter
{
public:
    enum class Mode { NonConfidential, Confidential, All };

    // An API key created with confidential access, an OAuth token with `confidential:access:admin`, or the
    // sandbox admin key.
    static bool granted(const Request &request);
    // `?confidentiality=confidential|non-confidential|all` (default non-confidential, as on Lever); 400 on
    // another value, 403 when confidential records are asked for without access.
    static Mode parse(const Request &request);
    static bool accepts(Mode mode, const QJsonObject &doc);
    static bool isConfidential(const QJsonObject &doc);
    // Throws 403 "<what> <id> is confidential" when `doc` is confidential and the request lacks access.
    static void requireVisible(const Request &request, const QJsonObject &doc, const QString &what);
};

} // namespace lever::sandbox

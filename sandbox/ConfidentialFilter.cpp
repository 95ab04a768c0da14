#include "ConfidentialFilter.h"

#include "Request.h"
#include "SandboxError.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

bool ConfidentialFilter::granted(const Request &request)
{
    const Principal &p = request.principal;
    return p.confidentialAccess || p.kind == Principal::Kind::Admin ||
           p.hasScope(u"confidential:access:admin"_s);
}

ConfidentialFilter::Mode ConfidentialFilter::parse(const Request &request)
{
    if (!request.hasQuery(u"confidentiality"_s))
        return Mode::NonConfidential;
    const QString value = request.queryValue(u"confidentiality"_s);
    Mode mode = Mode::NonConfidential;
    if (value == u"confidential"_s)
        mode = Mode::Confidential;
    else if (value == u"all"_s)
        mode = Mode::All;
    else if (value != u"non-confidential"_s)
        throw SandboxError::badRequest(u"confidentiality must be confidential, non-confidential or all"_s);
    if (mode != Mode::NonConfidential && !granted(request))
        throw SandboxError::forbidden(u"This credential has no access to confidential data"_s);
    return mode;
}

bool ConfidentialFilter::isConfidential(const QJsonObject &doc)
{
    return doc.value(u"confidentiality"_s).toString() == u"confidential"_s;
}

bool ConfidentialFilter::accepts(Mode mode, const QJsonObject &doc)
{
    switch (mode) {
    case Mode::NonConfidential:
        return !isConfidential(doc);
    case Mode::Confidential:
        return isConfidential(doc);
    case Mode::All:
        break;
    }
    return true;
}

void ConfidentialFilter::requireVisible(const Request &request, const QJsonObject &doc, const QString &what)
{
    if (isConfidential(doc) && !granted(request))
        throw SandboxError::forbidden(what + u' ' + doc.value(u"id"_s).toString() + u" is confidential"_s);
}

} // namespace lever::sandbox

#pragma once

#include <QString>

namespace lever::api {

// The `confidentiality` list filter (opportunities, postings, requisitions); Lever's default is
// non-confidential, and the other two need confidential access.
enum class Confidentiality { Default, NonConfidential, Confidential, All };

inline QString confidentialityParam(Confidentiality c)
{
    switch (c) {
    case Confidentiality::NonConfidential:
        return QStringLiteral("non-confidential");
    case Confidentiality::Confidential:
        return QStringLiteral("confidential");
    case Confidentiality::All:
        return QStringLiteral("all");
    case Confidentiality::Default:
        break;
    }
    return {};
}

} // namespace lever::api

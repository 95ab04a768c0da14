#include "SandboxContext.h"

#include <QUuid>

namespace lever::sandbox {

QString SandboxContext::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace lever::sandbox

#include "AuthLog.h"

namespace lever::auth {

Q_LOGGING_CATEGORY(lcAuth, "lever.auth", QtInfoMsg)

} // namespace lever::auth

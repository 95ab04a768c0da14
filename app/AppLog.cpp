#include "AppLog.h"

namespace lever::app {

Q_LOGGING_CATEGORY(lcApp, "lever.app")

} // namespace lever::app

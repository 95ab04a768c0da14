#include "Logging.h"

namespace lever::api {

Q_LOGGING_CATEGORY(lcApi, "lever.api", QtInfoMsg)

} // namespace lever::api

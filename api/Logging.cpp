#include "Logging.h"

namespace lever::api {

Q_LOGGING_CATEGORY(lcApi, "lever.api")

} // namespace lever::api

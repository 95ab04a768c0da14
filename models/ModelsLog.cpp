#include "ModelsLog.h"

namespace lever::models {

Q_LOGGING_CATEGORY(lcModels, "lever.models", QtInfoMsg)

} // namespace lever::models

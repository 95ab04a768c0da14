#include "UiLog.h"

namespace lever::ui {

Q_LOGGING_CATEGORY(lcUi, "lever.ui", QtInfoMsg)

} // namespace lever::ui

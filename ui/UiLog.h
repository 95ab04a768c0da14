#pragma once

#include <QLoggingCategory>

namespace lever::ui {

// `lever.ui`: window and dialog events worth a line when diagnosing a report; never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace lever::ui

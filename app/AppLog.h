#pragma once

#include <QLoggingCategory>

namespace lever::app {

// `lever.app`: start-up, account switches and the demo sandbox's life; never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcApp)

} // namespace lever::app

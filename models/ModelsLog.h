#pragma once

#include <QLoggingCategory>

namespace lever::models {

// `lever.models`: sync progress, action outcomes and store resets; never a token or a candidate's
// contact details.
Q_DECLARE_LOGGING_CATEGORY(lcModels)

} // namespace lever::models

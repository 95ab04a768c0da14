#pragma once

#include <QLoggingCategory>

namespace lever::api {

// `lever.api`: one line per HTTP attempt (method, path, status, duration, attempt). Never a token,
// a key, an Authorization header or an OAuth code.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace lever::api

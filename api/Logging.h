#pragma once

#include <QLoggingCategory>

namespace lever::api {

// `lever.api`: one debug line per HTTP attempt (method, path, status, duration, attempt; off by
// default, enable with "lever.api.debug=true"), warnings for final failures. Never a token, a key,
// an Authorization header or an OAuth code.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace lever::api

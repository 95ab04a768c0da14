#pragma once

// The `lever.auth` logging category: sign-in events only, never codes, tokens, keys or verifiers.
#include <QLoggingCategory>

namespace lever::auth {

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace lever::auth

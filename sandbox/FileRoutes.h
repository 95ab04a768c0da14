#pragma once

#include <QtGlobal>
#include <functional>

namespace lever::sandbox {

class Request;
class Router;
struct SandboxContext;

// Files attached to opportunities: multipart upload, list, metadata, download and delete, under
// /opportunities/:id/files (Lever's form) and the spec's top-level /files, and what was done to them
// (/opportunities/:id/file_actions, see FileActions).
class FileRoutes
{
public:
    static void install(Router &router, SandboxContext &ctx);
    // The `uploaded_at_start` / `uploaded_at_end` range of a list request (inclusive, epoch ms) as a test
    // of an upload time; 400 on malformed values.
    static std::function<bool(qint64)> uploadRange(const Request &request);
};

} // namespace lever::sandbox

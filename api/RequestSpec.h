#pragma once

#include "Priority.h"

#include <QByteArray>
#include <QString>
#include <functional>

class QHttpMultiPart;
class QIODevice;

namespace lever::api {

// Everything a Job needs to send one API request, as the typed resource calls describe it.
struct RequestSpec
{
    // Whether the operation takes Lever's `perform_as` query parameter (lever-api-notes.md §6).
    enum class PerformAs { No, Optional, Required };

    QByteArray method = "GET";
    QString path;     // below the base URL, segments already percent-encoded: "/opportunities/<id>"
    QByteArray query; // encoded, without '?'; offset tokens are in it verbatim
    QByteArray body;
    QByteArray contentType;
    QByteArray accept = "application/json";
    // Builds a fresh multipart body per attempt (a body device cannot be sent twice).
    std::function<QHttpMultiPart *()> multipart;
    PerformAs performAs = PerformAs::No;
    Priority priority = Priority::Interactive;
    int timeoutMs = 0;         // 0: the client's default
    QIODevice *sink = nullptr; // downloads: the body is written here as it arrives, not parsed
    // Set when the call was refused before sending (a client-side check): the Job fails with
    // Category::Invalid and this message.
    QString refusal;
};

} // namespace lever::api

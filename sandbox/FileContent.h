#pragma once

#include "MultipartParser.h"
#include "Response.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace lever::sandbox {

class Database;
class Request;

// What the sandbox knows about an uploaded file's bytes: reading the upload, its extension and
// processing status, storing the bytes in `file_blobs`, and answering a download of them.
class FileContent
{
public:
    static constexpr qint64 kMaxFileBytes = 30LL * 1024 * 1024; // Lever's 30 MB limit
    static constexpr int kMaxNameLength = 255;

    // The part named `file` of a multipart request: 400 when there is none or it has no file name,
    // 413 when it is larger than kMaxFileBytes.
    static MultipartParser::Part uploadedFile(const Request &request);

    // "pdf" for "CV.PDF"; empty when the name has no extension.
    static QString extensionOf(const QString &name);
    // processed for the formats Lever parses (docx doc js jpg png pdf txt) when the bytes look like that
    // format, error when they do not (so a download answers 422), unsupported for any other extension.
    static QString statusFor(const QString &ext, const QByteArray &bytes);

    static void storeBlob(Database &db, const QString &id, const QByteArray &bytes);
    static std::optional<QByteArray> blob(Database &db, const QString &id);
    static void removeBlob(Database &db, const QString &id);

    // The bytes as an attachment: Content-Type from the extension, a Content-Disposition whose file
    // name cannot break the header or name a path.
    static Response download(const QString &name, const QByteArray &bytes);
    static QByteArray contentDisposition(const QString &name);
};

} // namespace lever::sandbox

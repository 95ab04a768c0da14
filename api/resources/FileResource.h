#pragma once

#include "TimeRange.h"
#include "resources/Resource.h"
#include "types/File.h"
#include "types/Resume.h"
#include "types/Upload.h"

class QHttpPart;
class QIODevice;

namespace lever::api {

// Files and resumes of an opportunity, and 24-hour uploads. Uploads are multipart (field `file`, at
// most 30 MB); downloads stream into a QIODevice with progress (Call::onProgress).
class FileResource : public Resource
{
public:
    explicit FileResource(Client &client)
        : Resource(client)
    {}

    static constexpr qint64 kMaxFileBytes = 30 * 1024 * 1024;

    Pager<File> list(const QString &opportunityId, const TimeRange &uploadedAt = {},
                     Priority priority = Priority::Interactive);
    Call<File> get(const QString &opportunityId, const QString &fileId);
    // POST .../files (perform_as required).
    Call<File> upload(const QString &opportunityId, const QString &fileName, const QByteArray &content,
                      const QByteArray &contentType = "application/octet-stream");
    // The device must stay open until the call finishes; a seekable one is rewound for a retry.
    Call<File> upload(const QString &opportunityId, const QString &fileName, QIODevice *content,
                      const QByteArray &contentType = "application/octet-stream");
    // Writes the file into `sink` as it arrives; finishes with the number of bytes written. Lever
    // answers 422 for a file whose processing failed.
    Call<qint64> download(const QString &opportunityId, const QString &fileId, QIODevice *sink);
    Call<QByteArray> downloadBytes(const QString &opportunityId, const QString &fileId);
    Call<NoContent> remove(const QString &opportunityId, const QString &fileId);

    // The spec's top-level forms: GET /files (optionally of one opportunity), GET/DELETE /files/{id},
    // GET /files/{id}/download.
    Pager<File> listAll(const QString &opportunityId = {}, const TimeRange &uploadedAt = {},
                        Priority priority = Priority::Background);
    Call<File> getById(const QString &fileId);
    Call<qint64> downloadById(const QString &fileId, QIODevice *sink);
    Call<NoContent> removeById(const QString &fileId);

    // POST /uploads: a file kept 24 h for an application.
    Call<Upload> uploadTemporary(const QString &fileName, const QByteArray &content,
                                 const QByteArray &contentType = "application/octet-stream");

    Pager<Resume> resumes(const QString &opportunityId, const TimeRange &uploadedAt = {},
                          Priority priority = Priority::Interactive);
    Call<Resume> resume(const QString &opportunityId, const QString &resumeId);
    Call<qint64> downloadResume(const QString &opportunityId, const QString &resumeId, QIODevice *sink);

    // `form-data; name="file"; filename="..."` with the name made safe for a header.
    static QByteArray contentDisposition(const QString &fileName);

private:
    // `body` makes the part's body for one attempt, owned by `owner` (a one-shot device: see OneShotBody).
    template <class T>
    Call<T> multipart(const QString &path, PerformAs performAs, const QString &fileName,
                      std::function<QIODevice *(QObject *owner)> body, const QByteArray &contentType,
                      qint64 size);
    Call<qint64> downloadTo(const QString &path, QIODevice *sink);
};

} // namespace lever::api

#include "FileResource.h"

#include "OneShotBody.h"

#include "QueryBuilder.h"

#include <QHttpMultiPart>
#include <QIODevice>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace lever::api {

QByteArray FileResource::contentDisposition(const QString &fileName)
{
    // A quoted-string: no line breaks (header injection), quotes and backslashes escaped.
    QString safe = fileName;
    safe.replace(u'\r', u' ').replace(u'\n', u' ').replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    if (safe.trimmed().isEmpty())
        safe = u"file"_s;
    return "form-data; name=\"file\"; filename=\"" + safe.toUtf8() + '"';
}

template <class T>
Call<T> FileResource::multipart(const QString &path, PerformAs performAs, const QString &fileName,
                                std::function<QIODevice *(QObject *owner)> body,
                                const QByteArray &contentType, qint64 size)
{
    if (size > kMaxFileBytes)
        return refuse<T>(u"Lever takes files of at most 30 MB"_s);
    RequestSpec spec;
    spec.method = "POST";
    spec.path = path;
    spec.performAs = performAs;
    const QByteArray disposition = contentDisposition(fileName);
    spec.multipart = [body, disposition, contentType] {
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, disposition);
        part.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        part.setBodyDevice(body(multipart));
        multipart->append(part);
        return multipart;
    };
    return Call<T>(m_client.createJob(std::move(spec), Parsers::data<T>()));
}

Pager<File> FileResource::list(const QString &opportunityId, const TimeRange &uploadedAt, Priority priority)
{
    QueryBuilder q;
    q.add("uploaded_at_start", uploadedAt.start).add("uploaded_at_end", uploadedAt.end);
    return Resource::list<File>(path({u"opportunities"_s, opportunityId, u"files"_s}), q.encoded(), priority);
}

Call<File> FileResource::get(const QString &opportunityId, const QString &fileId)
{
    return read<File>(path({u"opportunities"_s, opportunityId, u"files"_s, fileId}));
}

Call<File> FileResource::upload(const QString &opportunityId, const QString &fileName,
                                const QByteArray &content, const QByteArray &contentType)
{
    return multipart<File>(
        path({u"opportunities"_s, opportunityId, u"files"_s}), PerformAs::Required, fileName,
        [content](QObject *owner) { return new OneShotBody(content, owner); }, contentType, content.size());
}

Call<File> FileResource::upload(const QString &opportunityId, const QString &fileName, QIODevice *content,
                                const QByteArray &contentType)
{
    if (!content || !content->isReadable())
        return refuse<File>(u"The file to upload cannot be read"_s);
    QPointer<QIODevice> device(content);
    return multipart<File>(
        path({u"opportunities"_s, opportunityId, u"files"_s}), PerformAs::Required, fileName,
        [device](QObject *owner) {
            if (device && !device->isSequential())
                device->seek(0);
            return new OneShotBody(device.data(), owner);
        },
        contentType, content->isSequential() ? 0 : content->size());
}

Call<qint64> FileResource::downloadTo(const QString &path, QIODevice *sink)
{
    if (!sink || !sink->isWritable())
        return refuse<qint64>(u"The download target cannot be written"_s);
    RequestSpec spec;
    spec.path = path;
    spec.sink = sink;
    spec.accept = "*/*";
    return Call<qint64>(m_client.createJob(std::move(spec), Parsers::none()));
}

Call<qint64> FileResource::download(const QString &opportunityId, const QString &fileId, QIODevice *sink)
{
    return downloadTo(path({u"opportunities"_s, opportunityId, u"files"_s, fileId, u"download"_s}), sink);
}

Call<QByteArray> FileResource::downloadBytes(const QString &opportunityId, const QString &fileId)
{
    RequestSpec spec;
    spec.path = path({u"opportunities"_s, opportunityId, u"files"_s, fileId, u"download"_s});
    spec.accept = "*/*";
    return Call<QByteArray>(m_client.createJob(std::move(spec), Parsers::bytes()));
}

Call<NoContent> FileResource::remove(const QString &opportunityId, const QString &fileId)
{
    return Resource::remove(path({u"opportunities"_s, opportunityId, u"files"_s, fileId}),
                            PerformAs::Required);
}

Pager<File> FileResource::listAll(const QString &opportunityId, const TimeRange &uploadedAt,
                                  Priority priority)
{
    QueryBuilder q;
    if (!opportunityId.isEmpty())
        q.add("opportunity_id", opportunityId);
    q.add("uploaded_at_start", uploadedAt.start).add("uploaded_at_end", uploadedAt.end);
    return Resource::list<File>(u"/files"_s, q.encoded(), priority);
}

Call<File> FileResource::getById(const QString &fileId)
{
    return read<File>(path({u"files"_s, fileId}));
}

Call<qint64> FileResource::downloadById(const QString &fileId, QIODevice *sink)
{
    return downloadTo(path({u"files"_s, fileId, u"download"_s}), sink);
}

Call<NoContent> FileResource::removeById(const QString &fileId)
{
    return Resource::remove(path({u"files"_s, fileId}), PerformAs::Required);
}

Call<Upload> FileResource::uploadTemporary(const QString &fileName, const QByteArray &content,
                                           const QByteArray &contentType)
{
    return multipart<Upload>(
        u"/uploads"_s, PerformAs::No, fileName,
        [content](QObject *owner) { return new OneShotBody(content, owner); }, contentType, content.size());
}

Pager<Resume> FileResource::resumes(const QString &opportunityId, const TimeRange &uploadedAt,
                                    Priority priority)
{
    QueryBuilder q;
    q.add("uploaded_at_start", uploadedAt.start).add("uploaded_at_end", uploadedAt.end);
    return Resource::list<Resume>(path({u"opportunities"_s, opportunityId, u"resumes"_s}), q.encoded(),
                                  priority);
}

Call<Resume> FileResource::resume(const QString &opportunityId, const QString &resumeId)
{
    return read<Resume>(path({u"opportunities"_s, opportunityId, u"resumes"_s, resumeId}));
}

Call<qint64> FileResource::downloadResume(const QString &opportunityId, const QString &resumeId,
                                          QIODevice *sink)
{
    return downloadTo(path({u"opportunities"_s, opportunityId, u"resumes"_s, resumeId, u"download"_s}), sink);
}

} // namespace lever::api

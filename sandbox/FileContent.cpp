#include "FileContent.h"

#include "Database.h"
#include "Request.h"
#include "SandboxError.h"

#include <QMimeDatabase>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

MultipartParser::Part FileContent::uploadedFile(const Request &request)
{
    const QList<MultipartParser::Part> parts =
        MultipartParser::parse(request.header("content-type"), request.body);
    for (const MultipartParser::Part &part : parts) {
        if (part.name != u"file"_s)
            continue;
        if (!part.fileName || part.fileName->trimmed().isEmpty())
            throw SandboxError::badRequest(
                u"The file part needs a file name (Content-Disposition filename)"_s);
        if (part.fileName->size() > kMaxNameLength)
            throw SandboxError::badRequest(u"The file name must be at most 255 characters long"_s);
        if (part.data.size() > kMaxFileBytes)
            throw SandboxError(413, u"PayloadTooLarge"_s, u"Files may be at most 30 MB"_s);
        return part;
    }
    throw SandboxError::badRequest(u"The multipart body has no part named file"_s);
}

QString FileContent::extensionOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot < 0 || dot == name.size() - 1)
        return {};
    const QString ext = name.mid(dot + 1).toLower();
    if (ext.contains(u'/') || ext.contains(u'\\') || ext.size() > 16)
        return {};
    return ext;
}

QString FileContent::statusFor(const QString &ext, const QByteArray &bytes)
{
    struct Signature
    {
        const char *ext;
        QByteArrayView magic; // empty: any text without NUL bytes
    };
    static const Signature kParsed[] = {
        {"pdf", "%PDF-"},
        {"png", "\x89PNG\r\n\x1a\n"},
        {"jpg", "\xFF\xD8\xFF"},
        {"docx", "PK\x03\x04"},
        {"doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"},
        {"txt", {}},
        {"js", {}},
    };
    for (const Signature &s : kParsed) {
        if (ext != QLatin1StringView(s.ext))
            continue;
        if (bytes.isEmpty())
            return u"error"_s;
        const bool ok = s.magic.isEmpty() ? !bytes.contains('\0') : bytes.startsWith(s.magic);
        return ok ? u"processed"_s : u"error"_s;
    }
    return u"unsupported"_s;
}

void FileContent::storeBlob(Database &db, const QString &id, const QByteArray &bytes)
{
    QSqlQuery q = db.prepare(u"INSERT INTO file_blobs(id, content) VALUES(?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET content = excluded.content"_s);
    q.addBindValue(id);
    q.addBindValue(bytes);
    Database::exec(q);
}

std::optional<QByteArray> FileContent::blob(Database &db, const QString &id)
{
    QSqlQuery q = db.prepare(u"SELECT content FROM file_blobs WHERE id = ?"_s);
    q.addBindValue(id);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

void FileContent::removeBlob(Database &db, const QString &id)
{
    QSqlQuery q = db.prepare(u"DELETE FROM file_blobs WHERE id = ?"_s);
    q.addBindValue(id);
    Database::exec(q);
}

QByteArray FileContent::contentDisposition(const QString &name)
{
    // Only the last path component, without control characters, quotes or backslashes.
    QString clean = name.section(u'/', -1).section(u'\\', -1);
    QString safe;
    for (const QChar c : std::as_const(clean)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        safe.append(c == u'"' || c == u'\\' ? QChar(u'_') : c);
    }
    safe = safe.trimmed();
    if (safe.isEmpty() || safe == u"."_s || safe == u".."_s)
        safe = u"download"_s;
    QByteArray ascii;
    for (const QChar c : std::as_const(safe))
        ascii.append(c.unicode() >= 0x20 && c.unicode() < 0x7F ? char(c.unicode()) : '_');
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + safe.toUtf8().toPercentEncoding();
}

Response FileContent::download(const QString &name, const QByteArray &bytes)
{
    static const QMimeDatabase mimes;
    // Only the extension is looked at: the name is data and never reaches the file system.
    const QString type =
        mimes.mimeTypeForFile(u"file."_s + extensionOf(name), QMimeDatabase::MatchExtension).name();
    Response r = Response::raw(bytes, type.toLatin1());
    r.headers.append({QByteArrayLiteral("Content-Disposition"), contentDisposition(name)});
    r.headers.append({QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")});
    return r;
}

} // namespace lever::sandbox

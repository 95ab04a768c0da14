#include "MultipartParser.h"

#include "SandboxError.h"

#include <QByteArrayMatcher>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
SandboxError malformed(const QString &why)
{
    return SandboxError::badRequest(u"Malformed multipart body: "_s + why);
}

QString partLabel(int index)
{
    return u"part "_s + QString::number(index + 1);
}

bool isBoundaryChar(char c)
{
    // RFC 2046 bchars.
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           QByteArrayView("'()+_,-./:=? ").contains(c);
}

// Decodes UTF-8 strictly; header values that are not UTF-8 are read as Latin-1 (the HTTP default).
QString headerText(const QByteArray &bytes)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        text = QString::fromLatin1(bytes);
    return text;
}

// Reads a token or a quoted-string (with backslash escapes) starting at `pos`; moves `pos` past it.
QByteArray readValue(const QByteArray &s, qsizetype &pos)
{
    QByteArray out;
    if (pos < s.size() && s.at(pos) == '"') {
        ++pos;
        while (pos < s.size() && s.at(pos) != '"') {
            if (s.at(pos) == '\\' && pos + 1 < s.size())
                ++pos;
            out.append(s.at(pos++));
        }
        if (pos >= s.size())
            throw malformed(u"unterminated quoted string in Content-Disposition"_s);
        ++pos; // closing quote
        return out;
    }
    while (pos < s.size() && s.at(pos) != ';')
        out.append(s.at(pos++));
    return out.trimmed();
}

// RFC 5987 ext-value: charset'language'percent-encoded.
QString decodeExtValue(const QByteArray &value, const QString &where)
{
    const qsizetype first = value.indexOf('\'');
    const qsizetype second = first < 0 ? -1 : value.indexOf('\'', first + 1);
    if (second < 0)
        throw malformed(where + u": filename* must look like UTF-8''name"_s);
    const QByteArray charset = value.left(first).toLower();
    const QByteArray bytes = QByteArray::fromPercentEncoding(value.mid(second + 1));
    if (charset == "utf-8")
        return headerText(bytes);
    if (charset == "iso-8859-1")
        return QString::fromLatin1(bytes);
    throw malformed(where + u": filename* charset must be UTF-8 or ISO-8859-1"_s);
}
} // namespace

QByteArray MultipartParser::boundary(const QByteArray &contentType)
{
    const QList<QByteArray> params = contentType.split(';');
    if (params.value(0).trimmed().toLower() != "multipart/form-data")
        throw SandboxError::badRequest(u"The body must be multipart/form-data with a part named file"_s);
    for (qsizetype i = 1; i < params.size(); ++i) {
        const QByteArray param = params.at(i).trimmed();
        const qsizetype eq = param.indexOf('=');
        if (eq < 0 || param.left(eq).trimmed().toLower() != "boundary")
            continue;
        QByteArray value = param.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (value.isEmpty() || value.size() > kMaxBoundary || value.endsWith(' '))
            throw malformed(u"the boundary must be 1 to 70 characters"_s);
        for (const char c : std::as_const(value)) {
            if (!isBoundaryChar(c))
                throw malformed(u"the boundary holds a character RFC 2046 does not allow"_s);
        }
        return value;
    }
    throw malformed(u"the Content-Type header has no boundary"_s);
}

QHash<QByteArray, QString> MultipartParser::dispositionParameters(const QByteArray &value, int index)
{
    const QString where = partLabel(index);
    qsizetype semi = value.indexOf(';');
    if (value.left(semi < 0 ? value.size() : semi).trimmed().toLower() != "form-data")
        throw malformed(where + u": Content-Disposition must be form-data"_s);
    QHash<QByteArray, QString> params;
    qsizetype pos = semi < 0 ? value.size() : semi + 1;
    while (pos < value.size()) {
        while (pos < value.size() && (value.at(pos) == ' ' || value.at(pos) == '\t'))
            ++pos;
        const qsizetype eq = value.indexOf('=', pos);
        if (eq < 0)
            throw malformed(where + u": a Content-Disposition parameter has no value"_s);
        const QByteArray key = value.mid(pos, eq - pos).trimmed().toLower();
        pos = eq + 1;
        while (pos < value.size() && (value.at(pos) == ' ' || value.at(pos) == '\t'))
            ++pos;
        const QByteArray raw = readValue(value, pos);
        if (params.contains(key))
            throw malformed(where + u": Content-Disposition repeats "_s + QString::fromLatin1(key));
        params.insert(key, key.endsWith('*') ? decodeExtValue(raw, where) : headerText(raw));
        while (pos < value.size() && (value.at(pos) == ' ' || value.at(pos) == '\t'))
            ++pos;
        if (pos < value.size() && value.at(pos) != ';')
            throw malformed(where + u": unexpected text after a Content-Disposition parameter"_s);
        ++pos;
    }
    return params;
}

MultipartParser::Part MultipartParser::parseHeaders(const QByteArray &headers, int index)
{
    Part part;
    bool disposition = false;
    const QList<QByteArray> lines = headers.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            throw malformed(partLabel(index) + u": a header line has no name"_s);
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-disposition") {
            if (disposition)
                throw malformed(partLabel(index) + u": two Content-Disposition headers"_s);
            disposition = true;
            const QHash<QByteArray, QString> params = dispositionParameters(value, index);
            if (!params.contains("name"))
                throw malformed(partLabel(index) + u": Content-Disposition has no name"_s);
            part.name = params.value("name");
            // filename* (RFC 5987) carries non-ASCII names exactly; it wins over the plain form.
            if (params.contains("filename*"))
                part.fileName = params.value("filename*");
            else if (params.contains("filename"))
                part.fileName = params.value("filename");
        } else if (name == "content-type") {
            part.contentType = value;
        }
    }
    if (!disposition)
        throw malformed(partLabel(index) + u" has no Content-Disposition header"_s);
    return part;
}

QList<MultipartParser::Part> MultipartParser::parse(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray dashBoundary = "--" + boundary(contentType);
    const QByteArrayMatcher delimiter("\r\n" + dashBoundary);
    // The first boundary opens the body, or ends a preamble (which RFC 2046 says to ignore).
    qsizetype pos = 0;
    if (body.startsWith(dashBoundary)) {
        pos = dashBoundary.size();
    } else {
        const qsizetype found = delimiter.indexIn(body);
        if (found < 0)
            throw malformed(u"the boundary does not occur in the body"_s);
        pos = found + 2 + dashBoundary.size();
    }
    QList<Part> parts;
    while (true) {
        if (body.mid(pos, 2) == "--")
            return parts; // the close delimiter; an epilogue after it is ignored
        while (pos < body.size() && (body.at(pos) == ' ' || body.at(pos) == '\t'))
            ++pos; // transport padding
        if (body.mid(pos, 2) != "\r\n")
            throw malformed(u"a boundary line is not followed by CRLF (truncated body?)"_s);
        pos += 2;
        if (parts.size() >= kMaxParts)
            throw malformed(u"more than "_s + QString::number(kMaxParts) + u" parts"_s);
        const int index = int(parts.size());
        // Look for the end of the headers only within the allowed size, so a huge header costs nothing.
        const QByteArrayView window(body.constData() + pos,
                                    qMin<qsizetype>(body.size() - pos, kMaxHeaderBytes + 4));
        qsizetype headerEnd = -1;
        if (window.startsWith("\r\n"))
            headerEnd = pos - 2; // no headers at all
        else if (const qsizetype found = window.indexOf(QByteArrayView("\r\n\r\n")); found >= 0)
            headerEnd = pos + found;
        if (headerEnd < 0)
            throw malformed(partLabel(index) + (window.size() > kMaxHeaderBytes
                                                    ? u": the headers exceed 8 KB"_s
                                                    : u": the headers never end (truncated body?)"_s));
        Part part = parseHeaders(body.mid(pos, qMax<qsizetype>(0, headerEnd - pos)), index);
        const qsizetype dataStart = headerEnd + 4;
        const qsizetype next = delimiter.indexIn(body, dataStart - 2);
        if (next < 0)
            throw malformed(partLabel(index) + u" is truncated: the closing boundary is missing"_s);
        // A part without a body (its header block runs straight into the delimiter) has empty data, never
        // null data: a null QByteArray is stored as SQL NULL, which file_blobs.content refuses (a 500).
        part.data = next >= dataStart ? body.mid(dataStart, next - dataStart) : QByteArray("");
        parts.append(std::move(part));
        pos = next + 2 + dashBoundary.size();
    }
}

} // namespace lever::sandbox

#include "ResumeParser.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtEndian>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

QByteArray ResumeParser::inflate(QByteArrayView data, bool raw)
{
    z_stream z{};
    if (inflateInit2(&z, raw ? -MAX_WBITS : MAX_WBITS) != Z_OK)
        return {};
    QByteArray out;
    char chunk[16384];
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    int status = Z_OK;
    while (status == Z_OK && out.size() < kMaxTextBytes) {
        z.next_out = reinterpret_cast<Bytef *>(chunk);
        z.avail_out = sizeof chunk;
        status = ::inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(chunk, qsizetype(sizeof chunk - z.avail_out));
        if (z.avail_in == 0 && status == Z_OK && z.avail_out != 0)
            break; // truncated input: keep what came out
    }
    inflateEnd(&z);
    return out.left(kMaxTextBytes);
}

namespace {
// The literal strings `(...)` shown by Tj, TJ, ' and " in one content stream, a line per operator.
QString showText(QByteArrayView content)
{
    QString text;
    QByteArray line;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content[i];
        if (c == '(') {
            int depth = 1;
            for (++i; i < content.size() && depth > 0; ++i) {
                char d = content[i];
                if (d == '\\' && i + 1 < content.size()) {
                    const char e = content[++i];
                    d = e == 'n' ? '\n' : e == 't' ? ' ' : e == 'r' ? '\n' : e;
                } else if (d == '(') {
                    ++depth;
                } else if (d == ')' && --depth == 0) {
                    break;
                }
                line.append(d);
            }
        } else if (c == 'T' && i + 1 < content.size() && (content[i + 1] == 'j' || content[i + 1] == 'J')) {
            text += QString::fromLatin1(line) + u'\n';
            line.clear();
        } else if ((c == '\'' || c == '"') && !line.isEmpty()) {
            text += QString::fromLatin1(line) + u'\n';
            line.clear();
        }
    }
    return text;
}
} // namespace

QString ResumeParser::pdfText(const QByteArray &bytes)
{
    QString text;
    qsizetype at = 0;
    while (text.size() < kMaxTextBytes) {
        const qsizetype start = bytes.indexOf("stream", at);
        if (start < 0)
            break;
        qsizetype body = start + 6;
        if (bytes.mid(body, 2) == "\r\n")
            body += 2;
        else if (body < bytes.size() && (bytes[body] == '\n' || bytes[body] == '\r'))
            ++body;
        const qsizetype end = bytes.indexOf("endstream", body);
        if (end < 0)
            break;
        // The stream's dictionary sits between the previous "<<" and "stream".
        const qsizetype dict = bytes.lastIndexOf("<<", start);
        const bool deflated = dict >= 0 && bytes.mid(dict, start - dict).contains("/FlateDecode");
        const QByteArrayView raw(bytes.constData() + body, end - body);
        text += showText(deflated ? QByteArrayView(inflate(raw, false)) : raw);
        at = end + 9;
    }
    return text;
}

QString ResumeParser::docxText(const QByteArray &bytes)
{
    // The zip's central directory names each entry's place; word/document.xml holds the text.
    auto u16 = [&bytes](qsizetype at) { return qFromLittleEndian<quint16>(bytes.constData() + at); };
    auto u32 = [&bytes](qsizetype at) { return qFromLittleEndian<quint32>(bytes.constData() + at); };
    const qsizetype eocd = bytes.lastIndexOf("PK\x05\x06");
    if (eocd < 0 || eocd + 22 > bytes.size())
        return {};
    qsizetype entry = u32(eocd + 16);
    for (int n = u16(eocd + 10); n > 0 && entry >= 0 && entry + 46 <= bytes.size(); --n) {
        if (u32(entry) != 0x02014b50)
            return {};
        const quint16 method = u16(entry + 10);
        const quint32 size = u32(entry + 20);
        const quint16 nameLength = u16(entry + 28);
        const qsizetype next = entry + 46 + nameLength + u16(entry + 30) + u16(entry + 32);
        const qsizetype local = u32(entry + 42);
        if (bytes.mid(entry + 46, nameLength) == "word/document.xml" && local + 30 <= bytes.size()) {
            const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
            if (data < 0 || data + qsizetype(size) > bytes.size())
                return {};
            const QByteArrayView stored(bytes.constData() + data, size);
            const QByteArray xml = method == 8 ? inflate(stored, true) : stored.toByteArray();
            QXmlStreamReader reader(xml);
            QString text;
            while (!reader.atEnd() && text.size() < kMaxTextBytes) {
                reader.readNext();
                if (reader.isStartElement() && reader.qualifiedName() == u"w:t"_s)
                    text += reader.readElementText();
                else if (reader.isEndElement() && reader.qualifiedName() == u"w:p"_s)
                    text += u'\n';
            }
            return text;
        }
        entry = next;
    }
    return {};
}

QString ResumeParser::text(const QString &ext, const QByteArray &bytes)
{
    const QString e = ext.startsWith(u'.') ? ext.mid(1).toLower() : ext.toLower();
    if (e == u"txt"_s)
        return QString::fromUtf8(bytes.left(kMaxTextBytes));
    if (e == u"pdf"_s && bytes.startsWith("%PDF-"))
        return pdfText(bytes);
    if (e == u"docx"_s && bytes.startsWith("PK\x03\x04"))
        return docxText(bytes);
    return {};
}

ResumeParser::Details ResumeParser::details(const QString &text)
{
    static const QRegularExpression email(u"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"_s);
    static const QRegularExpression phone(u"\\+?\\d[\\d ()./-]{6,18}\\d"_s);
    static const QRegularExpression link(u"\\b(?:https?://|www\\.|linkedin\\.com/|github\\.com/)[^\\s<>\"]+"_s);
    static const QRegularExpression personName(u"^\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+){1,3}$"_s);
    Details d;
    auto collect = [&text](const QRegularExpression &re, QStringList &into) {
        for (auto it = re.globalMatch(text); it.hasNext() && into.size() < 10;) {
            const QString value = it.next().captured().trimmed();
            if (!into.contains(value, Qt::CaseInsensitive))
                into.append(value);
        }
    };
    collect(email, d.emails);
    collect(link, d.links);
    for (auto it = phone.globalMatch(text); it.hasNext() && d.phones.size() < 5;) {
        const QString value = it.next().captured().trimmed();
        // Years and date ranges ("2019 - 2024") are digits too: a number needs 9 digits, or a "+".
        static const QRegularExpression digit(u"\\d"_s);
        if ((value.count(digit) >= 9 || value.startsWith(u'+')) && !d.phones.contains(value))
            d.phones.append(value);
    }
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size() && i < 10 && d.name.isEmpty(); ++i) {
        const QString line = lines.at(i).simplified();
        if (personName.match(line).hasMatch())
            d.name = line;
    }
    return d;
}

void ResumeParser::fill(QJsonObject &body, const Details &details)
{
    if (!body.contains(u"name"_s) && !details.name.isEmpty())
        body.insert(u"name"_s, details.name);
    auto fillList = [&body](const QString &key, const QStringList &values) {
        if (!body.contains(key) && !values.isEmpty())
            body.insert(key, QJsonArray::fromStringList(values));
    };
    fillList(u"emails"_s, details.emails);
    fillList(u"links"_s, details.links);
    if (!body.contains(u"phones"_s) && !details.phones.isEmpty()) {
        QJsonArray phones;
        for (const QString &p : details.phones)
            phones.append(QJsonObject{{u"value"_s, p}, {u"type"_s, u"other"_s}});
        body.insert(u"phones"_s, phones);
    }
}

} // namespace lever::sandbox

#include "export/CsvWriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
constexpr qsizetype kChunk = 64 * 1024;

bool needsQuotes(const QString &field)
{
    for (const QChar c : field)
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    return false;
}

bool looksLikeFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    const QChar c = field.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}
} // namespace

CsvWriter::CsvWriter(QIODevice *device, bool neutralizeFormulas)
    : m_device(device)
    , m_neutralize(neutralizeFormulas)
{
    m_buffer.reserve(kChunk + 4096);
}

bool CsvWriter::writeBom()
{
    m_buffer.append("\xEF\xBB\xBF", 3);
    return !m_failed;
}

QString CsvWriter::encodeField(const QString &field, bool neutralizeFormulas)
{
    QString text = neutralizeFormulas && looksLikeFormula(field) ? QString(u'\'' + field) : field;
    if (!needsQuotes(text))
        return text;
    text.replace(u'"', u"\"\""_s);
    return QString(u'"' + text + u'"');
}

void CsvWriter::appendField(const QString &field)
{
    // The common case (no quoting, no formula) goes straight to UTF-8 with no QString in between.
    if (!(m_neutralize && looksLikeFormula(field)) && !needsQuotes(field)) {
        m_buffer.append(field.toUtf8());
        return;
    }
    m_buffer.append(encodeField(field, m_neutralize).toUtf8());
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    if (m_failed)
        return false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        appendField(fields.at(i));
    }
    m_buffer.append("\r\n", 2);
    if (m_buffer.size() >= kChunk)
        return flush();
    return true;
}

bool CsvWriter::flush()
{
    if (m_failed || m_buffer.isEmpty())
        return !m_failed;
    const qint64 n = m_device->write(m_buffer);
    if (n != m_buffer.size()) {
        m_failed = true;
        return false;
    }
    m_written += n;
    m_buffer.clear();
    return true;
}

QString CsvWriter::errorString() const
{
    return m_device->errorString();
}

} // namespace lever::models

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace lever::models {

// Writes RFC 4180 CSV to a device: UTF-8 with a byte order mark (so spreadsheet programs pick the
// right encoding), CRLF after every record, a field quoted when it holds a comma, a quote, CR or LF,
// quotes doubled. Records are gathered in a buffer and written in chunks of about 64 KB, since one
// write per record costs a system call each on 100,000 rows.
//
// Spreadsheet programs run a cell that starts with = + - @ (or a tab or CR) as a formula, so a
// candidate named "=HYPERLINK(...)" could run something on the recruiter's machine. With
// neutralizeFormulas (the default) such a text field gets a leading apostrophe, OWASP's advice.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, bool neutralizeFormulas = true);
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // The byte order mark; call once, first.
    bool writeBom();
    bool writeRecord(const QStringList &fields);
    // Writes what is buffered (call it at the end: nothing is written on destruction, so a cancelled
    // export does not touch its device again); false when the device refused (see errorString()).
    bool flush();
    bool hasError() const { return m_failed; }
    QString errorString() const;
    qint64 bytesWritten() const { return m_written + m_buffer.size(); }

    // One field as it appears in the file (quoted when needed), UTF-16; for tests and callers building
    // a line by hand.
    static QString encodeField(const QString &field, bool neutralizeFormulas = true);

private:
    void appendField(const QString &field);

    QIODevice *m_device;
    bool m_neutralize;
    QByteArray m_buffer;
    qint64 m_written = 0;
    bool m_failed = false;
};

} // namespace lever::models

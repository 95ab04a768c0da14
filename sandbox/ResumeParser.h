#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lever::sandbox {

// What POST /opportunities?parse=true reads from a resume: the text of a .txt, a PDF (literal strings
// of its content streams, deflated or not) or a DOCX (word/document.xml), and from that text the
// contact details Lever fills into a profile that lacks them. Images and unknown formats give nothing.
// Bounded for hostile input: inflated data stops at kMaxTextBytes.
class ResumeParser
{
public:
    static constexpr qsizetype kMaxTextBytes = 4 * 1024 * 1024;

    struct Details
    {
        QString name; // the first line that looks like a person's name
        QStringList emails, phones, links;
    };

    static QString text(const QString &ext, const QByteArray &bytes);
    static Details details(const QString &text);
    // Fills the fields of a POST /opportunities body that are absent: name, emails, phones, links.
    static void fill(QJsonObject &body, const Details &details);

private:
    static QString pdfText(const QByteArray &bytes);
    static QString docxText(const QByteArray &bytes);
    // raw deflate (zip) when `raw`, else a zlib stream (PDF FlateDecode); empty on error.
    static QByteArray inflate(QByteArrayView data, bool raw);
};

} // namespace lever::sandbox

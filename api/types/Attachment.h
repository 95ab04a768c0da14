#pragma once

#include <QByteArray>
#include <QString>

namespace lever::api {

// A file sent along with a write (a new candidate's resume or files): its bytes are held, so a
// request built from it never reads the disk again.
struct Attachment
{
    QString fileName;
    QByteArray content;
    QByteArray contentType = "application/octet-stream";
};

} // namespace lever::api

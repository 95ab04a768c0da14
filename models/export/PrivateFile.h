#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lever::models {

// Writes a small export (an .ics file) whole: under a temporary name, owner-only (0600, since it names
// candidates), renamed over `path` only once complete, so a failure leaves any file there unchanged.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)
public:
    // False with `*error` set (a sentence a recruiter can read) when it could not be written.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // "Could not save “x.csv”: <reason>. Nothing was written…", the one failure text of every export.
    static QString failureText(const QString &path, const QString &reason);
};

} // namespace lever::models

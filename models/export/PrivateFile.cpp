#include "export/PrivateFile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace lever::models {

bool PrivateFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ok = file.write(bytes) == bytes.size();
        ok = ok ? file.commit() : (file.cancelWriting(), false);
    }
    if (!ok && error)
        *error = failureText(path, file.errorString());
    return ok;
}

QString PrivateFile::failureText(const QString &path, const QString &reason)
{
    return tr("Could not save \u201c%1\u201d: %2. Nothing was written, and any file already there is "
              "unchanged.")
        .arg(QFileInfo(path).fileName(), reason);
}

} // namespace lever::models

#include "create/AttachmentFile.h"

#include "resources/FileResource.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace lever::models {

std::optional<api::Attachment> AttachmentFile::read(const QString &path, QString *error)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > api::FileResource::kMaxFileBytes) {
        *error = tr("%1 is larger than the 30 MB Lever takes.").arg(name);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    const QByteArray content = file.readAll();
    const QByteArray type = QMimeDatabase().mimeTypeForFileNameAndData(name, content).name().toLatin1();
    return api::Attachment{name, content, type};
}

} // namespace lever::models

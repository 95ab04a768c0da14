#pragma once

#include "types/Attachment.h"

#include <QCoreApplication>
#include <optional>

namespace lever::models {

// A file from disk as something to send with a new candidate: its bytes read once, its type from the
// name and content; refused with a sentence for the user when it cannot be read or is over Lever's
// 30 MB.
class AttachmentFile
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentFile)
public:
    static std::optional<api::Attachment> read(const QString &path, QString *error);
};

} // namespace lever::models

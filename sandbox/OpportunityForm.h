#pragma once

#include "MultipartParser.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace lever::sandbox {

// The multipart/form-data form of POST /opportunities (Lever takes it when files come along): plain
// fields in the bracket notation of Lever's curl examples (`emails[]`, `phones[0][value]`,
// `archived[reason]`), turned into the JSON body the JSON form would carry, so both forms share one
// validation; plus the attached `resumeFile` and `files[]`.
class OpportunityForm
{
public:
    struct Parsed
    {
        QJsonObject body;
        std::optional<MultipartParser::Part> resume;
        QList<MultipartParser::Part> files;
    };
    // Throws 400 for a malformed form (a field twice, a bad index, a file under a text field's name),
    // 413 for a file over Lever's 30 MB.
    static Parsed parse(const QByteArray &contentType, const QByteArray &body);

private:
    static void addField(QJsonObject &body, const QString &name, const QString &value);
    static void checkFile(const MultipartParser::Part &part);
};

} // namespace lever::sandbox

// Fuzzes the sandbox's multipart/form-data parser (file uploads, resumes, files on opportunities): the
// boundary parameter of the Content-Type header, preamble, part headers, Content-Disposition parameters
// (quoted strings, RFC 5987 filename*), truncated bodies and the part and header-size limits.
//
// Input: "<Content-Type header value>\n<body>". A SandboxError (400) is the parser's answer to bad input
// and is expected; a crash, UB, a leak or a part reaching outside the body is a finding.

#include "FuzzInput.h"

#include "MultipartParser.h"
#include "SandboxError.h"

#include <QCoreApplication>
#include <cstdlib>

using namespace lever::sandbox;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray body;
    const QByteArray contentType = lever::fuzz::takeLine(lever::fuzz::bytes(data, size), &body);
    try {
        (void)MultipartParser::boundary(contentType);
    } catch (const SandboxError &) {
    }
    try {
        const QList<MultipartParser::Part> parts = MultipartParser::parse(contentType, body);
        if (parts.size() > MultipartParser::kMaxParts)
            std::abort();
        qsizetype total = 0;
        for (const MultipartParser::Part &part : parts) {
            // Every part's data is a piece of the body, empty rather than null when there is none (a null
            // QByteArray is bound as SQL NULL when the sandbox stores the file).
            if (part.data.isNull() || !body.contains(part.data))
                std::abort();
            total += part.data.size();
            (void)part.name.size();
            (void)part.fileName.value_or(QString()).size();
        }
        if (total > body.size())
            std::abort();
    } catch (const SandboxError &) {
    }
    return 0;
}

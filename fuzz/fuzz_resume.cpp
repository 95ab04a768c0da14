// Fuzzes what the sandbox reads from a new candidate's upload: ResumeParser (PDF content streams,
// deflated or not; DOCX zip entries and their XML; the text's emails, phones, links and name) and
// OpportunityForm (the bracket notation of POST /opportunities' multipart form).
//
// Input: "<selector>\n<payload>". Selector "pdf", "docx" or "txt": the payload is a resume of that type.
// Selector "form:<Content-Type header value>": the payload is a multipart body. A SandboxError (4xx) is
// the form reader's answer to bad input and is expected; a crash, UB, a leak, an inflated text over the
// cap or a 5xx is a finding.

#include "FuzzInput.h"

#include "OpportunityForm.h"
#include "ResumeParser.h"
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
    QByteArray payload;
    const QByteArray selector = lever::fuzz::takeLine(lever::fuzz::bytes(data, size), &payload);
    if (selector.startsWith("form:")) {
        try {
            const OpportunityForm::Parsed form = OpportunityForm::parse(selector.mid(5), payload);
            if (form.resume && !form.resume->fileName)
                std::abort(); // a resume part without a file name must be refused
        } catch (const SandboxError &e) {
            if (e.status() >= 500)
                std::abort();
        }
        return 0;
    }
    const QString text = ResumeParser::text(QString::fromLatin1(selector), payload);
    if (text.size() > 2 * ResumeParser::kMaxTextBytes)
        std::abort();
    const ResumeParser::Details details = ResumeParser::details(text);
    if (details.emails.size() > 10 || details.links.size() > 10 || details.phones.size() > 5)
        std::abort();
    QJsonObject body;
    ResumeParser::fill(body, details);
    return 0;
}

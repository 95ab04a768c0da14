// Fuzzes posting HTML, which arrives from Lever (a posting's description, lists, closing) and from paste
// into the editor: the console's PostingHtml (normalize through QTextDocument, refusedTags, check,
// plainText) and the sandbox's HtmlWhitelist (its own tokenizer, entities, attribute checks).
//
// Input: the HTML as UTF-8 (invalid sequences become U+FFFD, as QString::fromUtf8 reads a body). A
// SandboxError (400) is the whitelist's answer to refused markup and is expected.

#include "FuzzInput.h"

#include "HtmlWhitelist.h"
#include "SandboxError.h"
#include "postings/PostingHtml.h"

#include <QGuiApplication>
#include <cstdlib>

using lever::models::PostingHtml;
using lever::sandbox::HtmlWhitelist;
using lever::sandbox::SandboxError;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QTextDocument lays text out with fonts: it needs a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(lever::fuzz::bytes(data, size));
    for (const auto profile : {PostingHtml::Profile::Description, PostingHtml::Profile::List}) {
        (void)PostingHtml::normalize(html, profile);
        (void)PostingHtml::refusedTags(html, profile);
        (void)PostingHtml::check(html, profile);
    }
    (void)PostingHtml::plainText(html);

    for (const auto profile : {HtmlWhitelist::Profile::Description, HtmlWhitelist::Profile::List}) {
        try {
            (void)HtmlWhitelist::plainText(html, profile, QStringLiteral("description"));
        } catch (const SandboxError &) {
        }
    }
    // What the sandbox stores for plain text must pass its own whitelist.
    const QString stored = HtmlWhitelist::fromPlainText(html);
    try {
        (void)HtmlWhitelist::plainText(stored, HtmlWhitelist::Profile::Description, QStringLiteral("text"));
    } catch (const SandboxError &e) {
        qWarning("fuzz_html: fromPlainText() gave HTML the whitelist refuses: %s", qPrintable(e.message()));
        std::abort();
    }
    return 0;
}

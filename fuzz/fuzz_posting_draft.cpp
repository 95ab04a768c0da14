// Fuzzes the posting editor's draft files read back from disk (PostingDraftStore::load): a file the
// console wrote may be torn by a crash, edited by hand or replaced, and is read at the next start. The
// bytes become the file of the draft for a new posting, are read through the real load(), and what it
// gives is used as the editor uses it (the prompt's date, comparison with the base, the update and create
// bodies, the conflict dialog's texts).

#include "FuzzInput.h"

#include "postings/PostingDraftStore.h"

#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <cstdlib>

using lever::models::PostingDraftStore;
using lever::models::PostingForm;

namespace {
QTemporaryDir *g_folder = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // displayText() reads HTML through QTextDocumentFragment, which needs a QGuiApplication.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    static QTemporaryDir folder;
    if (!folder.isValid())
        std::abort();
    g_folder = &folder;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const PostingDraftStore store(g_folder->path());
    const QString key = PostingDraftStore::newKey();
    static bool folderMade = false;
    if (!folderMade) {
        // save() makes the folder (0700) the way the editor does.
        PostingDraftStore::Draft empty;
        empty.key = key;
        folderMade = store.save(empty);
    }
    QFile file(store.filePath(key));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(lever::fuzz::bytes(data, size));
    file.close();

    const auto draft = store.load(key);
    if (!draft)
        return 0;
    (void)QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat);
    (void)draft->form.differences(draft->base);
    (void)draft->form.toUpdateDraft(draft->base).toJson();
    (void)draft->form.toCreateDraft().toJson();
    for (const QString &field : PostingForm::fields()) {
        (void)draft->form.displayText(field, [](const QString &id) { return id; });
        (void)draft->base.displayText(field, {});
    }
    return 0;
}

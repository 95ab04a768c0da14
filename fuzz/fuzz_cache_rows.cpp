// Fuzzes the local cache's row decoding: a cache file is read at every start, and a torn write, a
// foreign or damaged file must be refused row by row, never half-read. RecordCodec::decode and its
// sharing Decoder (binary opportunity rows) and ReferenceCodec (stages, archive reasons, postings and
// users as JSON arrays) all see the same bytes; whatever decodes must encode and decode again.

#include "FuzzInput.h"

#include "cache/RecordCodec.h"
#include "cache/ReferenceCodec.h"

#include <QCoreApplication>
#include <cstdlib>

using namespace lever::models;

namespace {
[[noreturn]] void fail(const char *what)
{
    qWarning("fuzz_cache_rows: %s", what);
    std::abort();
}

template <class T, class Decode> void reference(const QByteArray &json, Decode decode)
{
    const std::optional<QList<T>> items = decode(json);
    if (items && !decode(ReferenceCodec::encode(*items)))
        fail("a reference list that decoded does not decode again after encode()");
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray row = lever::fuzz::bytes(data, size);

    const auto record = RecordCodec::decode(row);
    RecordCodec::Decoder decoder;
    const auto shared = decoder.decode(row);
    const auto again = decoder.decode(row); // the second time through the shared strings
    if (record.has_value() != shared.has_value() || shared.has_value() != again.has_value())
        fail("RecordCodec::decode and Decoder disagree");
    if (record) {
        const QByteArray encoded = RecordCodec::encode(*record);
        const auto reread = decoder.decode(encoded);
        if (!reread || RecordCodec::encode(*reread) != encoded)
            fail("a row that decoded does not survive encode() and decode()");
    }

    reference<StageInfo>(row, [](const QByteArray &j) { return ReferenceCodec::stages(j); });
    reference<ArchiveReasonInfo>(row, [](const QByteArray &j) { return ReferenceCodec::archiveReasons(j); });
    reference<PostingInfo>(row, [](const QByteArray &j) { return ReferenceCodec::postings(j); });
    reference<UserInfo>(row, [](const QByteArray &j) { return ReferenceCodec::users(j); });
    return 0;
}

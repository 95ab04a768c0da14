// Fuzzes the sandbox's readers of a request, without routes or storage: Request (query access, epoch-ms and
// boolean parameters, the JSON body with its nesting guard), BodyReader, BodyFields and ResourceFields, each
// accessor called on every key of the body and of nested objects and array elements, as validators do.
//
// Input: an HTTP/1.1-like request (FuzzRequest.h). A SandboxError is the readers' answer to bad input (a
// 400 naming the field) and is expected; any other exception, a crash, UB or a leak is a finding.

#include "FuzzInput.h"
#include "FuzzRequest.h"

#include "BodyFields.h"
#include "BodyReader.h"
#include "ResourceFields.h"
#include "SandboxError.h"

#include <QCoreApplication>
#include <limits>

using namespace lever::sandbox;
using namespace Qt::StringLiterals;

namespace {

template <class F> void tolerate(F &&read)
{
    try {
        read();
    } catch (const SandboxError &) {
    }
}

const QStringList kAllowed = {u"a"_s, u"b"_s, u"per-year-salary"_s, u"true"_s};

void readQuery(const Request &request)
{
    (void)request.contentType();
    for (const auto &[key, value] : request.query) {
        // "name[]" items are found by "name" as well.
        const QString name = key.endsWith(u"[]"_s) ? key.chopped(2) : key;
        (void)request.hasQuery(name);
        (void)request.queryValue(name);
        (void)request.queryValues(name);
        (void)request.queryValues(name, true);
        tolerate([&] { (void)request.epochMsQuery(name); });
        tolerate([&] { (void)request.boolQuery(name); });
        tolerate([&] { (void)ResourceFields::enumParams(request, name, kAllowed); });
    }
}

void readObject(const QJsonObject &object, const QString &prefix, int depth)
{
    const BodyReader reader(object, prefix);
    const BodyFields fields(object, prefix);
    const ResourceFields resource(object, prefix);
    tolerate([&] { fields.allowOnly(kAllowed); });
    if (!prefix.isEmpty())
        tolerate([&] { (void)resource.payRange(); });
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        tolerate([&] { (void)reader.string(key); });
        tolerate([&] { (void)reader.string(key, BodyReader::kMaxLongText); });
        tolerate([&] { (void)reader.requiredString(key); });
        tolerate([&] { (void)reader.boolean(key); });
        tolerate([&] { (void)reader.integer(key, 1, 4); });
        tolerate([&] { (void)reader.integer(key, 0, kMax); });
        tolerate([&] { (void)reader.integer(key, kMin, kMax); });
        tolerate([&] { (void)reader.timestamp(key); });
        tolerate([&] { (void)reader.array(key); });
        tolerate([&] { (void)reader.oneOf(key, kAllowed); });

        tolerate([&] { (void)fields.string(key); });
        tolerate([&] { (void)fields.string(key, BodyFields::kMaxLink, false); });
        tolerate([&] { (void)fields.requiredString(key); });
        tolerate([&] { (void)fields.boolean(key); });
        tolerate([&] { (void)fields.timestamp(key); });
        tolerate([&] { (void)fields.object(key); });
        tolerate([&] { (void)fields.strings(key); });
        tolerate([&] { (void)fields.strings(key, BodyFields::kMaxText, false); });
        tolerate([&] { (void)fields.emails(key); });
        tolerate([&] { (void)fields.phones(key); });

        (void)resource.isSet(key);
        tolerate([&] { (void)resource.string(key); });
        tolerate([&] { (void)resource.strings(key); });
        tolerate([&] { (void)resource.boolean(key); });
        tolerate([&] { (void)resource.number(key); });
        tolerate([&] { (void)resource.object(key); });
        tolerate([&] { (void)resource.array(key); });
        tolerate([&] { (void)resource.requiredString(key); });
        tolerate([&] { (void)resource.oneOf(key, ResourceFields::payIntervals()); });

        const QJsonValue value = it.value();
        if (value.isString()) {
            tolerate(
                [&] { (void)BodyFields::checkText(value.toString(), key, BodyFields::kMaxText, false); });
            (void)BodyFields::isEmail(value.toString());
            (void)ResourceFields::isCurrencyCode(value.toString());
        }
        if (depth >= 4)
            continue;
        if (value.isObject())
            readObject(value.toObject(), prefix + key + u'.', depth + 1);
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size() && i < 8; ++i) {
                tolerate([&] {
                    const BodyReader element = BodyReader::element(array, i, prefix + key);
                    readObject(element.object(), element.name(QString()), depth + 1);
                });
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Request request = lever::fuzz::requestFromHttp(lever::fuzz::bytes(data, size));
    readQuery(request);
    QJsonObject body;
    try {
        body = request.jsonBody();
    } catch (const SandboxError &) {
        return 0;
    }
    readObject(body, QString(), 0);
    return 0;
}

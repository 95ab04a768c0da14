// Fuzzes what the console reads from Lever (or from anything answering at its base URL): every api value
// type's fromJson through the real parsers of answers (Parsers::data, Parsers::root, Page<T>), JsonReader's
// accessors on arbitrary keys, error bodies (ApiError::fromHttp) and the Retry-After header.
//
// Input: "<TypeName>\n<answer body>" (seeds read like that); a first line naming no type picks one from the
// first byte and the whole input is the body.

#include "FuzzInput.h"

#include "ApiError.h"
#include "JsonReader.h"
#include "Page.h"
#include "Parsers.h"
#include "RetryPolicy.h"
#include "types/Application.h"
#include "types/ArchiveReason.h"
#include "types/Archived.h"
#include "types/AuditEvent.h"
#include "types/Contact.h"
#include "types/EeoResponse.h"
#include "types/Feedback.h"
#include "types/FeedbackField.h"
#include "types/FeedbackTemplate.h"
#include "types/File.h"
#include "types/Interview.h"
#include "types/Note.h"
#include "types/Offer.h"
#include "types/Opportunity.h"
#include "types/Panel.h"
#include "types/Phone.h"
#include "types/Posting.h"
#include "types/Referral.h"
#include "types/Requisition.h"
#include "types/RequisitionField.h"
#include "types/Resume.h"
#include "types/Source.h"
#include "types/Stage.h"
#include "types/Tag.h"
#include "types/Upload.h"
#include "types/User.h"
#include "types/Webhook.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>
#include <any>
#include <cstdlib>

using namespace lever::api;

namespace {

// A value the console parsed is written back by toJson (the local cache, the candidate page's parts) and
// read again later; that second read must not fail.
template <class T> void checkRoundTrip(const std::any &parsed)
{
    if constexpr (requires(const T &t) { t.toJson(); }) {
        const T *value = std::any_cast<T>(&parsed);
        if (!value)
            return;
        QString error;
        if (!T::fromJson(value->toJson(), &error)) {
            qWarning("fuzz_api_types: toJson() output does not parse again: %s", qPrintable(error));
            std::abort();
        }
    }
}

template <class T> void parseAs(const QByteArray &body)
{
    const auto data = Parsers::data<T>()(body, 200);
    if (!data.error)
        checkRoundTrip<T>(data.value);
    const auto root = Parsers::root<T>()(body, 200);
    if (!root.error)
        checkRoundTrip<T>(root.value);
    const auto page = Parsers::page<T>()(body, 200);
    if (!page.error) {
        if (const auto *items = std::any_cast<Page<T>>(&page.value); items && !items->items.isEmpty())
            checkRoundTrip<T>(std::any(items->items.first()));
    }
}

struct TypeEntry
{
    const char *name;
    void (*parse)(const QByteArray &);
};

const TypeEntry kTypes[] = {
    {"Application", parseAs<Application>},
    {"ArchiveReason", parseAs<ArchiveReason>},
    {"Archived", parseAs<Archived>},
    {"AuditEvent", parseAs<AuditEvent>},
    {"Contact", parseAs<Contact>},
    {"CreatedOpportunity", parseAs<CreatedOpportunity>},
    {"EeoResponse", parseAs<EeoResponse>},
    {"Feedback", parseAs<Feedback>},
    {"FeedbackField", parseAs<FeedbackField>},
    {"FeedbackTemplate", parseAs<FeedbackTemplate>},
    {"File", parseAs<File>},
    {"Interview", parseAs<Interview>},
    {"Note", parseAs<Note>},
    {"Offer", parseAs<Offer>},
    {"Opportunity", parseAs<Opportunity>},
    {"Panel", parseAs<Panel>},
    {"Phone", parseAs<Phone>},
    {"Posting", parseAs<Posting>},
    {"Referral", parseAs<Referral>},
    {"Requisition", parseAs<Requisition>},
    {"RequisitionField", parseAs<RequisitionField>},
    {"Resume", parseAs<Resume>},
    {"Source", parseAs<Source>},
    {"Stage", parseAs<Stage>},
    {"Tag", parseAs<Tag>},
    {"Upload", parseAs<Upload>},
    {"User", parseAs<User>},
    {"Webhook", parseAs<Webhook>},
};
constexpr size_t kTypeCount = sizeof(kTypes) / sizeof(kTypes[0]);

// JsonReader on its own: every accessor on every key the object has, as a value type's read() might.
void readEveryKey(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return;
    const QJsonObject object = doc.object();
    QStringList errors;
    JsonReader r(object, &errors);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray latin1 = it.key().toLatin1();
        const JsonReader::Key key(latin1);
        (void)r.has(key);
        (void)r.isNull(key);
        (void)r.string(key);
        (void)r.nullableString(key);
        (void)r.boolean(key);
        (void)r.number(key);
        (void)r.integer(key);
        (void)r.strings(key);
        (void)r.rawObject(key);
        (void)r.rawArray(key);
        (void)r.ref<User>(key);
        (void)r.refs<Stage>(key);
        (void)r.nested<Phone>(key);
        (void)r.list<Tag>(key);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QNetworkRequest (behind the Retry-After date form) and translations want an application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = lever::fuzz::bytes(data, size);
    QByteArray body;
    const QByteArray first = lever::fuzz::takeLine(input, &body);
    const TypeEntry *type = nullptr;
    for (const TypeEntry &entry : kTypes) {
        if (first == entry.name)
            type = &entry;
    }
    if (!type) {
        type = &kTypes[uchar(input.at(0)) % kTypeCount];
        body = input;
    }
    type->parse(body);
    readEveryKey(body);

    // Error answers: any status with any body.
    const int status = 400 + uchar(input.at(0)) % 200;
    (void)ApiError::fromHttp(status, body).userText();

    // Retry-After: the first line as the header of a 429, read at a fixed time.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1700000000000LL, QTimeZone::utc());
    (void)RetryPolicy::parseRetryAfter(first, now);
    RetryPolicy policy;
    RetryPolicy::Failure failure;
    failure.method = "GET";
    failure.httpStatus = 429;
    failure.retryAfter = first;
    (void)policy.retryDelayMs(failure, 1);
    return 0;
}

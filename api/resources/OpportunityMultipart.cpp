#include "OpportunityMultipart.h"

#include "OneShotBody.h"
#include "QueryBuilder.h"
#include "resources/FileResource.h"

#include <QHttpMultiPart>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::api {

namespace {
QString text(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

QHttpPart textPart(const QByteArray &name, const QString &value, QHttpMultiPart *owner)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + '"'));
    part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; charset=utf-8"));
    part.setBodyDevice(new OneShotBody(value.toUtf8(), owner));
    return part;
}

QHttpPart filePart(const QByteArray &name, const Attachment &file, QHttpMultiPart *owner)
{
    QHttpPart part;
    // FileResource's disposition names the part "file"; only the name differs here.
    QByteArray disposition = FileResource::contentDisposition(file.fileName);
    disposition.replace("name=\"file\"", QByteArray("name=\"" + name + '"'));
    part.setHeader(QNetworkRequest::ContentDispositionHeader, disposition);
    part.setHeader(QNetworkRequest::ContentTypeHeader, file.contentType);
    part.setBodyDevice(new OneShotBody(file.content, owner));
    return part;
}
} // namespace

QList<QPair<QByteArray, QString>> OpportunityMultipart::formFields(const QJsonObject &body)
{
    QList<QPair<QByteArray, QString>> fields;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        if (it->isArray()) {
            const QJsonArray items = it->toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (!items.at(i).isObject()) {
                    fields.append({key + "[]", text(items.at(i))});
                    continue;
                }
                const QJsonObject item = items.at(i).toObject();
                for (auto sub = item.begin(); sub != item.end(); ++sub)
                    fields.append({key + '[' + QByteArray::number(i) + "][" + sub.key().toUtf8() + ']',
                                   text(*sub)});
            }
        } else if (it->isObject()) {
            const QJsonObject object = it->toObject();
            for (auto sub = object.begin(); sub != object.end(); ++sub)
                fields.append({key + '[' + sub.key().toUtf8() + ']', text(*sub)});
        } else if (!it->isNull() && !(it->isString() && it->toString().isEmpty())) {
            // An empty text is left out rather than sent: the name a resume is to fill in, say.
            fields.append({key, text(*it)});
        }
    }
    return fields;
}

Call<CreatedOpportunity> OpportunityMultipart::create(const NewOpportunity &opportunity,
                                                      const OpportunityResource::CreateOptions &options,
                                                      const std::optional<Attachment> &resume,
                                                      const QList<Attachment> &files)
{
    if (opportunity.name.trimmed().isEmpty() && opportunity.emails.isEmpty() && !opportunity.contact &&
        !(resume && options.parse))
        return refuse<CreatedOpportunity>(
            u"A new candidate needs a name, an e-mail address, a contact or a resume to read them from"_s);
    QList<Attachment> all = files;
    if (resume)
        all.append(*resume);
    for (const Attachment &file : std::as_const(all)) {
        if (file.content.size() > FileResource::kMaxFileBytes)
            return refuse<CreatedOpportunity>(u"Lever takes files of at most 30 MB"_s);
    }

    QueryBuilder q;
    if (options.parse)
        q.add("parse", std::optional<bool>(true));
    if (options.performAsPostingOwner)
        q.add("perform_as_posting_owner", std::optional<bool>(true));
    RequestSpec spec;
    spec.method = "POST";
    spec.path = u"/opportunities"_s;
    spec.query = q.encoded();
    spec.performAs = PerformAs::Required;
    const auto fields = formFields(opportunity.toJson());
    spec.multipart = [fields, resume, files] {
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto &[name, value] : fields)
            multipart->append(textPart(name, value, multipart));
        if (resume)
            multipart->append(filePart("resumeFile", *resume, multipart));
        for (const Attachment &file : files)
            multipart->append(filePart("files[]", file, multipart));
        return multipart;
    };
    return Call<CreatedOpportunity>(
        m_client.createJob(std::move(spec), Parsers::root<CreatedOpportunity>()));
}

} // namespace lever::api

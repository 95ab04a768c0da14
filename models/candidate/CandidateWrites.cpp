#include "candidate/CandidateWrites.h"

#include "LeverApi.h"
#include "Session.h"
#include "Store.h"
#include "candidate/CandidateModel.h"
#include "candidate/CandidateWrite.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::models {

CandidateWrites::CandidateWrites(CandidateModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{}

CandidateWrite *CandidateWrites::begin()
{
    auto *write = new CandidateWrite(this);
    ++m_pending;
    Q_EMIT pendingChanged(m_pending);
    connect(write, &CandidateWrite::finished, this, [this] {
        --m_pending;
        Q_EMIT pendingChanged(m_pending);
    });
    return write;
}

CandidateWrite *CandidateWrites::saveContact(const api::Contact &contact)
{
    CandidateWrite *write = begin();
    if (contact.name.trimmed().isEmpty()) {
        write->finish(false, tr("A name is required."));
        return write;
    }
    m_model.session()
        .client()
        .contacts()
        .update(contact.id, contact)
        .then(write, [this, write](const api::Result<api::Contact> &r) {
            if (!r.ok()) {
                write->finish(false, tr("Could not save the contact: %1").arg(r.error().userText()));
                return;
            }
            write->finish(true);
            m_model.reload(CandidateModel::Part::Opportunity);
        });
    return write;
}

CandidateWrite *CandidateWrites::saveOpportunity(const api::OpportunityChanges &changes)
{
    CandidateWrite *write = begin();
    m_model.session()
        .client()
        .opportunities()
        .update(m_model.opportunityId(), changes)
        .then(write, [this, write](const api::Result<api::Opportunity> &r) {
            if (!r.ok()) {
                write->finish(false, tr("Could not save the opportunity: %1").arg(r.error().userText()));
                return;
            }
            write->finish(true);
            m_model.reload(CandidateModel::Part::Opportunity);
        });
    return write;
}

CandidateWrite *CandidateWrites::addNote(const QString &text, bool secret, int score, const QString &replyTo)
{
    CandidateWrite *write = begin();
    if (text.trimmed().isEmpty()) {
        write->finish(false, tr("The note is empty."));
        return write;
    }
    api::NoteDraft draft;
    draft.value = text;
    if (secret)
        draft.secret = true;
    if (score >= 1 && score <= 4)
        draft.score = score;
    m_model.session()
        .client()
        .notes()
        .create(m_model.opportunityId(), draft, replyTo)
        .then(write, [this, write](const api::Result<api::Note> &r) {
            if (!r.ok()) {
                write->finish(false, tr("Could not save the note: %1").arg(r.error().userText()));
                return;
            }
            write->setCreatedId(r.value().id.isEmpty() ? r.value().noteId.value_or(QString()) : r.value().id);
            write->finish(true);
            m_model.reload(CandidateModel::Part::Notes);
        });
    return write;
}

bool CandidateWrites::isEmptyValue(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString())
        return value.toString().trimmed().isEmpty();
    if (value.isArray())
        return value.toArray().isEmpty();
    return false;
}

QStringList CandidateWrites::missingRequired(const api::FeedbackTemplate &form,
                                             const QHash<QString, QJsonValue> &values)
{
    QStringList missing;
    for (const api::FeedbackField &field : form.fields) {
        if (field.required && isEmptyValue(values.value(field.id)))
            missing.append(field.text);
    }
    return missing;
}

CandidateWrite *CandidateWrites::submitFeedback(const api::FeedbackTemplate &form,
                                                const QHash<QString, QJsonValue> &values)
{
    CandidateWrite *write = begin();
    const QStringList missing = missingRequired(form, values);
    if (!missing.isEmpty()) {
        write->finish(false, tr("Please fill in: %1").arg(missing.join(u", "_s)));
        return write;
    }
    api::FeedbackDraft draft;
    draft.baseTemplateId = form.id;
    for (const api::FeedbackField &field : form.fields) {
        const QJsonValue value = values.value(field.id);
        if (!isEmptyValue(value))
            draft.fieldValues.append({field.id, value});
    }
    draft.completedAt = QDateTime::currentMSecsSinceEpoch();
    m_model.session()
        .client()
        .feedback()
        .create(m_model.opportunityId(), draft)
        .then(write, [this, write](const api::Result<api::Feedback> &r) {
            if (!r.ok()) {
                write->finish(false, tr("Could not submit the feedback: %1").arg(r.error().userText()));
                return;
            }
            write->setCreatedId(r.value().id);
            write->finish(true);
            m_model.reload(CandidateModel::Part::Feedback);
        });
    return write;
}

CandidateWrite *CandidateWrites::uploadFile(const QString &path)
{
    CandidateWrite *write = begin();
    const QFileInfo info(path);
    if (!info.isFile()) {
        write->finish(false, tr("%1 is not a file.").arg(info.fileName()));
        return write;
    }
    // Lever refuses more than 30 MB; saying so before sending spares a long, doomed upload.
    if (info.size() > kMaxUploadBytes) {
        write->finish(false, tr("%1 is larger than 30 MB, the most Lever accepts.").arg(info.fileName()));
        return write;
    }
    auto *file = new QFile(path, write);
    if (!file->open(QIODevice::ReadOnly)) {
        write->finish(false, tr("Could not read %1: %2").arg(info.fileName(), file->errorString()));
        return write;
    }
    m_model.session()
        .client()
        .files()
        .upload(m_model.opportunityId(), info.fileName(), file)
        .onProgress(write, [write](qint64 done, qint64 total) { write->reportProgress(done, total); })
        .then(write, [this, write, name = info.fileName()](const api::Result<api::File> &r) {
            if (!r.ok()) {
                write->finish(false, tr("Could not upload %1: %2").arg(name, r.error().userText()));
                return;
            }
            write->setCreatedId(r.value().id);
            write->finish(true);
            m_model.reload(CandidateModel::Part::Files);
        });
    return write;
}

CandidateWrite *CandidateWrites::downloadFile(const QString &fileId, const QString &targetPath)
{
    CandidateWrite *write = begin();
    auto *sink = new QFile(targetPath, write);
    if (!sink->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        write->finish(false, tr("Could not write %1: %2").arg(targetPath, sink->errorString()));
        return write;
    }
    api::FileResource files = m_model.session().client().files();
    const QString opportunityId = m_model.opportunityId();
    (m_model.isResumeOnly(fileId) ? files.downloadResume(opportunityId, fileId, sink)
                                  : files.download(opportunityId, fileId, sink))
        .onProgress(write, [write](qint64 done, qint64 total) { write->reportProgress(done, total); })
        .then(write, [this, write, sink, fileId](const api::Result<qint64> &r) {
            sink->close();
            if (!r.ok()) {
                sink->remove(); // no half-written file left behind
                explainFailedDownload(write, fileId, r.error());
                return;
            }
            write->finish(true);
        });
    return write;
}

void CandidateWrites::explainFailedDownload(CandidateWrite *write, const QString &fileId,
                                            const api::ApiError &error)
{
    using Category = api::ApiError::Category;
    const QString said = tr("Could not download the file: %1").arg(error.userText());
    // Lever answers 404 for a file deleted meanwhile and 422 for one it could not process: the file's own
    // record (GET /opportunities/{id}/files/{fileId}) tells which, in words a recruiter can act on.
    if ((error.category() != Category::NotFound && error.category() != Category::Invalid) ||
        m_model.isResumeOnly(fileId)) {
        write->finish(false, said);
        return;
    }
    m_model.session()
        .client()
        .files()
        .get(m_model.opportunityId(), fileId)
        .then(write, [this, write, said](const api::Result<api::File> &file) {
            if (!file.ok() && file.error().category() == api::ApiError::Category::NotFound) {
                write->finish(false, tr("This file was deleted in Lever meanwhile; the list is read again."));
                m_model.reload(CandidateModel::Part::Files);
            } else if (file.ok() && file->status == u"processing"_s) {
                write->finish(false,
                              tr("Lever is still processing \"%1\". Try again in a minute.").arg(file->name));
            } else if (file.ok() && file->status && file->status != u"processed"_s) {
                write->finish(false,
                              tr("Lever could not process \"%1\" (%2), so it cannot be downloaded. Upload "
                                 "it again, or ask the person who sent it for another copy.")
                                  .arg(file->name, *file->status));
            } else {
                write->finish(false, said);
            }
        });
}

CandidateWrite *CandidateWrites::deleteFile(const QString &fileId)
{
    CandidateWrite *write = begin();
    m_model.session()
        .client()
        .files()
        .remove(m_model.opportunityId(), fileId)
        .then(write, [this, write](const api::Result<api::NoContent> &r) {
            if (!r.ok()) {
                write->finish(false, tr("Could not delete the file: %1").arg(r.error().userText()));
                return;
            }
            write->finish(true);
            m_model.reload(CandidateModel::Part::Files);
        });
    return write;
}

} // namespace lever::models

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lever::sandbox {

// The application form of a posting, in the recorded GET /postings/{id}/apply shape: personalInformation,
// urls, customQuestions (one card) and, for postings in the US, eeoQuestions (gender, race, veteran).
// Built from the posting on every read instead of stored, so the demo data needs no extra draws and every
// posting, old or new, has one. Ids are name-based UUIDs of the posting id and the question, stable
// across restarts and seeds, as an applicant's answers must name them.
class ApplicationForm
{
public:
    static QJsonObject of(const QJsonObject &posting);

    // The `name`s of the form's personalInformation and urls entries.
    static QStringList names(const QJsonArray &entries);
    // Option texts of a question (`options[].text`).
    static QStringList optionTexts(const QJsonObject &question);

private:
    static QString stableId(const QString &postingId, const QString &key);
    static QJsonArray personalInformation();
    static QJsonArray urls(const QString &department);
    static QJsonArray customQuestions(const QJsonObject &posting);
    static QJsonObject eeoQuestions();
};

} // namespace lever::sandbox

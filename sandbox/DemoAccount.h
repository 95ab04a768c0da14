#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lever::sandbox {

class DocumentStore;

// The baseline account the demo data builds on (users, pipeline stages, archive reasons, feedback
// templates), read back from the store once and sorted into the roles the generators need.
struct DemoAccount
{
    struct User
    {
        QString id;
        QString name;
        QString email;
        QString username;
        QString role;
    };

    QList<User> users;         // active users only
    QList<int> recruiters;     // indexes into users: who owns postings and candidates
    QList<int> hiringManagers; // team members and limited team members
    QList<int> interviewers;   // every active user
    QStringList stageIds;      // pipeline order
    QStringList stageTexts;
    int leadNew = -1; // stage indexes; -1 when the account has no such stage
    int leadReachedOut = -1;
    int leadResponded = -1;
    int applicantNew = 0;
    int offer = 0;
    QList<int> interviewStages; // stages that hold interviews (between applicant-new and offer)
    QString hiredReason;        // id of the active "hired" archive reason
    QList<QJsonObject> templates;
    QList<QJsonObject> requisitionFields;

    // Throws std::runtime_error when the baseline is missing (generate() runs after BaselineData::seed).
    static DemoAccount load(const DocumentStore &docs);
    // Id of the active archive reason called `text`, else of any active non-hired one.
    QString reason(const QString &text) const;
    const QJsonObject &templateNamed(const QString &text) const; // falls back to the first template
    const User &user(const QString &id) const;                   // an active user's record

    QList<QPair<QString, QString>> nonHiredReasons; // active ones: (text, id)
};

} // namespace lever::sandbox

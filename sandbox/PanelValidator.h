#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace lever::sandbox {

class BodyReader;
struct SandboxContext;

// Checks panel and interview bodies (lever-api-notes.md §6 "Scheduling") against one opportunity and
// turns them into normalised panel entries: defaults filled in, interviewers resolved to users.
class PanelValidator
{
public:
    PanelValidator(SandboxContext &ctx, QJsonObject opportunity);

    // A panel body: {timezone, interviews[], applications[], feedbackReminder, note, externalUrl}.
    // `existingInterviewIds`: on a PUT, the ids interviews may carry (others are refused); on a POST,
    // empty, and no interview may carry an id. The answer holds the same keys, with defaults and every
    // interview normalised as by interview().
    QJsonObject panel(const QJsonObject &body, const QSet<QString> &existingInterviewIds = {});

    // One interview {subject, note, interviewers[{id, feedbackTemplate}], date, duration, location,
    // feedbackTemplate, feedbackReminder} as a panel entry (interviewers carry id, name, email and
    // feedbackTemplate; `id` is copied when `allowId`).
    QJsonObject interview(const BodyReader &body, bool allowId);

private:
    QJsonObject activeUser(const QString &id, const QString &field);
    QString feedbackTemplate(const QString &id, const QString &field);

    SandboxContext &m_ctx;
    QJsonObject m_opportunity;
    QHash<QString, QJsonObject> m_users;
    QSet<QString> m_templates;
};

} // namespace lever::sandbox

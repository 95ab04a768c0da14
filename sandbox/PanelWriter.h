#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace lever::sandbox {

struct SandboxContext;

// Writes API-managed panels and keeps each panel's `interviews` array and its `interview` documents
// (GET /opportunities/{id}/interviews shape) in step, emitting the interview webhook events.
class PanelWriter
{
public:
    // `opportunity`: the stored opportunity; `actingUser`: recorded as the panel's and interviews' user.
    PanelWriter(SandboxContext &ctx, QJsonObject opportunity, QString actingUser);

    // `input`: a normalised panel from PanelValidator::panel(). Answers the stored panel.
    QJsonObject create(const QJsonObject &input);
    // Replaces `panel` by `input`: interviews with an id are kept (same id), the others are new, and
    // interviews of `panel` that `input` omits are deleted.
    QJsonObject replace(const QJsonObject &panel, const QJsonObject &input);
    void remove(const QJsonObject &panel);

    // `entry`: a normalised interview from PanelValidator::interview(). Answers the interview document.
    QJsonObject addInterview(const QJsonObject &panel, const QJsonObject &entry);
    QJsonObject replaceInterview(const QJsonObject &panel, const QString &interviewId,
                                 const QJsonObject &entry);
    // Deleting the last interview deletes the panel too.
    void removeInterview(const QJsonObject &panel, const QString &interviewId);

    // Builds the event data every interview event carries.
    static QJsonObject eventData(const QJsonObject &opportunity, const QString &interviewId,
                                 const QString &panelId);

private:
    // Stores `panel` (its interviews complete with ids) and its interview documents; answers the panel.
    // `touched`: interviews this write creates or changes; the others keep their recorded user.
    QJsonObject store(QJsonObject panel, const QList<QJsonObject> &previousInterviews,
                      const QSet<QString> &touched);
    QJsonObject interviewDoc(const QJsonObject &panel, const QJsonObject &entry, const QJsonObject &previous,
                             bool touched) const;
    QJsonObject scheduled(QJsonObject entry, const QJsonObject &previous) const;
    QList<QJsonObject> interviewsOf(const QJsonObject &panel) const;
    void emitEvent(const QString &event, const QString &interviewId, const QString &panelId);

    SandboxContext &m_ctx;
    QJsonObject m_opportunity;
    QString m_opportunityId;
    QString m_user;
};

} // namespace lever::sandbox

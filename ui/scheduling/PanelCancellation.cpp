#include "PanelCancellation.h"

#include "ChildData.h"
#include "Session.h"
#include "Store.h"
#include "common/Confirm.h"
#include "scheduling/PanelActions.h"

#include <QCoreApplication>
#include <QWidget>

namespace lever::ui {

namespace {
// How many interviews of the panel the Store knows about, for the question.
int knownInterviews(models::Session &session, const QString &opportunityId, const QString &panelId)
{
    int count = 0;
    if (const models::ChildData *data = session.store().childData(opportunityId)) {
        for (const api::Interview &interview : data->interviews)
            count += interview.panel == panelId && !interview.isCanceled() ? 1 : 0;
    }
    return count;
}
} // namespace

models::PanelActions *cancelPanel(models::Session &session, const QString &opportunityId,
                                  const QString &panelId, QWidget *parent)
{
    if (!parent)
        return nullptr;
    auto *actions = new models::PanelActions(session, parent);
    const int count = knownInterviews(session, opportunityId, panelId);
    Confirm::Question question;
    question.title = QCoreApplication::translate("PanelCancellation", "Cancel interviews?");
    question.text = count > 0
                        ? QCoreApplication::translate("PanelCancellation",
                                                      "This removes the panel and its %n interview(s) "
                                                      "from Lever. Interviewers are no longer expected.",
                                                      nullptr, count)
                        : QCoreApplication::translate(
                              "PanelCancellation",
                              "This removes the panel and all its interviews from Lever. Interviewers "
                              "are no longer expected.");
    question.acceptText = QCoreApplication::translate("PanelCancellation", "Cancel interviews");
    QObject::connect(
        actions, &models::PanelActions::failed, parent, [parent, actions](const QString &message) {
            Confirm::inform(
                parent, QCoreApplication::translate("PanelCancellation", "The interviews were not cancelled"),
                message, true);
            actions->deleteLater();
        });
    QObject::connect(actions, &models::PanelActions::cancelled, actions, &QObject::deleteLater);
    Confirm::ask(parent, question, [actions, opportunityId, panelId](bool yes) {
        if (yes)
            actions->cancelPanel(opportunityId, panelId);
        else
            actions->deleteLater();
    });
    return actions;
}

} // namespace lever::ui

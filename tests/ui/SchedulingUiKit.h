#pragma once
// Shared helpers of the scheduling widget tests: an in-process sandbox with a seeded opportunity, a Client
// acting as the sandbox's super admin, a started Session whose users and opportunities have synced, the
// user's zone pinned to Europe/Berlin, and small readers of the panels the sandbox holds.
#include "ApiKeyCredentials.h"
#include "ChildDataLoader.h"
#include "Client.h"
#include "FaultInjector.h"
#include "LeverApi.h"
#include "RequestLog.h"
#include "SandboxFixture.h"
#include "SchedulingScenario.h"
#include "Session.h"
#include "Store.h"
#include "UsersModel.h"
#include "scheduling/ZoneTime.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTest>
#include <memory>

namespace lever::test::schedulingui {

using namespace Qt::StringLiterals;

inline std::unique_ptr<api::Client> makeClient(SandboxFixture &f)
{
    api::Client::Options o;
    o.retry.baseDelayMs = 10;
    o.retry.maxDelayMs = 200;
    auto client = std::make_unique<api::Client>(f.sandbox().baseUrl(),
                                                std::make_shared<api::ApiKeyCredentials>(f.apiKey()), o);
    client->setActingUserId(f.firstUserId());
    return client;
}

struct ScheduleEnv
{
    SandboxFixture f;
    SchedulingScenario scenario{f};
    SchedulingScenario::Opportunity opp = scenario.seed();
    SchedulingScenario::Opportunity other = scenario.seed();
    std::unique_ptr<api::Client> client = makeClient(f);
    std::unique_ptr<models::Session> session = std::make_unique<models::Session>(*client);

    // Seeds first (panels on the sandbox), then starts the session so the Store holds both opportunities.
    bool start()
    {
        models::ZoneTime::setUserZoneForTesting(QTimeZone("Europe/Berlin"));
        session->start();
        return QTest::qWaitFor(
            [this] {
                return session->users().rowCount() > 0 && session->store().opportunity(opp.opp) &&
                       session->store().opportunity(other.opp);
            },
            15000);
    }
    ~ScheduleEnv() { models::ZoneTime::setUserZoneForTesting(QTimeZone()); }

    // Active users other than the acting one, with their names.
    QList<QPair<QString, QString>> people() const
    {
        QList<QPair<QString, QString>> out;
        const models::UsersModel &users = session->users();
        for (int row = 0; row < users.rowCount(); ++row) {
            const QModelIndex i = users.index(row);
            if (i.data(Qt::UserRole).toString() != client->actingUserId())
                out.append({i.data(Qt::UserRole).toString(), i.data(Qt::DisplayRole).toString()});
        }
        return out;
    }

    QJsonArray panels(const QString &opportunityId)
    {
        return f.get(u"/opportunities/"_s + opportunityId + u"/panels"_s).list();
    }
    QJsonObject panel(const QString &opportunityId, const QString &panelId)
    {
        const QJsonArray all = panels(opportunityId);
        for (const QJsonValue &v : all) {
            if (v.toObject().value(u"id"_s).toString() == panelId)
                return v.toObject();
        }
        return {};
    }
    // Creates an API-managed panel straight on the sandbox; answers it.
    QJsonObject createPanel(const QString &opportunityId, const QJsonObject &body)
    {
        const auto reply =
            f.post(u"/opportunities/"_s + opportunityId + u"/panels?perform_as="_s + f.firstUserId(), body);
        if (reply.status != 201 && reply.status != 200)
            qWarning() << "panel create answered" << reply.status << reply.body;
        return reply.data();
    }
    int requests(const QByteArray &method, const QString &pathPart)
    {
        int n = 0;
        const auto entries = f.sandbox().requestLog().entries();
        for (const auto &e : entries)
            n += e.method == method && e.path.contains(pathPart) ? 1 : 0;
        return n;
    }
    QString firstTemplateId()
    {
        return f.get(u"/feedback_templates"_s).list().at(0).toObject().value(u"id"_s).toString();
    }
};

// The epoch ms of a wall-clock time given in UTC, computed without the product's zone code.
inline qint64 utcMs(QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

// A winter day next year: New York is at UTC−5 and Berlin at UTC+1, six hours apart.
inline QDate winterDay()
{
    return QDate(QDate::currentDate().year() + 1, 1, 15);
}

inline void replaceText(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
}

inline bool focusWithin(QWidget *w)
{
    QWidget *focus = QApplication::focusWidget();
    return w && focus && (focus == w || w->isAncestorOf(focus) || focus->focusProxy() == w);
}

} // namespace lever::test::schedulingui

#pragma once

#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <memory>

namespace lever::test {

// Shared data of the scheduling tests (header-only): an opportunity with an active and an archived
// application, the active users, panel and interview bodies, and the webhook events the sandbox emits.
class SchedulingScenario
{
public:
    static constexpr qint64 kHour = 3600 * 1000;
    static constexpr qint64 kDay = 24 * kHour;

    struct Event
    {
        QString name;
        QJsonObject data;
    };
    struct Opportunity
    {
        QString opp, contact, activeApp, archivedApp, posting;
    };

    // Records every event `f`'s sandbox emits into `events` (replacing the dispatcher for the test).
    explicit SchedulingScenario(SandboxFixture &f)
        : m_f(f)
    {
        f.sandbox().context().notify = [this](const QString &name, const QJsonObject &data) {
            events.append({name, data});
        };
        base = f.sandbox().context().now() + 3 * kDay;
    }

    QList<Event> events;
    qint64 base = 0; // a future time to schedule at

    Opportunity seed()
    {
        using lever::sandbox::SandboxContext;
        Opportunity s;
        s.posting = SandboxContext::newId();
        s.activeApp = SandboxContext::newId();
        s.archivedApp = SandboxContext::newId();
        const QJsonObject opp = m_f.seedOpportunity(
            QJsonObject{{QStringLiteral("applications"), QJsonArray{s.archivedApp, s.activeApp}}},
            {s.posting});
        s.opp = opp.value(QLatin1String("id")).toString();
        s.contact = opp.value(QLatin1String("contact")).toString();
        m_f.seedDocument(QStringLiteral("application"), s.opp,
                         QJsonObject{{QStringLiteral("id"), s.activeApp},
                                     {QStringLiteral("posting"), s.posting},
                                     {QStringLiteral("archived"), QJsonValue()}});
        m_f.seedDocument(QStringLiteral("application"), s.opp,
                         QJsonObject{{QStringLiteral("id"), s.archivedApp},
                                     {QStringLiteral("posting"), QStringLiteral("old-posting")},
                                     {QStringLiteral("archived"),
                                      QJsonObject{{QStringLiteral("reason"), QStringLiteral("r")},
                                                  {QStringLiteral("archivedAt"), 1000}}}});
        return s;
    }

    QStringList activeUsers() const
    {
        QStringList out;
        const QList<QJsonObject> users = m_f.sandbox().context().docs.all(QStringLiteral("user"));
        for (const QJsonObject &u : users) {
            if (u.value(QLatin1String("deactivatedAt")).isNull())
                out.append(u.value(QLatin1String("id")).toString());
        }
        return out;
    }

    static QJsonObject interview(const QString &subject, qint64 date, int duration,
                                 const QStringList &interviewers)
    {
        QJsonArray people;
        for (const QString &id : interviewers)
            people.append(QJsonObject{{QStringLiteral("id"), id}});
        return QJsonObject{{QStringLiteral("subject"), subject},
                           {QStringLiteral("note"), QStringLiteral("Bring the exercise")},
                           {QStringLiteral("interviewers"), people},
                           {QStringLiteral("date"), date},
                           {QStringLiteral("duration"), duration}};
    }

    static QJsonObject panelBody(const QJsonArray &interviews)
    {
        return QJsonObject{{QStringLiteral("timezone"), QStringLiteral("America/Los_Angeles")},
                           {QStringLiteral("interviews"), interviews}};
    }

    static QStringList ids(const QJsonArray &items)
    {
        QStringList out;
        for (const QJsonValue &v : items)
            out.append(v.toObject().value(QLatin1String("id")).toString());
        return out;
    }

private:
    SandboxFixture &m_f;
};

// What every scheduling test class holds: a fresh sandbox and scenario per test function, an acting user
// and the scenario's base time, with the scenario's builders at hand. Mixed into the QObject test classes.
class SchedulingTestBase
{
protected:
    void setUp()
    {
        m_f = std::make_unique<SandboxFixture>();
        m_s = std::make_unique<SchedulingScenario>(*m_f);
        m_actor = activeUsers().at(3);
        m_base = m_s->base;
    }
    void tearDown()
    {
        m_s.reset();
        m_f.reset();
    }
    SchedulingScenario::Opportunity seed() { return m_s->seed(); }
    QStringList activeUsers() const { return m_s->activeUsers(); }
    static QJsonObject interview(const QString &subject, qint64 date, int duration, const QStringList &people)
    {
        return SchedulingScenario::interview(subject, date, duration, people);
    }
    static QJsonObject panelBody(const QJsonArray &interviews)
    {
        return SchedulingScenario::panelBody(interviews);
    }
    static QStringList ids(const QJsonArray &items) { return SchedulingScenario::ids(items); }
    QString asUser() const { return QStringLiteral("?perform_as=") + m_actor; }

    std::unique_ptr<SandboxFixture> m_f;
    std::unique_ptr<SchedulingScenario> m_s;
    QString m_actor;
    qint64 m_base = 0;
};

} // namespace lever::test

// The scheduling dialog against an in-process sandbox through a real Session: a panel across a time-zone
// difference, rescheduling without losing fields, cancelling, the overlap warning, a failed save and
// refused input.
#include "SchedulingUiKit.h"
#include "common/Confirm.h"
#include "pickers/UserPicker.h"
#include "scheduling/InterviewEditor.h"
#include "scheduling/InterviewerPicker.h"
#include "scheduling/PanelActions.h"
#include "scheduling/PanelCancellation.h"
#include "scheduling/ScheduleDialog.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::test::schedulingui;
using lever::test::SchedulingScenario;

class TestScheduling : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScheduleEnv> m_env;
    QList<ui::Confirm::Question> m_asked;
    bool m_answer = true;

    std::unique_ptr<ui::ScheduleDialog> openDialog(const QString &opportunityId)
    {
        auto d = std::make_unique<ui::ScheduleDialog>(*m_env->session, opportunityId);
        d->resize(1280, 800);
        d->open();
        QApplication::setActiveWindow(d.get());
        [&] { QVERIFY(QTest::qWaitForWindowActive(d.get())); }();
        return d;
    }

    // Escape would reach the dialog and close it when no popup is open; the test just closes the popup.
    static void hidePopup(QCompleter *completer)
    {
        if (completer && completer->popup())
            completer->popup()->hide();
        // Offscreen windows keep the popup as the active window once it is hidden; a window manager would
        // not.
        if (completer && completer->widget())
            QApplication::setActiveWindow(completer->widget()->window());
    }

    static QLabel *label(QWidget *root, const QString &name) { return root->findChild<QLabel *>(name); }

    // Types each name into the interviewer search until its chip appears.
    static bool addInterviewer(ui::InterviewEditor *e, const QString &id, const QString &name)
    {
        replaceText(e->interviewers()->picker()->lineEdit(), name);
        const bool added =
            QTest::qWaitFor([&] { return e->interviewerIds().contains(id); }, 5000) &&
            QTest::qWaitFor([&] { return e->interviewers()->picker()->text().isEmpty(); }, 5000);
        QTest::qWait(20);
        hidePopup(e->interviewers()->picker()->lineEdit()->completer());
        return added;
    }

    static void setWhen(ui::InterviewEditor *e, QDate date, QTime time, int minutes)
    {
        e->dateEdit()->setDate(date);
        e->timeEdit()->setTime(time);
        e->durationEdit()->setValue(minutes);
    }

    static void chooseZone(ui::ScheduleDialog *d, const QString &zone)
    {
        replaceText(d->zoneCombo()->lineEdit(), zone);
        hidePopup(d->zoneCombo()->completer());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ui::Confirm::setAnswererForTesting([this](const ui::Confirm::Question &q) {
            m_asked.append(q);
            return m_answer;
        });
    }
    void init()
    {
        m_asked.clear();
        m_answer = true;
        ui::Confirm::informedForTesting().clear();
        m_env = std::make_unique<ScheduleEnv>();
    }
    void cleanup() { m_env.reset(); }

    void schedulesTwoInterviewsAcrossZones()
    {
        ScheduleEnv &env = *m_env;
        QVERIFY(env.start());
        const auto people = env.people();
        QVERIFY(people.size() >= 2);
        auto d = openDialog(env.opp.opp);
        QSignalSpy saved(d.get(), &ui::ScheduleDialog::saved);

        // The user is in Berlin; the panel is in New York.
        QCOMPARE(d->zoneCombo()->currentText(), u"Europe/Berlin"_s);
        QVERIFY(!label(d.get(), u"zoneWarning"_s)->isVisible());
        chooseZone(d.get(), u"America/New_York"_s);
        QTRY_VERIFY(label(d.get(), u"zoneWarning"_s)->isVisible());

        ui::InterviewEditor *first = d->editors().at(0);
        replaceText(first->subjectEdit(), u"Technical interview"_s);
        QVERIFY(addInterviewer(first, people.at(0).first, people.at(0).second));
        setWhen(first, winterDay(), QTime(9, 30), 60);
        replaceText(first->findChild<QLineEdit *>(u"location"_s), u"https://meet.example.com/tech"_s);
        replaceText(first->findChild<QLineEdit *>(u"note"_s), u"Bring the exercise"_s);
        auto *templates = first->findChild<QComboBox *>(u"feedbackTemplate"_s);
        QTRY_VERIFY(templates->count() > 1);
        templates->setCurrentIndex(1);
        const QString templateId = templates->currentData().toString();
        QCOMPARE(templateId, env.firstTemplateId());
        auto *reminder = first->findChild<QComboBox *>(u"feedbackReminder"_s);
        reminder->setCurrentIndex(reminder->findData(u"daily"_s));
        // Shown in both zones: 09:30 in New York is 15:30 in Berlin.
        const QString times = label(first, u"times"_s)->text();
        QVERIFY2(times.contains(u"09:30"_s) && times.contains(u"15:30"_s) &&
                     times.contains(u"America/New_York"_s) && times.contains(u"Europe/Berlin"_s),
                 qPrintable(times));

        QTest::mouseClick(d->findChild<QPushButton *>(u"addInterview"_s), Qt::LeftButton);
        QCOMPARE(d->editors().size(), 2);
        ui::InterviewEditor *second = d->editors().at(1);
        // A new interview follows the last one, with the same people.
        QCOMPARE(second->timeEdit()->time(), QTime(10, 30));
        QCOMPARE(second->interviewerIds(), QStringList{people.at(0).first});
        replaceText(second->subjectEdit(), u"Meet the team"_s);
        QVERIFY(addInterviewer(second, people.at(1).first, people.at(1).second));
        setWhen(second, winterDay(), QTime(14, 0), 45);

        QTest::mouseClick(d->findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        // Saved: the dialog stays open to offer the calendar export, and Close.
        QVERIFY(d->isSaved());
        QVERIFY(d->findChild<QPushButton *>(u"exportIcs"_s)->isVisible());
        QVERIFY(!d->findChild<QPushButton *>(u"save"_s)->isVisible());
        const QString panelId = saved.at(0).at(0).toString();
        {
            // The export writes both interviews in the panel's zone, with the interviewers' addresses.
            QTemporaryDir dir;
            const QString path = dir.filePath(u"panel.ics"_s);
            QString message;
            QVERIFY2(d->exportCalendarTo(path, &message), qPrintable(message));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray ics = file.readAll();
            QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
            QVERIFY(ics.contains("TZID:America/New_York\r\n"));
            QVERIFY(ics.contains("DTSTART;TZID=America/New_York:"));
            QVERIFY(ics.contains("SUMMARY:Technical interview with"));
            QVERIFY(ics.contains("ATTENDEE;CN="));
        }

        const QJsonObject panel = env.panel(env.opp.opp, panelId);
        QCOMPARE(panel.value(u"timezone"_s).toString(), u"America/New_York"_s);
        const QJsonArray interviews = panel.value(u"interviews"_s).toArray();
        QCOMPARE(interviews.size(), 2);
        QJsonObject a = interviews.at(0).toObject(), b = interviews.at(1).toObject();
        if (a.value(u"subject"_s).toString() != u"Technical interview"_s)
            std::swap(a, b);
        QCOMPARE(a.value(u"subject"_s).toString(), u"Technical interview"_s);
        QCOMPARE(qint64(a.value(u"date"_s).toDouble()), utcMs(winterDay(), 14, 30));
        QCOMPARE(a.value(u"duration"_s).toInt(), 60);
        QCOMPARE(a.value(u"location"_s).toString(), u"https://meet.example.com/tech"_s);
        QCOMPARE(a.value(u"note"_s).toString(), u"Bring the exercise"_s);
        QCOMPARE(a.value(u"feedbackTemplate"_s).toString(), templateId);
        QCOMPARE(a.value(u"feedbackReminder"_s).toString(), u"daily"_s);
        QCOMPARE(b.value(u"subject"_s).toString(), u"Meet the team"_s);
        QCOMPARE(qint64(b.value(u"date"_s).toDouble()), utcMs(winterDay(), 19, 0));
        QCOMPARE(b.value(u"duration"_s).toInt(), 45);
        QStringList bPeople;
        const QJsonArray bArray = b.value(u"interviewers"_s).toArray();
        for (const QJsonValue &p : bArray)
            bPeople.append(p.toObject().value(u"id"_s).toString());
        bPeople.sort();
        QStringList expected{people.at(0).first, people.at(1).first};
        expected.sort();
        QCOMPARE(bPeople, expected);
        // The Store hears of the new interviews (cards and later warnings see them).
        QTRY_VERIFY_WITH_TIMEOUT(env.session->store().childData(env.opp.opp) &&
                                     env.session->store().childData(env.opp.opp)->interviews.size() == 2,
                                 10000);
    }

    void reschedulesKeepingEveryField()
    {
        ScheduleEnv &env = *m_env;
        const QStringList users = env.scenario.activeUsers();
        const QString templateId = env.firstTemplateId();
        QJsonObject one = SchedulingScenario::interview(u"Screen"_s, utcMs(winterDay(), 15, 0), 30,
                                                        {users.at(1), users.at(2)});
        one.insert(u"location"_s, u"https://meet.example.com/abc"_s);
        one.insert(u"feedbackTemplate"_s, templateId);
        one.insert(u"feedbackReminder"_s, u"once"_s);
        one.insert(u"interviewers"_s,
                   QJsonArray{QJsonObject{{u"id"_s, users.at(1)}, {u"feedbackTemplate"_s, templateId}},
                              QJsonObject{{u"id"_s, users.at(2)}}});
        const QJsonObject two =
            SchedulingScenario::interview(u"Onsite"_s, utcMs(winterDay(), 16, 0), 90, {users.at(2)});
        QJsonObject body = SchedulingScenario::panelBody({one, two});
        body.insert(u"note"_s, u"Panel note"_s);
        body.insert(u"externalUrl"_s, u"https://ats.example.com/panel/1"_s);
        body.insert(u"feedbackReminder"_s, u"none"_s);
        const QJsonObject created = env.createPanel(env.opp.opp, body);
        const QString panelId = created.value(u"id"_s).toString();
        QVERIFY(!panelId.isEmpty());
        QVERIFY(env.start());

        auto d = openDialog(env.opp.opp);
        QSignalSpy saved(d.get(), &ui::ScheduleDialog::saved);
        d->loadPanel(panelId);
        QTRY_VERIFY_WITH_TIMEOUT(d->findChild<QPushButton *>(u"save"_s)->isEnabled(), 10000);
        QCOMPARE(d->editors().size(), 2);
        QCOMPARE(d->zoneCombo()->currentText(), u"America/Los_Angeles"_s);
        ui::InterviewEditor *screen = d->editors().at(0);
        QCOMPARE(screen->subjectEdit()->text(), u"Screen"_s);
        // 15:00 UTC in January is 07:00 in Los Angeles.
        QCOMPARE(screen->timeEdit()->time(), QTime(7, 0));
        screen->timeEdit()->setTime(QTime(8, 15));

        const QJsonObject before = env.panel(env.opp.opp, panelId);
        env.f.sandbox().requestLog().clear();
        QTest::mouseClick(d->findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(saved.at(0).at(0).toString(), panelId);
        // Only the moved interview was written (PUT /opportunities/{id}/interviews/{id}); the panel was
        // not replaced, so the other interview's interviewers were not bothered.
        QStringList writes;
        for (const auto &e : env.f.sandbox().requestLog().entries()) {
            if (e.method != "GET")
                writes.append(QString::fromLatin1(e.method) + u' ' + e.path.section(u'?', 0, 0));
        }
        const QString movedId =
            before.value(u"interviews"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        QCOMPARE(writes, QStringList{u"PUT /opportunities/"_s + env.opp.opp + u"/interviews/"_s + movedId});

        const QJsonObject after = env.panel(env.opp.opp, panelId);
        for (const QString &key :
             {u"timezone"_s, u"note"_s, u"externalUrl"_s, u"feedbackReminder"_s, u"applications"_s})
            QVERIFY2(after.value(key) == before.value(key), qPrintable(key));
        const QJsonArray was = before.value(u"interviews"_s).toArray();
        const QJsonArray now = after.value(u"interviews"_s).toArray();
        QCOMPARE(now.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject w = was.at(i).toObject(), n = now.at(i).toObject();
            QCOMPARE(n.value(u"id"_s).toString(), w.value(u"id"_s).toString());
            for (const QString &key : {u"subject"_s, u"note"_s, u"location"_s, u"feedbackTemplate"_s,
                                       u"feedbackReminder"_s, u"duration"_s, u"interviewers"_s})
                QVERIFY2(
                    n.value(key) == w.value(key),
                    qPrintable(QString(key + u": "_s +
                                       QString::fromUtf8(QJsonDocument(n).toJson(QJsonDocument::Compact)))));
        }
        QCOMPARE(qint64(now.at(0).toObject().value(u"date"_s).toDouble()), utcMs(winterDay(), 16, 15));
        QCOMPARE(qint64(now.at(1).toObject().value(u"date"_s).toDouble()), utcMs(winterDay(), 16, 0));
        // The interviewer's own feedback form survived the PUT.
        QCOMPARE(now.at(0)
                     .toObject()
                     .value(u"interviewers"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"feedbackTemplate"_s)
                     .toString(),
                 templateId);
    }

    // Adding and removing interviews of a panel the API made: a POST and a DELETE of those interviews,
    // added first so the panel is never empty; a change of the panel's own zone replaces the panel.
    void reschedulesInterviewByInterview()
    {
        ScheduleEnv &env = *m_env;
        const QStringList users = env.scenario.activeUsers();
        const QJsonObject one =
            SchedulingScenario::interview(u"Screen"_s, utcMs(winterDay(), 15, 0), 30, {users.at(1)});
        const QJsonObject two =
            SchedulingScenario::interview(u"Onsite"_s, utcMs(winterDay(), 16, 0), 60, {users.at(2)});
        const QString panelId =
            env.createPanel(env.opp.opp, SchedulingScenario::panelBody({one, two})).value(u"id"_s).toString();
        QVERIFY(!panelId.isEmpty());
        QVERIFY(env.start());
        const QJsonArray was = env.panel(env.opp.opp, panelId).value(u"interviews"_s).toArray();
        const QString keptId = was.at(0).toObject().value(u"id"_s).toString();
        const QString droppedId = was.at(1).toObject().value(u"id"_s).toString();
        const auto writes = [&env] {
            QStringList out;
            for (const auto &e : env.f.sandbox().requestLog().entries()) {
                if (e.method != "GET")
                    out.append(QString::fromLatin1(e.method) + u' ' + e.path.section(u'?', 0, 0));
            }
            return out;
        };

        auto d = openDialog(env.opp.opp);
        QSignalSpy saved(d.get(), &ui::ScheduleDialog::saved);
        d->loadPanel(panelId);
        QTRY_VERIFY_WITH_TIMEOUT(d->findChild<QPushButton *>(u"save"_s)->isEnabled(), 10000);
        QCOMPARE(d->editors().size(), 2);
        QTest::mouseClick(d->editors().at(1)->findChild<QToolButton *>(u"removeInterview"_s), Qt::LeftButton);
        QTest::mouseClick(d->editors().at(0)->findChild<QToolButton *>(u"duplicateInterview"_s),
                          Qt::LeftButton);
        QCOMPARE(d->editors().size(), 2);
        env.f.sandbox().requestLog().clear();
        QTest::mouseClick(d->findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        const QString base = u"/opportunities/"_s + env.opp.opp + u"/interviews"_s;
        QCOMPARE(writes(), (QStringList{u"POST "_s + base, u"DELETE "_s + base + u'/' + droppedId}));
        const QJsonArray now = env.panel(env.opp.opp, panelId).value(u"interviews"_s).toArray();
        QCOMPARE(now.size(), 2);
        QCOMPARE(now.at(0).toObject().value(u"id"_s).toString(), keptId); // untouched, same event
        QVERIFY(now.at(1).toObject().value(u"id"_s).toString() != droppedId);
        QCOMPARE(now.at(1).toObject().value(u"subject"_s).toString(), u"Screen"_s);

        // The zone is the panel's: that change replaces the panel in one PUT.
        auto again = openDialog(env.opp.opp);
        QSignalSpy savedAgain(again.get(), &ui::ScheduleDialog::saved);
        again->loadPanel(panelId);
        QTRY_VERIFY_WITH_TIMEOUT(again->findChild<QPushButton *>(u"save"_s)->isEnabled(), 10000);
        chooseZone(again.get(), u"Europe/Berlin"_s);
        env.f.sandbox().requestLog().clear();
        QTest::mouseClick(again->findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(savedAgain.size(), 1, 10000);
        QCOMPARE(writes(), QStringList{u"PUT /opportunities/"_s + env.opp.opp + u"/panels/"_s + panelId});
    }

    void cancelsAfterAsking()
    {
        ScheduleEnv &env = *m_env;
        const QStringList users = env.scenario.activeUsers();
        const QString panelId =
            env.createPanel(env.opp.opp, SchedulingScenario::panelBody({SchedulingScenario::interview(
                                             u"Screen"_s, utcMs(winterDay(), 15, 0), 30, {users.at(1)})}))
                .value(u"id"_s)
                .toString();
        QVERIFY(env.start());
        QWidget host;

        // "No" leaves it alone.
        m_answer = false;
        ui::cancelPanel(*env.session, env.opp.opp, panelId, &host);
        QTRY_COMPARE(m_asked.size(), 1);
        QTest::qWait(50);
        QCOMPARE(env.requests("DELETE", u"/panels/"_s), 0);
        QCOMPARE(env.panels(env.opp.opp).size(), 1);

        m_answer = true;
        QPointer<models::PanelActions> actions = ui::cancelPanel(*env.session, env.opp.opp, panelId, &host);
        QSignalSpy cancelled(actions.data(), &models::PanelActions::cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 10000);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY(m_asked.last().text.contains(u"interview"_s));
        QCOMPARE(env.panels(env.opp.opp).size(), 0);
        QVERIFY(ui::Confirm::informedForTesting().isEmpty());
    }

    void warnsWhenAnInterviewerIsBusy()
    {
        ScheduleEnv &env = *m_env;
        const QStringList users = env.scenario.activeUsers();
        // users[1] is busy with another candidate 15:00–16:00 UTC; users[2] with this one 18:00–18:30 UTC.
        env.createPanel(env.other.opp,
                        SchedulingScenario::panelBody({SchedulingScenario::interview(
                            u"Other onsite"_s, utcMs(winterDay(), 15, 0), 60, {users.at(1)})}));
        env.createPanel(env.opp.opp,
                        SchedulingScenario::panelBody({SchedulingScenario::interview(
                            u"Earlier screen"_s, utcMs(winterDay(), 18, 0), 30, {users.at(2)})}));
        QVERIFY(env.start());
        // The other opportunity's interviews are loaded the way its card loads them.
        env.session->childData().open(env.other.opp);
        QTRY_VERIFY_WITH_TIMEOUT(env.session->store().childData(env.other.opp), 10000);

        auto d = openDialog(env.opp.opp);
        chooseZone(d.get(), u"UTC"_s);
        ui::InterviewEditor *e = d->editors().at(0);
        QLabel *warning = label(e, u"conflictWarning"_s);
        replaceText(e->subjectEdit(), u"Deep dive"_s);
        setWhen(e, winterDay(), QTime(15, 30), 60);
        QVERIFY(!warning->isVisible());
        const QString name1 = ui::UserPicker::userName(&env.session->users(), users.at(1));
        QVERIFY(addInterviewer(e, users.at(1), name1));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(name1) && warning->text().contains(u"Other onsite"_s),
                 qPrintable(warning->text()));

        // Moved clear of it, the warning goes; onto this opportunity's own interview, it names that one.
        setWhen(e, winterDay(), QTime(17, 45), 30);
        QTRY_VERIFY(!warning->isVisible());
        const QString name2 = ui::UserPicker::userName(&env.session->users(), users.at(2));
        QVERIFY(addInterviewer(e, users.at(2), name2));
        QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 10000);
        QVERIFY2(warning->text().contains(name2) && warning->text().contains(u"Earlier screen"_s),
                 qPrintable(warning->text()));

        // The screenshot of the brief: two interviews, both warnings (UTC differs from Berlin).
        const QString shots = qEnvironmentVariable("LEVER_SHOTS_DIR");
        if (!shots.isEmpty()) {
            QTest::mouseClick(d->findChild<QPushButton *>(u"addInterview"_s), Qt::LeftButton);
            replaceText(d->editors().at(1)->subjectEdit(), u"Meet the team"_s);
            QTest::qWait(200);
            QVERIFY(d->grab().save(shots + u"/schedule-dialog.png"_s));
        }
    }

    void failedSaveKeepsTheInput()
    {
        ScheduleEnv &env = *m_env;
        QVERIFY(env.start());
        const auto people = env.people();
        sandbox::FaultInjector::Rule rule;
        rule.method = "POST";
        rule.path = QRegularExpression(u"^/opportunities/[^/]+/panels"_s);
        rule.status = 500;
        env.f.sandbox().faults().addRule(rule);

        auto d = openDialog(env.opp.opp);
        QSignalSpy saved(d.get(), &ui::ScheduleDialog::saved);
        ui::InterviewEditor *e = d->editors().at(0);
        replaceText(e->subjectEdit(), u"Technical interview"_s);
        QVERIFY(addInterviewer(e, people.at(0).first, people.at(0).second));
        setWhen(e, winterDay(), QTime(11, 0), 60);
        QTest::mouseClick(d->findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
        QLabel *error = label(d.get(), u"error"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().contains(u"Saving"_s), 10000);
        QVERIFY(!error->text().isEmpty());
        QVERIFY(d->isVisible());
        QCOMPARE(saved.size(), 0);
        QCOMPARE(d->editors().size(), 1);
        QCOMPARE(e->subjectEdit()->text(), u"Technical interview"_s);
        QCOMPARE(e->interviewerIds(), QStringList{people.at(0).first});
        QCOMPARE(e->timeEdit()->time(), QTime(11, 0));
        QVERIFY(d->findChild<QPushButton *>(u"save"_s)->isEnabled());

        // Once the server recovers, the same input saves.
        env.f.sandbox().faults().clearRules();
        QTest::mouseClick(d->findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(env.panels(env.opp.opp).size(), 1);
    }

    void refusesAnInvalidForm()
    {
        ScheduleEnv &env = *m_env;
        QVERIFY(env.start());
        const auto people = env.people();
        auto d = openDialog(env.opp.opp);
        QSignalSpy saved(d.get(), &ui::ScheduleDialog::saved);
        QPushButton *save = d->findChild<QPushButton *>(u"save"_s);
        QLabel *error = label(d.get(), u"error"_s);
        ui::InterviewEditor *e = d->editors().at(0);
        setWhen(e, winterDay(), QTime(11, 0), 60);

        // No subject.
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"subject"_s));
        QTRY_VERIFY(focusWithin(e->subjectEdit()));

        // No interviewer.
        replaceText(e->subjectEdit(), u"Screen"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(error->text().contains(u"interviewer"_s));
        QTRY_VERIFY(focusWithin(e->interviewers()));

        // A name typed but not picked.
        replaceText(e->interviewers()->picker()->lineEdit(), u"Nobody Byname"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(error->text().contains(u"Nobody Byname"_s));
        QTRY_VERIFY(focusWithin(e->interviewers()));
        replaceText(e->interviewers()->picker()->lineEdit(), QString());
        QVERIFY(addInterviewer(e, people.at(0).first, people.at(0).second));

        // No duration: it would not end after it starts.
        e->durationEdit()->setValue(0);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(error->text().contains(u"end after"_s));
        QTRY_VERIFY(focusWithin(e->durationEdit()));
        e->durationEdit()->setValue(30);

        // An unknown time zone.
        chooseZone(d.get(), u"Mars/Olympus"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(error->text().contains(u"time zone"_s));
        QTRY_VERIFY(focusWithin(d->zoneCombo()));
        chooseZone(d.get(), u"Europe/Berlin"_s);

        // In the past: asked, and "no" sends nothing.
        setWhen(e, QDate::currentDate().addDays(-2), QTime(11, 0), 30);
        m_answer = false;
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.at(0).text.contains(u"past"_s));
        QTest::qWait(50);
        QCOMPARE(env.requests("POST", u"/panels"_s), 0);
        QCOMPARE(saved.size(), 0);
        QVERIFY(d->isVisible());

        // Confirmed, it is scheduled.
        m_answer = true;
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(env.requests("POST", u"/panels"_s), 1);
    }

    void leavesPanelsScheduledInLeverAlone()
    {
        ScheduleEnv &env = *m_env;
        const QString panelId = u"ui-panel"_s;
        env.f.seedDocument(
            u"panel"_s, env.opp.opp,
            QJsonObject{{u"id"_s, panelId},
                        {u"externallyManaged"_s, false},
                        {u"timezone"_s, u"Europe/Berlin"_s},
                        {u"interviews"_s, QJsonArray{QJsonObject{{u"id"_s, u"ui-interview"_s},
                                                                 {u"subject"_s, u"Chat"_s},
                                                                 {u"date"_s, utcMs(winterDay(), 9, 0)},
                                                                 {u"duration"_s, 30}}}}});
        QVERIFY(env.start());
        auto d = openDialog(env.opp.opp);
        d->loadPanel(panelId);
        QLabel *error = label(d.get(), u"error"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains(u"only Lever"_s), 10000);
        QCOMPARE(d->editors().at(0)->subjectEdit()->text(), u"Chat"_s);
        QPushButton *save = d->findChild<QPushButton *>(u"save"_s);
        QVERIFY(!save->isEnabled());
        d->save();
        QTest::qWait(50);
        QCOMPARE(env.requests("PUT", u"/panels/"_s), 0);

        // Cancelling it is refused by Lever, and the user is told.
        QPointer<models::PanelActions> actions = ui::cancelPanel(*env.session, env.opp.opp, panelId, d.get());
        QSignalSpy failed(actions.data(), &models::PanelActions::failed);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(ui::Confirm::informedForTesting().size(), 1);
        QVERIFY(!ui::Confirm::informedForTesting().at(0).text.isEmpty());
        QCOMPARE(env.panels(env.opp.opp).size(), 1);
    }

    void duplicatesAndRemovesInterviews()
    {
        ScheduleEnv &env = *m_env;
        QVERIFY(env.start());
        const auto people = env.people();
        auto d = openDialog(env.opp.opp);
        ui::InterviewEditor *e = d->editors().at(0);
        QVERIFY(!e->findChild<QToolButton *>(u"removeInterview"_s)->isEnabled());
        replaceText(e->subjectEdit(), u"Pairing"_s);
        QVERIFY(addInterviewer(e, people.at(0).first, people.at(0).second));
        setWhen(e, winterDay(), QTime(9, 0), 60);
        QTest::mouseClick(e->findChild<QToolButton *>(u"duplicateInterview"_s), Qt::LeftButton);
        QCOMPARE(d->editors().size(), 2);
        ui::InterviewEditor *copy = d->editors().at(1);
        QCOMPARE(copy->subjectEdit()->text(), u"Pairing"_s);
        QCOMPARE(copy->timeEdit()->time(), QTime(10, 0));
        QCOMPARE(copy->interviewerIds(), QStringList{people.at(0).first});
        // Removing a chip removes the interviewer.
        QToolButton *chip = copy->findChild<QToolButton *>(u"interviewerChip"_s);
        QVERIFY(chip);
        QTest::mouseClick(chip, Qt::LeftButton);
        QTRY_VERIFY(copy->interviewerIds().isEmpty());
        QTest::mouseClick(copy->findChild<QToolButton *>(u"removeInterview"_s), Qt::LeftButton);
        QCOMPARE(d->editors().size(), 1);
        QCOMPARE(d->panel().interviews.size(), 1);
    }
};

QTEST_MAIN(TestScheduling)
#include "tst_scheduling.moc"

// The UI-free parts of scheduling: zone conversion, the checks before sending, and conflict detection
// over the Store's child data.
#include "ModelsTestKit.h"
#include "scheduling/ConflictFinder.h"
#include "scheduling/PanelCheck.h"
#include "scheduling/ZoneTime.h"

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::test;
using models::ZoneTime;

namespace {
qint64 utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toMSecsSinceEpoch();
}

api::Interview interview(const QString &id, const QString &panel, qint64 date, int minutes,
                         const QStringList &people)
{
    api::Interview i;
    i.id = id;
    i.panel = panel;
    i.subject = u"Subject "_s + id;
    i.date = date;
    i.duration = minutes;
    for (const QString &p : people) {
        api::Interview::Interviewer person;
        person.id = p;
        i.interviewers.append(person);
    }
    return i;
}
} // namespace

class TestSchedulingModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void convertsWallClocksOfAZone()
    {
        const QTimeZone ny("America/New_York");
        const QTimeZone berlin("Europe/Berlin");
        // Winter: New York is UTC−5; summer: UTC−4.
        QCOMPARE(ZoneTime::toEpochMs(QDate(2027, 1, 15), QTime(9, 30), ny), utc(2027, 1, 15, 14, 30));
        QCOMPARE(ZoneTime::toEpochMs(QDate(2027, 7, 15), QTime(9, 30), ny), utc(2027, 7, 15, 13, 30));
        QCOMPARE(ZoneTime::inZone(utc(2027, 1, 15, 14, 30), berlin).time(), QTime(15, 30));
        // The week when Europe has changed its clocks and America has not yet is five hours, not six.
        QVERIFY(ZoneTime::differ(ny, berlin, utc(2027, 1, 15, 12, 0)));
        QVERIFY(!ZoneTime::differ(QTimeZone("Europe/Paris"), berlin, utc(2027, 1, 15, 12, 0)));
        QCOMPARE(ZoneTime::range(utc(2027, 1, 15, 14, 30), 45, ny), u"Fri 15 Jan 2027, 09:30\u201310:15"_s);
        QCOMPARE(ZoneTime::range(utc(2027, 1, 15, 22, 30), 60, berlin),
                 u"Fri 15 Jan 2027, 23:30\u2013Sat 16 Jan 00:30"_s);
        QCOMPARE(ZoneTime::zoneLabel(ny, utc(2027, 1, 15, 12, 0)), u"America/New_York (UTC\u221205:00)"_s);
        QCOMPARE(ZoneTime::zoneLabel(QTimeZone("Asia/Kolkata"), utc(2027, 1, 15, 12, 0)),
                 u"Asia/Kolkata (UTC+05:30)"_s);
    }

    void userZoneHasATestSeam()
    {
        ZoneTime::setUserZoneForTesting(QTimeZone("Asia/Tokyo"));
        QCOMPARE(ZoneTime::userZone().id(), QByteArray("Asia/Tokyo"));
        ZoneTime::setUserZoneForTesting(QTimeZone());
        QCOMPARE(ZoneTime::userZone(), QTimeZone::systemTimeZone());
    }

    void checksAPanelBeforeSending()
    {
        api::Panel panel;
        panel.timezone = u"Nowhere/Special"_s;
        auto problems = models::PanelCheck::problems(panel);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).field, models::PanelCheck::Field::TimeZone);
        QCOMPARE(problems.at(1).field, models::PanelCheck::Field::Interviews);

        panel.timezone = u"Europe/Berlin"_s;
        panel.interviews = {interview(u"a"_s, {}, utc(2027, 1, 1, 9, 0), 30, {u"u1"_s}),
                            interview(u"b"_s, {}, utc(2020, 1, 1, 9, 0), 0, {})};
        panel.interviews[1].subject = u"  "_s;
        problems = models::PanelCheck::problems(panel);
        QCOMPARE(problems.size(), 3);
        for (const auto &p : problems)
            QCOMPARE(p.interview, 1);
        QCOMPARE(problems.at(0).field, models::PanelCheck::Field::Subject);
        QCOMPARE(problems.at(1).field, models::PanelCheck::Field::Interviewers);
        QCOMPARE(problems.at(2).field, models::PanelCheck::Field::Duration);
        QCOMPARE(models::PanelCheck::inThePast(panel, utc(2026, 6, 1, 0, 0)), QList<int>{1});
    }

    void findsOverlapsInLoadedInterviews()
    {
        models::Store store;
        seedReference(store);
        store.upsert(makeOpportunity({.id = u"o1"_s, .name = u"Ann Lee"_s}));
        store.upsert(makeOpportunity({.id = u"o2"_s, .name = u"Bo Chen"_s}));
        const qint64 nine = utc(2027, 1, 15, 9, 0);
        models::ChildData o1;
        o1.interviews = {interview(u"i1"_s, u"p1"_s, nine, 60, {u"u1"_s}),
                         interview(u"i2"_s, u"p1"_s, nine + 3 * 3600 * 1000, 30, {u"u2"_s})};
        o1.interviews[1].canceledAt = 1;
        store.setChildData(u"o1"_s, o1);

        models::ConflictFinder finder(store, u"o2"_s);
        QCOMPARE(finder.knownInterviews(), 1); // the cancelled one does not count
        // Overlapping by a minute at either end, and containing it.
        QCOMPARE(finder.find({u"u1"_s}, nine + 59 * 60 * 1000, 30).size(), 1);
        QCOMPARE(finder.find({u"u1"_s}, nine - 29 * 60 * 1000, 30).size(), 1);
        QCOMPARE(finder.find({u"u1"_s, u"u2"_s}, nine - 3600 * 1000, 180).size(), 1);
        // Back to back is no conflict; nor another person; nor a cancelled interview.
        QVERIFY(finder.find({u"u1"_s}, nine + 60 * 60 * 1000, 30).isEmpty());
        QVERIFY(finder.find({u"u1"_s}, nine - 30 * 60 * 1000, 30).isEmpty());
        QVERIFY(finder.find({u"u2"_s}, nine, 60).isEmpty());
        QVERIFY(finder.find({u"u2"_s}, nine + 3 * 3600 * 1000, 30).isEmpty());
        // The panel being rescheduled and the interview itself are not conflicts.
        QVERIFY(finder.find({u"u1"_s}, nine, 60, u"i1"_s).isEmpty());
        finder.setIgnoredPanel(u"p1"_s);
        QVERIFY(finder.find({u"u1"_s}, nine, 60).isEmpty());
        finder.setIgnoredPanel({});

        const auto conflicts = finder.find({u"u1"_s}, nine, 60);
        QCOMPARE(conflicts.at(0).opportunityId, u"o1"_s);
        const QString text = finder.describe(conflicts.at(0), "Europe/Berlin");
        QVERIFY2(text.contains(u"Rita Recruiter"_s) && text.contains(u"Subject i1"_s) &&
                     text.contains(u"10:00"_s) && text.contains(u"Ann Lee"_s),
                 qPrintable(text));

        // This opportunity's interviews as read by the dialog count too, and the Store's later changes.
        finder.setFetched({interview(u"i9"_s, u"p9"_s, nine, 30, {u"u2"_s})});
        QCOMPARE(finder.find({u"u2"_s}, nine, 30).size(), 1);
        models::ChildData o2;
        o2.interviews = {interview(u"i9"_s, u"p9"_s, nine, 30, {u"u2"_s})};
        store.setChildData(u"o2"_s, o2);
        finder.reload();
        QCOMPARE(finder.find({u"u2"_s}, nine, 30).size(), 1); // the same interview once
    }
};

QTEST_MAIN(TestSchedulingModels)
#include "tst_scheduling_models.moc"

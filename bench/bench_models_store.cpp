// 100,000 opportunities in the models layer: resident memory after they are in the Store with the
// board's column models attached, the time to apply them (in pages of 100, as sync does), and the
// filter-as-you-type latency over all columns (a name prefix typed letter by letter, then deleted).
// The records are built in-process with realistic field sizes (UUID ids, two emails, a headline,
// 3-5 tags, one source, 70% archived as in real accounts).
// Usage: bench_models_store [N=100000]. Prints one JSON object:
//   {opportunities, rssBaselineMB, rssAfterLoadMB, rssStoreMB, applySeconds, keystrokes, filterMaxMs,
//    filterMeanMs, filterTypingMs[], sortChangeMs}
#include "BoardModel.h"
#include "ColumnModel.h"
#include "Store.h"
#include "types/Opportunity.h"

#include "ProcessMemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <QUuid>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lever;

namespace {
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const char *const kFirst[] = {"Ada",      "Grace",   "Alan",   "Katherine", "Linus",   "Margaret",
                              "Dennis",   "Barbara", "Ken",    "Radia",     "Frances", "Edsger",
                              "Donald",   "Hedy",    "Claude", "Annie",     "Tim",     "Sophie",
                              "Yukihiro", "Guido",   "Bjarne", "Anita",     "John",    "Mary"};
const char *const kLast[] = {"Lovelace", "Hopper",      "Turing", "Johnson",   "Torvalds",
                             "Hamilton", "Ritchie",     "Liskov", "Thompson",  "Perlman",
                             "Allen",    "Dijkstra",    "Knuth",  "Lamarr",    "Shannon",
                             "Easley",   "Berners-Lee", "Wilson", "Matsumoto", "van Rossum"};
const char *const kTitles[] = {"Senior Backend Engineer",   "Product Designer",  "Data Scientist",
                               "Engineering Manager",       "Account Executive", "Recruiter",
                               "Site Reliability Engineer", "Marketing Lead"};
const char *const kCompanies[] = {"Glacier Storage",  "Northwind",         "Initech",
                                  "Globex",           "Umbrella Health",   "Hooli",
                                  "Stark Industries", "Wayne Enterprises", "Acme Robotics"};
const char *const kTags[] = {"Engineering", "Full-time", "Berlin",   "Remote",   "Senior", "Design",
                             "Sales",       "Referral",  "Priority", "Contract", "London", "New York"};
const char *const kSources[] = {"LinkedIn", "Indeed", "Referral", "Company website", "AngelList", "Agency"};
const char *const kOrigins[] = {"applied", "sourced", "referred", "agency", "university", "internal"};

struct Account
{
    QStringList stages, reasons, postings, users;
};

api::Opportunity makeOpportunity(QRandomGenerator &rng, const Account &a, qint64 now)
{
    api::Opportunity o;
    o.id = uuid();
    const QString first = QString::fromLatin1(kFirst[rng.bounded(24)]);
    const QString last = QString::fromLatin1(kLast[rng.bounded(20)]);
    o.name = first + u' ' + last;
    o.headline = QString::fromLatin1(kTitles[rng.bounded(8)]) + u" at "_s +
                 QString::fromLatin1(kCompanies[rng.bounded(9)]);
    o.contact = api::Ref<api::Contact>(uuid());
    o.emails = {QString(first.toLower() + u'.' + last.toLower() + QString::number(rng.bounded(1000)) +
                        u"@example.com"_s),
                QString(first.toLower().left(1) + last.toLower() + u"@mail.example.net"_s)};
    const int tags = 3 + rng.bounded(3);
    for (int i = 0; i < tags; ++i)
        o.tags.append(QString::fromLatin1(kTags[rng.bounded(12)]));
    o.sources = {QString::fromLatin1(kSources[rng.bounded(6)])};
    o.stage = api::Ref<api::Stage>(a.stages.at(rng.bounded(int(a.stages.size()))));
    o.owner = api::Ref<api::User>(a.users.at(rng.bounded(int(a.users.size()))));
    o.origin = QString::fromLatin1(kOrigins[rng.bounded(6)]);
    o.createdAt = now - qint64(rng.bounded(3 * 365)) * 86400000;
    o.updatedAt = o.createdAt + qint64(rng.bounded(30)) * 86400000;
    o.lastAdvancedAt = o.createdAt + qint64(rng.bounded(20)) * 86400000;
    api::Application application;
    application.id = uuid();
    application.posting = a.postings.at(rng.bounded(int(a.postings.size())));
    api::Ref<api::Application> ref(application.id);
    ref.expanded = application;
    o.applications = {ref};
    if (rng.bounded(10) < 7)
        o.archived = api::Archived{a.reasons.at(rng.bounded(int(a.reasons.size()))), *o.updatedAt};
    return o;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QRandomGenerator rng(7);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    Account account;
    models::Store store;
    models::BoardModel board(store);
    QList<models::StageInfo> stages;
    for (int i = 0; i < 12; ++i) {
        stages.append({uuid(), u"Stage %1"_s.arg(i + 1)});
        account.stages.append(stages.last().id);
    }
    store.setStages(stages);
    QList<models::ArchiveReasonInfo> reasons;
    for (int i = 0; i < 8; ++i) {
        reasons.append({uuid(), u"Reason %1"_s.arg(i + 1), i == 0, true});
        account.reasons.append(reasons.last().id);
    }
    store.setArchiveReasons(reasons);
    QList<models::PostingInfo> postings;
    for (int i = 0; i < 200; ++i) {
        postings.append({uuid(), u"Posting %1"_s.arg(i + 1), u"Team %1"_s.arg(i % 12), u"published"_s});
        account.postings.append(postings.last().id);
    }
    store.setPostings(postings);
    QList<models::UserInfo> users;
    for (int i = 0; i < 150; ++i) {
        users.append(
            {uuid(), u"User %1"_s.arg(i + 1), u"user%1@example.com"_s.arg(i + 1), u"U%1"_s.arg(i), false});
        account.users.append(users.last().id);
    }
    store.setUsers(users);
    const double rssBaseline = bench::residentMB();

    // Pages of 100 built and applied one after another, as sync hands them over.
    qint64 applyNs = 0;
    for (int done = 0; done < count;) {
        QList<api::Opportunity> page;
        const int n = qMin(100, count - done);
        page.reserve(n);
        for (int i = 0; i < n; ++i)
            page.append(makeOpportunity(rng, account, now));
        QElapsedTimer t;
        t.start();
        store.upsert(page);
        applyNs += t.nsecsElapsed();
        done += n;
    }
    const double rssAfter = bench::residentMB();

    // Typing a name letter by letter, then deleting it again.
    const QString typed = u"margaret ham"_s;
    QJsonArray perKeystroke;
    double maxMs = 0, totalMs = 0;
    int keystrokes = 0;
    auto type = [&](const QString &text) {
        QElapsedTimer t;
        t.start();
        board.setSearchText(text);
        const double ms = t.nsecsElapsed() / 1e6;
        perKeystroke.append(qRound(ms * 100) / 100.0);
        maxMs = qMax(maxMs, ms);
        totalMs += ms;
        ++keystrokes;
    };
    for (int i = 1; i <= typed.size(); ++i)
        type(typed.left(i));
    const int matches = board.shownCount();
    for (int i = typed.size() - 1; i >= 0; --i)
        type(typed.left(i));
    // A non-text filter over everything (owner), then sorting every column anew.
    QElapsedTimer t;
    t.start();
    board.setFilter({.owner = models::CardFilter::Owner::User, .ownerId = account.users.first()});
    const double ownerFilterMs = t.nsecsElapsed() / 1e6;
    board.setFilter({});
    t.restart();
    board.setSort({models::CardSort::Key::DaysInStage});
    const double sortMs = t.nsecsElapsed() / 1e6;

    const QJsonObject result{
        {u"benchmark"_s, u"models_store"_s},
        {u"opportunities"_s, store.opportunityCount()},
        {u"active"_s, store.activeCount()},
        {u"rssBaselineMB"_s, qRound(rssBaseline * 10) / 10.0},
        {u"rssAfterLoadMB"_s, qRound(rssAfter * 10) / 10.0},
        {u"rssStoreMB"_s, qRound((rssAfter - rssBaseline) * 10) / 10.0},
        {u"applySeconds"_s, qRound(applyNs / 1e6) / 1000.0},
        {u"keystrokes"_s, keystrokes},
        {u"typed"_s, typed},
        {u"matchesForTyped"_s, matches},
        {u"filterMaxMs"_s, qRound(maxMs * 100) / 100.0},
        {u"filterMeanMs"_s, qRound(totalMs / keystrokes * 100) / 100.0},
        {u"filterPerKeystrokeMs"_s, perKeystroke},
        {u"ownerFilterMs"_s, qRound(ownerFilterMs * 100) / 100.0},
        {u"sortChangeMs"_s, qRound(sortMs * 100) / 100.0},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

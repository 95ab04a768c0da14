#pragma once

#include "ReferenceData.h"
#include "Store.h"
#include "types/Opportunity.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QUuid>
#include <vector>

namespace lever::bench {

// A made-up Lever account for the benchmarks that fill a Store directly (no sandbox): reference data
// of the size of a large account, and opportunities drawn from word lists.
inline QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Vocabulary
{
    std::vector<const char *> first, last, titles, companies, tags, sources; // UTF-8
};

// English-looking names and companies.
inline const Vocabulary &plainVocabulary()
{
    static const Vocabulary v{
        {"Ada", "Grace",  "Alan",     "Katherine", "Linus",  "Margaret", "Dennis", "Barbara",
         "Ken", "Radia",  "Frances",  "Edsger",    "Donald", "Hedy",     "Claude", "Annie",
         "Tim", "Sophie", "Yukihiro", "Guido",     "Bjarne", "Anita",    "John",   "Mary"},
        {"Lovelace", "Hopper",   "Turing",      "Johnson", "Torvalds",  "Hamilton",  "Ritchie",
         "Liskov",   "Thompson", "Perlman",     "Allen",   "Dijkstra",  "Knuth",     "Lamarr",
         "Shannon",  "Easley",   "Berners-Lee", "Wilson",  "Matsumoto", "van Rossum"},
        {"Senior Backend Engineer", "Product Designer", "Data Scientist", "Engineering Manager",
         "Account Executive", "Recruiter", "Site Reliability Engineer", "Marketing Lead"},
        {"Glacier Storage", "Northwind", "Initech", "Globex", "Umbrella Health", "Hooli", "Stark Industries",
         "Wayne Enterprises", "Acme Robotics"},
        {"Engineering", "Full-time", "Berlin", "Remote", "Senior", "Design", "Sales", "Referral", "Priority",
         "Contract", "London", "New York"},
        {"LinkedIn", "Indeed", "Referral", "Company website", "AngelList", "Agency"}};
    return v;
}

// Names with accents, apostrophes and commas in titles: what a CSV writer must quote and encode.
inline const Vocabulary &internationalVocabulary()
{
    static const Vocabulary v{{"Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Zoë", "Søren",
                               "Björk", "José", "Ngozi", "Mei", "Omar", "Priya", "Hedy", "Claude"},
                              {"Lovelace", "Hopper", "Turing", "O'Brien", "Torvalds", "Hamilton",
                               "Kierkegaard", "Núñez", "Okafor", "Liskov", "Haddad", "Sharma", "Lamarr",
                               "Shannon"},
                              {"Senior Backend Engineer", "Product Designer", "Data Scientist, ML",
                               "Engineering Manager", "Account Executive", "Recruiter"},
                              {"Northwind"},
                              {"Engineering", "Full-time", "Berlin", "Remote", "Senior", "Design", "Sales",
                               "Referral", "Priority", "Contract"},
                              {"LinkedIn", "Indeed", "Referral", "Company website", "Agency"}};
    return v;
}

struct SyntheticAccount
{
    QStringList stages, reasons, postings, users;
};

// 12 stages, 8 archive reasons (the first means hired), 200 postings and 150 users, set on `store`.
inline SyntheticAccount fillReference(models::Store &store, const Vocabulary &words = plainVocabulary())
{
    SyntheticAccount a;
    QList<models::StageInfo> stages;
    for (int i = 0; i < 12; ++i) {
        stages.append({uuid(), QStringLiteral("Stage %1").arg(i + 1)});
        a.stages.append(stages.last().id);
    }
    store.setStages(stages);
    QList<models::ArchiveReasonInfo> reasons;
    for (int i = 0; i < 8; ++i) {
        reasons.append({uuid(), QStringLiteral("Reason %1").arg(i + 1), i == 0, true});
        a.reasons.append(reasons.last().id);
    }
    store.setArchiveReasons(reasons);
    QList<models::PostingInfo> postings;
    for (int i = 0; i < 200; ++i) {
        const QString title = QString::fromUtf8(words.titles[size_t(i) % words.titles.size()]);
        postings.append({uuid(), title + QStringLiteral(" %1").arg(i + 1),
                         QStringLiteral("Team %1").arg(i % 12), QStringLiteral("published")});
        a.postings.append(postings.last().id);
    }
    store.setPostings(postings);
    QList<models::UserInfo> users;
    for (int i = 0; i < 150; ++i) {
        const QString name = QString::fromUtf8(words.first[size_t(i) % words.first.size()]) + u' ' +
                             QString::fromUtf8(words.last[size_t(i / 24) % words.last.size()]);
        users.append({uuid(), name, QStringLiteral("user%1@example.com").arg(i + 1),
                      models::UserInfo::initialsOf(name), false});
        a.users.append(users.last().id);
    }
    store.setUsers(users);
    return a;
}

// One opportunity with an application to a posting; seven in ten archived.
inline api::Opportunity makeOpportunity(QRandomGenerator &rng, const SyntheticAccount &a, qint64 now,
                                        const Vocabulary &words = plainVocabulary())
{
    const auto pick = [&rng](const std::vector<const char *> &list) {
        return QString::fromUtf8(list[rng.bounded(quint32(list.size()))]);
    };
    const auto any = [&rng](const QStringList &ids) { return ids.at(rng.bounded(int(ids.size()))); };
    api::Opportunity o;
    o.id = uuid();
    const QString first = pick(words.first);
    const QString last = pick(words.last);
    o.name = first + u' ' + last;
    o.headline = pick(words.titles) + QStringLiteral(" at ") + pick(words.companies);
    o.contact = api::Ref<api::Contact>(uuid());
    o.emails = {QString(first.toLower() + u'.' + last.toLower() + QString::number(rng.bounded(1000)) +
                        QStringLiteral("@example.com")),
                QString(first.toLower().left(1) + last.toLower() + QStringLiteral("@mail.example.net"))};
    const int tags = 3 + rng.bounded(3);
    for (int i = 0; i < tags; ++i)
        o.tags.append(pick(words.tags));
    o.sources = {pick(words.sources)};
    o.stage = api::Ref<api::Stage>(any(a.stages));
    o.owner = api::Ref<api::User>(any(a.users));
    static const QStringList origins = {QStringLiteral("applied"),    QStringLiteral("sourced"),
                                        QStringLiteral("referred"),   QStringLiteral("agency"),
                                        QStringLiteral("university"), QStringLiteral("internal")};
    o.origin = any(origins);
    o.createdAt = now - qint64(rng.bounded(3 * 365)) * 86400000;
    o.updatedAt = o.createdAt + qint64(rng.bounded(30)) * 86400000;
    o.lastAdvancedAt = o.createdAt + qint64(rng.bounded(20)) * 86400000;
    api::Application application;
    application.id = uuid();
    application.posting = any(a.postings);
    api::Ref<api::Application> ref(application.id);
    ref.expanded = application;
    o.applications = {ref};
    if (rng.bounded(10) < 7)
        o.archived = api::Archived{any(a.reasons), *o.updatedAt};
    return o;
}

// Lever's stageChanges for `o`: every stage from the first to its current one, spread between its
// creation and its last advance, one in ten going back a stage on the way. Separate from
// makeOpportunity (with its own generator) so the other benchmarks' cards stay as they were.
inline void addStageChanges(api::Opportunity &o, QRandomGenerator &rng, const SyntheticAccount &a)
{
    const int last = qMax(0, int(a.stages.indexOf(o.stage.id)));
    QList<int> path;
    for (int i = 0; i <= last; ++i) {
        path.append(i);
        if (i > 0 && i < last && rng.bounded(10) == 0)
            path += QList<int>{i - 1, i};
    }
    const qint64 start = o.createdAt;
    const qint64 end = qMax(start + 1, o.lastAdvancedAt.value_or(start));
    o.stageChanges.clear();
    for (qsizetype i = 0; i < path.size(); ++i) {
        api::Opportunity::StageChange change;
        change.toStageId = a.stages.at(path.at(i));
        change.toStageIndex = path.at(i);
        change.updatedAt = path.size() == 1 ? start : start + (end - start) * i / (path.size() - 1);
        o.stageChanges.append(change);
    }
}

// `count` opportunities upserted in pages of 100, as a sync would.
inline void fillOpportunities(models::Store &store, const SyntheticAccount &a, int count,
                              QRandomGenerator &rng, qint64 now, const Vocabulary &words = plainVocabulary())
{
    for (int done = 0; done < count;) {
        QList<api::Opportunity> page;
        const int n = qMin(100, count - done);
        for (int i = 0; i < n; ++i)
            page.append(makeOpportunity(rng, a, now, words));
        store.upsert(page);
        done += n;
    }
}

} // namespace lever::bench

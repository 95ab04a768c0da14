#include "DemoDeletions.h"

#include "DeletedRecords.h"
#include "DemoAccount.h"
#include "DemoRandom.h"
#include "DemoSeed.h"
#include "DemoWords.h"
#include "DocumentStore.h"
#include "OpportunityFactory.h"
#include "OpportunityStore.h"
#include "SandboxContext.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
// Keeps this stream apart from the main demo stream of the same seed.
constexpr quint64 kSalt = 0xde1e7ed0da7aULL;

QJsonObject deletedPosting(DemoRandom &rng, const DemoWords &words, const DemoAccount &account,
                           QJsonObject posting, qint64 anchor, int index)
{
    const qint64 day = DemoSeed::kDay;
    const DemoWords::Role &role = rng.pick(words.roles);
    const QString id = rng.uuid();
    const QString owner = account.users.at(rng.pick(account.recruiters)).id;
    const QString deletedBy = account.users.at(rng.pick(account.recruiters)).id;
    const qint64 deletedAt = anchor - rng.between64(day, 45 * day);
    const qint64 createdAt = deletedAt - rng.between64(5 * day, 300 * day);
    const qint64 updatedAt = createdAt + rng.between64(0, (deletedAt - createdAt) / 2);
    // Mostly drafts that never went out, and one old closed posting tidied away.
    const QString state = index == 0 ? u"closed"_s : u"draft"_s;
    QJsonObject categories = posting.value(u"categories"_s).toObject();
    categories.insert(u"team"_s, role.team);
    categories.insert(u"department"_s, role.department);
    const QString html = u"<div>"_s + role.title.toHtmlEscaped() + u" on the "_s + role.team.toHtmlEscaped() +
                         u" team.</div>"_s;
    posting.insert(u"id"_s, id);
    posting.insert(u"text"_s, role.title);
    posting.insert(u"state"_s, state);
    posting.insert(u"distributionChannels"_s, QJsonValue());
    posting.insert(u"confidentiality"_s, u"non-confidential"_s);
    posting.insert(u"user"_s, owner);
    posting.insert(u"owner"_s, owner);
    posting.insert(u"hiringManager"_s, QJsonValue());
    posting.insert(u"followers"_s, QJsonArray{owner});
    posting.insert(u"categories"_s, categories);
    posting.insert(u"content"_s, QJsonObject{{u"description"_s,
                                              QString(role.title + u" on the "_s + role.team + u" team.")},
                                             {u"descriptionHtml"_s, html},
                                             {u"lists"_s, QJsonArray()},
                                             {u"closing"_s, QString()},
                                             {u"closingHtml"_s, QString()}});
    posting.insert(u"reqCode"_s, QJsonValue());
    posting.insert(u"requisitionCodes"_s, QJsonArray());
    posting.insert(u"urls"_s, QJsonValue());
    posting.insert(u"createdAt"_s, createdAt);
    posting.insert(u"updatedAt"_s, updatedAt);
    posting.remove(u"salaryRange"_s);
    return DeletedRecords::stamped(posting, deletedBy, deletedAt);
}
} // namespace

void DemoDeletions::generate(SandboxContext &ctx, const DemoWords &words, const DemoAccount &account,
                             quint64 seed, qint64 anchor)
{
    DemoRandom rng(seed ^ kSalt);
    const QList<QJsonObject> postings = ctx.docs.all(u"posting"_s);
    QList<QJsonObject> open; // postings an application could have been on
    for (const QJsonObject &p : postings) {
        const QString state = p.value(u"state"_s).toString();
        if ((state == u"published"_s || state == u"closed"_s) &&
            p.value(u"confidentiality"_s).toString() != u"confidential"_s)
            open.append(p);
    }
    if (open.isEmpty())
        return;
    for (int i = 0; i < kPostings; ++i) {
        const QJsonObject doc = deletedPosting(rng, words, account, rng.pick(open), anchor, i);
        ctx.docs.put(DeletedRecords::kPostings, doc.value(u"id"_s).toString(), {}, doc);
    }

    OpportunityFilter live; // non-confidential, archived or not
    const QList<OpportunityStore::Row> rows = ctx.opportunities.query(live, PageToken::Window{100, 0});
    const QList<OpportunityStore::Row> picked = rng.sample(rows, kApplications);
    for (const OpportunityStore::Row &row : picked) {
        const QJsonObject opp = QJsonDocument::fromJson(row.doc).object();
        const qint64 oppCreated = qint64(opp.value(u"createdAt"_s).toDouble());
        const qint64 createdAt = oppCreated + rng.between64(0, qMax<qint64>(0, anchor - oppCreated) / 2);
        const qint64 deletedAt =
            createdAt + rng.between64(DemoSeed::kHour, qMax(DemoSeed::kHour, anchor - createdAt));
        const QString user = account.users.at(rng.pick(account.recruiters)).id;
        const QString id = rng.uuid();
        const QJsonObject &posting = rng.pick(open);
        const QJsonObject application = OpportunityFactory::application(id, opp, posting, user, createdAt);
        ctx.docs.put(DeletedRecords::kApplications, id, opp.value(u"id"_s).toString(),
                     DeletedRecords::stamped(application, user, qMin(deletedAt, anchor)));
    }
}

} // namespace lever::sandbox

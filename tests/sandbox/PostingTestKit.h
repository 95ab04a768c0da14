#pragma once
// Helpers shared by the posting tests (tst_postings, tst_posting_lists).
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace lever::test::postings {

using namespace Qt::StringLiterals;

inline QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

inline QString idOf(const SandboxFixture::Reply &r)
{
    return r.data().value(u"id"_s).toString();
}

// Another active user than the sandbox key's own.
inline QString otherUser(SandboxFixture &f, const QString &role = u"team member"_s)
{
    const QList<QJsonObject> users = f.sandbox().context().docs.all(u"user"_s);
    for (const QJsonObject &u : users) {
        if (u.value(u"accessRole"_s).toString() == role && u.value(u"deactivatedAt"_s).isNull())
            return u.value(u"id"_s).toString();
    }
    return {};
}

// The GET /postings key paths and types of lever-response-shapes.md.
inline void verifyPostingShape(const QJsonObject &p)
{
    for (const char *key : {"id", "text", "state", "confidentiality", "owner", "country"})
        QVERIFY2(p.value(QLatin1String(key)).isString(), key);
    for (const char *key : {"createdAt", "updatedAt"})
        QVERIFY2(p.value(QLatin1String(key)).isDouble(), key);
    for (const char *key : {"followers", "tags", "requisitionCodes"})
        QVERIFY2(p.value(QLatin1String(key)).isArray(), key);
    QVERIFY(p.value(u"user"_s).isString() || p.value(u"user"_s).isNull());
    QVERIFY(p.value(u"hiringManager"_s).isString() || p.value(u"hiringManager"_s).isNull());
    QVERIFY(p.contains(u"reqCode"_s) && p.value(u"reqCode"_s).isNull());
    QVERIFY(p.contains(u"distributionChannels"_s));
    QVERIFY(p.value(u"transcribeInterviews"_s).isBool());
    QVERIFY(p.value(u"screening"_s).toObject().value(u"enabled"_s).isBool());
    QVERIFY(p.value(u"workplaceType"_s).isString());
    const QJsonObject categories = p.value(u"categories"_s).toObject();
    for (const char *key : {"team", "department", "location", "commitment", "level"}) {
        const QJsonValue v = categories.value(QLatin1String(key));
        QVERIFY2(v.isString() || v.isNull(), key);
    }
    QVERIFY(categories.value(u"allLocations"_s).isArray());
    const QJsonObject content = p.value(u"content"_s).toObject();
    for (const char *key : {"description", "descriptionHtml", "closing", "closingHtml"})
        QVERIFY2(content.value(QLatin1String(key)).isString(), key);
    QVERIFY(content.value(u"lists"_s).isArray());
    const QJsonValue urls = p.value(u"urls"_s);
    QVERIFY(urls.isNull() ||
            (urls.toObject().value(u"list"_s).isString() && urls.toObject().value(u"show"_s).isString() &&
             urls.toObject().value(u"apply"_s).isString()));
    if (p.contains(u"salaryRange"_s)) {
        const QJsonObject s = p.value(u"salaryRange"_s).toObject();
        QVERIFY(s.value(u"min"_s).isDouble() && s.value(u"max"_s).isDouble());
        QVERIFY(s.value(u"currency"_s).isString() && s.value(u"interval"_s).isString());
    }
}

} // namespace lever::test::postings

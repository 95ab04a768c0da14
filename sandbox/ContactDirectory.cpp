#include "ContactDirectory.h"

#include "DocumentStore.h"
#include "OpportunityStore.h"
#include "SandboxContext.h"

#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

std::optional<QJsonObject> ContactDirectory::find(SandboxContext &ctx, const QString &id)
{
    if (auto doc = ctx.docs.get(u"contact"_s, id))
        return doc;
    const QList<QJsonObject> opps = ctx.opportunities.byContact(id);
    if (opps.isEmpty())
        return std::nullopt;
    return fromOpportunity(opps.last());
}

QJsonObject ContactDirectory::ofOpportunity(SandboxContext &ctx, const QJsonObject &opp)
{
    return find(ctx, opp.value(u"contact"_s).toString()).value_or(fromOpportunity(opp));
}

QJsonObject ContactDirectory::fromOpportunity(const QJsonObject &opp)
{
    return make(opp.value(u"contact"_s).toString(), opp.value(u"name"_s).toString(),
                opp.value(u"headline"_s).toString(), opp.value(u"location"_s).toString(),
                strings(opp.value(u"emails"_s)), opp.value(u"phones"_s).toArray(),
                strings(opp.value(u"links"_s)));
}

std::optional<QString> ContactDirectory::findByEmails(SandboxContext &ctx, const QStringList &emails)
{
    if (emails.isEmpty())
        return std::nullopt;
    OpportunityFilter filter;
    filter.confidentiality = OpportunityFilter::Confidentiality::All;
    // The email index is exact; asking for the lower-case form too catches the usual case differences.
    for (const QString &email : emails) {
        filter.emails.append(email);
        filter.emails.append(email.toLower());
    }
    filter.emails.removeDuplicates();
    const auto rows = ctx.opportunities.query(filter, PageToken::Window{1, 0});
    if (rows.isEmpty())
        return std::nullopt;
    const QJsonObject opp = QJsonDocument::fromJson(rows.first().doc).object();
    return opp.value(u"contact"_s).toString();
}

QJsonObject ContactDirectory::make(const QString &id, const QString &name, const QString &headline,
                                   const QString &location, const QStringList &emails,
                                   const QJsonArray &phones, const QStringList &links)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"headline"_s, headline},
        {u"location"_s, QJsonObject{{u"name"_s, location}}},
        {u"emails"_s, QJsonArray::fromStringList(emails)},
        {u"phones"_s, phones},
        {u"links"_s, QJsonArray::fromStringList(links)},
        {u"isAnonymized"_s, false},
        {u"dataProtection"_s,
         QJsonObject{{u"interviewIntelligence"_s,
                      QJsonObject{{u"allowed"_s, false}, {u"expiresAt"_s, QJsonValue()}}}}},
    };
}

bool ContactDirectory::merge(QJsonObject &contact, const QStringList &emails, const QJsonArray &phones,
                             const QStringList &links)
{
    bool changed = false;
    QStringList haveEmails = strings(contact.value(u"emails"_s));
    for (const QString &email : emails) {
        const bool known = std::any_of(haveEmails.cbegin(), haveEmails.cend(), [&](const QString &e) {
            return e.compare(email, Qt::CaseInsensitive) == 0;
        });
        if (!known) {
            haveEmails.append(email);
            changed = true;
        }
    }
    QJsonArray havePhones = contact.value(u"phones"_s).toArray();
    for (const QJsonValue &phone : phones) {
        const QString value = phone.toObject().value(u"value"_s).toString();
        const bool known = std::any_of(havePhones.cbegin(), havePhones.cend(), [&](const QJsonValue &p) {
            return p.toObject().value(u"value"_s).toString() == value;
        });
        if (!known) {
            havePhones.append(phone);
            changed = true;
        }
    }
    QStringList haveLinks = strings(contact.value(u"links"_s));
    for (const QString &link : links) {
        if (!haveLinks.contains(link)) {
            haveLinks.append(link);
            changed = true;
        }
    }
    contact.insert(u"emails"_s, QJsonArray::fromStringList(haveEmails));
    contact.insert(u"phones"_s, havePhones);
    contact.insert(u"links"_s, QJsonArray::fromStringList(haveLinks));
    return changed;
}

void ContactDirectory::applyTo(QJsonObject &opp, const QJsonObject &contact)
{
    opp.insert(u"contact"_s, contact.value(u"id"_s));
    opp.insert(u"name"_s, contact.value(u"name"_s));
    opp.insert(u"headline"_s, contact.value(u"headline"_s));
    opp.insert(u"location"_s, locationName(contact));
    opp.insert(u"emails"_s, contact.value(u"emails"_s).toArray());
    opp.insert(u"phones"_s, contact.value(u"phones"_s).toArray());
    opp.insert(u"links"_s, contact.value(u"links"_s).toArray());
}

void ContactDirectory::save(SandboxContext &ctx, const QJsonObject &contact)
{
    const QString id = contact.value(u"id"_s).toString();
    ctx.docs.put(u"contact"_s, id, {}, contact);
    const QList<QJsonObject> opps = ctx.opportunities.byContact(id);
    const qint64 now = ctx.now();
    for (const QJsonObject &opp : opps) {
        QJsonObject updated = opp;
        applyTo(updated, contact);
        if (updated == opp)
            continue;
        updated.insert(u"updatedAt"_s, now);
        ctx.opportunities.save(updated);
    }
}

QString ContactDirectory::locationName(const QJsonObject &contact)
{
    const QJsonValue location = contact.value(u"location"_s);
    return location.isObject() ? location.toObject().value(u"name"_s).toString() : location.toString();
}

QStringList ContactDirectory::strings(const QJsonValue &array)
{
    QStringList out;
    const QJsonArray items = array.toArray();
    for (const QJsonValue &v : items) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

bool ContactDirectory::onlyConfidential(SandboxContext &ctx, const QString &id)
{
    const QList<QJsonObject> opps = ctx.opportunities.byContact(id);
    return !opps.isEmpty() && std::all_of(opps.cbegin(), opps.cend(), [](const QJsonObject &opp) {
        return opp.value(u"confidentiality"_s).toString() == u"confidential"_s;
    });
}

} // namespace lever::sandbox

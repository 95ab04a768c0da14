#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace lever::sandbox {

struct SandboxContext;

// Contacts: the person behind one or more opportunities. Name, headline, location, emails, phones and
// links belong to the contact; each of its opportunities carries a copy, kept in step here.
class ContactDirectory
{
public:
    // The stored contact; when only opportunities name it (fixtures written straight into the store),
    // one rebuilt from its newest opportunity.
    static std::optional<QJsonObject> find(SandboxContext &ctx, const QString &id);
    // The contact of this opportunity (stored, or rebuilt from its opportunities).
    static QJsonObject ofOpportunity(SandboxContext &ctx, const QJsonObject &opp);
    // The contact of a live opportunity carrying one of these emails (case-insensitive), if any.
    static std::optional<QString> findByEmails(SandboxContext &ctx, const QStringList &emails);

    // A contact in the GET /contacts/{id} shape plus `links`.
    static QJsonObject make(const QString &id, const QString &name, const QString &headline,
                            const QString &location, const QStringList &emails, const QJsonArray &phones,
                            const QStringList &links);
    // Adds the emails, phones (by value) and links the contact lacks; true when anything changed.
    static bool merge(QJsonObject &contact, const QStringList &emails, const QJsonArray &phones,
                      const QStringList &links);
    // Copies the contact-level fields onto an opportunity (its `location` is the plain name).
    static void applyTo(QJsonObject &opp, const QJsonObject &contact);
    // Stores the contact and rewrites each of its opportunities that differs, bumping their updatedAt.
    static void save(SandboxContext &ctx, const QJsonObject &contact);

    static QString locationName(const QJsonObject &contact);
    static QStringList strings(const QJsonValue &array);
    // Whether every opportunity of the contact is confidential (then reading it needs confidential access).
    static bool onlyConfidential(SandboxContext &ctx, const QString &id);

private:
    static QJsonObject fromOpportunity(const QJsonObject &opp);
};

} // namespace lever::sandbox

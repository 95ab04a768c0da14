#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lever::sandbox {

class DemoRandom;

// The word lists demo data is drawn from: resources/demo/*.txt, compiled into lever_sandbox as Qt
// resources (plain text stays easy to review and extend; the build embeds it, nothing is read at run time).
struct DemoWords
{
    struct Name
    {
        QString text;
        QString slug; // lower-case ASCII, for e-mail addresses and profile links
    };
    struct City
    {
        QString name;
        QString country;  // ISO 3166 code
        QString timeZone; // IANA name
        QString phonePrefix;
    };
    struct Role
    {
        QString department;
        QString team;
        QString title;
    };

    QList<Name> firstNames;
    QList<Name> lastNames;
    QStringList companies;
    QStringList jobTitles;
    QStringList skills;
    QStringList schools;
    QList<City> cities;
    QList<Role> roles;
    QHash<QString, QStringList> sourcesByOrigin; // origin -> source names
    QHash<QString, QStringList> phrases;         // kind (about, note, strength...) -> sentences

    // A random sentence of `kind` with `{key}` placeholders replaced from `values`; each `{skill}` gets a
    // skill of its own.
    QString phrase(DemoRandom &rng, const QString &kind,
                   const QList<QPair<QString, QString>> &values = {}) const;

    // Throws std::runtime_error when a list is missing or empty (a build problem, not bad input).
    static DemoWords load();
    // "Zoë O'Brien-Łukasz" -> "zoeobrienlukasz": folds accents and drops everything but a-z and 0-9.
    static QString slug(const QString &text);
};

} // namespace lever::sandbox

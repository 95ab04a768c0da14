#pragma once

#include "types/Attachment.h"
#include "types/NewOpportunity.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lever::models {

// What the "New candidate" form holds: everything Lever's create takes, plus what the console sends
// after it (the first note) and how (parse the resume, act as the posting's owner).
struct NewCandidate
{
    QString name;
    QString headline;
    QStringList emails;
    QList<api::Phone> phones;
    QString location;
    QStringList links;
    QString postingId;
    QString stageId;
    QString ownerId;
    QString origin = QStringLiteral("sourced"); // agency | applied | internal | referred | sourced | university
    QString referrerId; // origin "referred": who referred them (follows the profile, named in the note)
    QStringList sources;
    QStringList tags;
    QString note;
    std::optional<api::Attachment> resume;
    QList<api::Attachment> files;
    bool parseResume = true;
    bool asPostingOwner = false;

    // The body of POST /opportunities; `contactId` adds the opportunity to that person.
    api::NewOpportunity toApi(const QString &contactId = {}) const;
    bool hasFiles() const { return resume.has_value() || !files.isEmpty(); }
};

} // namespace lever::models

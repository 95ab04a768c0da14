#pragma once

#include <QByteArray>
#include <QString>

namespace lever::models {

// One piece of child data as the local cache keeps it (CachedParts reads and writes them as API types): the JSON Lever answered for one part of one
// opportunity (or of the account, with an empty owner), and when it was fetched.
struct CachedPart
{
    QString owner; // opportunity id; empty for account-wide parts (feedback templates, usernames)
    QString kind;  // "interviews", "notes", "contact", ... (LocalCache::Kind names)
    qint64 fetchedAt = 0;
    QByteArray json; // compact JSON, as written by QJsonDocument
};

} // namespace lever::models

#pragma once

#include "PostingForm.h"

#include <QDateTime>
#include <optional>

namespace lever::models {

// Unsaved posting edits kept on disk (one owner-only JSON file per posting, in `<account>/posting-drafts`),
// so a crash or a kill loses nothing: the editor writes them as the user types and offers them on reopening.
class PostingDraftStore
{
public:
    struct Draft
    {
        QString key;                     // the posting id, or newKey() for a posting not created yet
        std::optional<qint64> updatedAt; // the server's updatedAt the edits were made on
        QDateTime savedAt;
        PostingForm form; // the user's edits
        PostingForm base; // the posting as it was when the edits began (for a later conflict check)
    };

    // `accountFolder`: the account's data folder; drafts go in its "posting-drafts" subfolder.
    explicit PostingDraftStore(const QString &accountFolder);

    static QString newKey() { return QStringLiteral("new"); }
    QString folder() const { return m_folder; }
    QString filePath(const QString &key) const;

    // Written atomically with mode 0600 (folder 0700). False when the disk refused.
    bool save(const Draft &draft) const;
    std::optional<Draft> load(const QString &key) const;
    bool remove(const QString &key) const;
    bool contains(const QString &key) const;

private:
    QString m_folder;
};

} // namespace lever::models

#pragma once

#include "PostingForm.h"

#include <QCoreApplication>

namespace lever::models {

// One problem with a posting form: the field to focus and what to tell the user.
struct FieldIssue
{
    QString field;
    QString message;
};

// Lever's rules for postings (lever-api-notes.md §6), checked before anything is sent.
class PostingRules
{
    Q_DECLARE_TR_FUNCTIONS(PostingRules)

public:
    // The states the editor offers: the four a user can set.
    static const QStringList &editableStates();
    static QString stateLabel(const QString &state);
    // The states a posting in `from` may move to (itself included); `from` empty: a new posting.
    static QStringList allowedStates(const QString &from);
    static const QStringList &workplaceTypes();
    static QString workplaceLabel(const QString &type);
    static QString intervalLabel(const QString &interval);

    // Every problem, in the order of the form; empty when the form can be saved. `loaded` is the
    // posting as it was opened (an empty form for a new posting).
    static QList<FieldIssue> validate(const PostingForm &form, const PostingForm &loaded);
};

} // namespace lever::models

#pragma once

#include "postings/PostingForm.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;

namespace lever::ui {

// Shown when someone else changed a posting while it was being edited: every field where the two versions
// differ, side by side, each with a choice of "mine" or "theirs". Opened with open(); resolved() carries
// the merged form.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Mine, Theirs };

    // `base` is the version the user started from: fields the user did not touch default to theirs.
    ConflictDialog(const models::PostingForm &mine, const models::PostingForm &theirs,
                   const models::PostingForm &base, std::function<QString(const QString &)> userName,
                   QWidget *parent = nullptr);

    QStringList conflictingFields() const { return m_fields; }
    Choice choice(const QString &field) const;
    void setChoice(const QString &field, Choice choice);
    void chooseAll(Choice choice);
    // Theirs, with mine for every field where mine was chosen.
    models::PostingForm merged() const;

Q_SIGNALS:
    void resolved(const lever::models::PostingForm &merged);

private:
    models::PostingForm m_mine;
    models::PostingForm m_theirs;
    QStringList m_fields;
    QHash<QString, QButtonGroup *> m_groups;
};

} // namespace lever::ui

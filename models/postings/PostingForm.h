#pragma once

#include "types/Posting.h"
#include "types/PostingDraft.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lever::models {

// The editable values of one posting, field by field (all plain JSON), so dirty tracking, drafts on disk,
// conflict comparison and the partial update Lever wants are all comparisons of named fields.
class PostingForm
{
    Q_DECLARE_TR_FUNCTIONS(PostingForm)

public:
    // Field keys, in the order the editor shows them.
    static const QStringList &fields();
    static QString label(const QString &field);
    static const QStringList &payIntervals();

    // HTML fields are normalized (PostingHtml::normalize), as the editor would hand them back.
    static PostingForm fromPosting(const api::Posting &posting);
    static PostingForm fromJson(const QJsonObject &values);
    QJsonObject toJson() const { return m_values; }

    QJsonValue value(const QString &field) const { return m_values.value(field); }
    QString string(const QString &field) const { return m_values.value(field).toString(); }
    QStringList strings(const QString &field) const;
    QList<api::Posting::ContentList> lists() const;
    void set(const QString &field, const QJsonValue &value);
    void setString(const QString &field, const QString &value) { set(field, value); }
    void setStrings(const QString &field, const QStringList &values);
    void setLists(const QList<api::Posting::ContentList> &lists);

    // Fields whose values differ from `other`, in fields() order.
    QStringList differences(const PostingForm &other) const;
    bool operator==(const PostingForm &other) const { return differences(other).isEmpty(); }
    bool operator!=(const PostingForm &other) const { return !(*this == other); }

    // POST /postings: everything that is filled in.
    api::PostingDraft toCreateDraft() const;
    // POST /postings/{id}: only what differs from `base` (Lever's partial update).
    api::PostingDraft toUpdateDraft(const PostingForm &base) const;
    // A short text of one field for the conflict dialog (user ids through `userName`).
    QString displayText(const QString &field, const std::function<QString(const QString &)> &userName) const;

private:
    QJsonObject m_values;
};

} // namespace lever::models

#pragma once

#include "types/EeoResponse.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

namespace lever::models {

// The EEO survey's four questions.
enum class EeoCategory { Gender, Race, Veteran, Disability };

// Aggregate counts of EEO answers per question, overall and per posting (the anonymous list names a
// posting only by its title, `applicationTitle`). A multi-choice answer (a list) counts once under each
// value; a missing answer counts under the empty string, shown as "Not answered".
class EeoCounts
{
public:
    struct Row
    {
        QString answer; // "" = not answered
        int count = 0;
    };

    void clear();
    void add(const api::EeoResponse &response);
    // Titles of the postings seen, sorted.
    QStringList postings() const;
    // Responses counted, for one posting ("" = all).
    int responses(const QString &posting = {}) const;
    // Answers with their counts for one question and posting ("" = all), most frequent first, then by
    // answer; "not answered" last.
    QList<Row> rows(EeoCategory category, const QString &posting = {}) const;

    static QJsonValue answerOf(const api::EeoResponse &response, EeoCategory category);
    static QStringList answers(const QJsonValue &value);

private:
    // category → posting → answer → count; posting "" is every posting.
    QHash<int, QHash<QString, QMap<QString, int>>> m_counts;
    QMap<QString, int> m_responses;
};

} // namespace lever::models

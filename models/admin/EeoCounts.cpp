#include "EeoCounts.h"

#include <QJsonArray>
#include <algorithm>

namespace lever::models {

void EeoCounts::clear()
{
    m_counts.clear();
    m_responses.clear();
}

QJsonValue EeoCounts::answerOf(const api::EeoResponse &response, EeoCategory category)
{
    switch (category) {
    case EeoCategory::Gender:
        return response.gender;
    case EeoCategory::Race:
        return response.race;
    case EeoCategory::Veteran:
        return response.veteran;
    case EeoCategory::Disability:
        return response.disability;
    }
    return {};
}

QStringList EeoCounts::answers(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            if (v.isString() && !v.toString().trimmed().isEmpty())
                out.append(v.toString().trimmed());
        out.removeDuplicates();
    } else if (value.isString() && !value.toString().trimmed().isEmpty()) {
        out.append(value.toString().trimmed());
    }
    if (out.isEmpty())
        out.append(QString());
    return out;
}

void EeoCounts::add(const api::EeoResponse &response)
{
    const QString posting = response.applicationTitle;
    ++m_responses[QString()];
    if (!posting.isEmpty())
        ++m_responses[posting];
    for (const EeoCategory category :
         {EeoCategory::Gender, EeoCategory::Race, EeoCategory::Veteran, EeoCategory::Disability}) {
        auto &byPosting = m_counts[int(category)];
        for (const QString &answer : answers(answerOf(response, category))) {
            ++byPosting[QString()][answer];
            if (!posting.isEmpty())
                ++byPosting[posting][answer];
        }
    }
}

QStringList EeoCounts::postings() const
{
    QStringList out;
    for (auto it = m_responses.cbegin(); it != m_responses.cend(); ++it)
        if (!it.key().isEmpty())
            out.append(it.key());
    return out; // QMap keys are sorted
}

int EeoCounts::responses(const QString &posting) const
{
    return m_responses.value(posting);
}

QList<EeoCounts::Row> EeoCounts::rows(EeoCategory category, const QString &posting) const
{
    QList<Row> out;
    const QMap<QString, int> counts = m_counts.value(int(category)).value(posting);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::stable_sort(out.begin(), out.end(), [](const Row &a, const Row &b) {
        if (a.answer.isEmpty() != b.answer.isEmpty())
            return b.answer.isEmpty();
        return a.count > b.count;
    });
    return out;
}

} // namespace lever::models

#pragma once

#include "OpportunityRecord.h"

#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lever::models {

// What the board shows: every condition set here must hold (an empty one always holds). Applied to
// all columns at once by BoardModel. Text search looks for every word of `text`, case-insensitively,
// in the name, the emails and the headline.
struct CardFilter
{
    enum class Owner { Any, Mine, User };
    enum class Archived { Any, ActiveOnly, ArchivedOnly };

    QStringList postingIds{}; // any of them
    Owner owner = Owner::Any;
    QString ownerId{}; // with Owner::User
    QString tag{};
    QString source{};
    QString origin{};
    Archived archived = Archived::Any; // stage columns hold active cards, archive lanes archived ones
    qint64 createdSince = 0;           // epoch ms; 0: any
    qint64 updatedSince = 0;           // epoch ms; 0: any
    QString text{};
    // Only these opportunities (Insights opens the candidates behind a chart's bar); `idsLabel` says
    // where they came from, for the filter bar's chip. Not kept in saved views.
    QStringList ids{};
    QString idsLabel{};

    bool operator==(const CardFilter &) const = default;
    bool isEmpty() const { return *this == CardFilter(); }
    // True when every card `narrower` accepts is accepted by this one, and only the text differs
    // (typing on): the board then filters the rows already shown instead of every card.
    bool isNarrowedBy(const CardFilter &narrower) const;
};

// A CardFilter made ready for many matches: lower-case words, the acting user resolved. Matching
// allocates nothing.
class CompiledFilter
{
public:
    CompiledFilter() = default;
    CompiledFilter(const CardFilter &filter, const QString &actingUserId);

    bool matches(const OpportunityRecord &record) const
    {
        return m_anything || (matchesText(QByteArrayView(record.searchKey)) && matchesFields(record));
    }
    // The text condition alone, on a search key (Store::searchKey()), and the other conditions alone.
    bool matchesText(QByteArrayView searchKey) const;
    bool matchesFields(const OpportunityRecord &record) const;
    bool acceptsEverything() const { return m_anything; }
    bool hasFieldConditions() const { return m_fields; }
    bool acceptsActive() const { return m_filter.archived != CardFilter::Archived::ArchivedOnly; }
    bool acceptsArchived() const { return m_filter.archived != CardFilter::Archived::ActiveOnly; }

private:
    CardFilter m_filter;
    QString m_ownerId;
    QList<QByteArray> m_words; // lower-case UTF-8
    QSet<QString> m_ids;
    bool m_anything = true;
    bool m_fields = false; // any condition besides text and archived
};

} // namespace lever::models
